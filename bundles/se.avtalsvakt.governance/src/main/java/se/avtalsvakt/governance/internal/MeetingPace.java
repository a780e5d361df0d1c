package se.avtalsvakt.governance.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import se.avtalsvakt.api.governance.ComplianceState;

/**
 * Where a body stands against its yearly meeting requirement: met, missed, on track or at risk, with the numbers
 * officials read ("2 av 6 möten hållna, 4 återstår på 5 veckor").
 *
 * @param state     null when there is no requirement
 * @param remaining meetings still needed, or null
 * @param daysLeft  days of the year after today
 * @param summary   one Swedish sentence
 */
record MeetingPace(ComplianceState state, Integer remaining, int daysLeft, String summary) {

    /**
     * A year under way is on track when the meetings held and those recorded for later reach the requirement, or
     * when the meetings held keep pace with the year (at least the requirement's share of the days gone, rounded
     * down); otherwise it is at risk. A past year is met or missed; a future year is on track.
     *
     * @param year     the year
     * @param required at least this many meetings a year, or null
     * @param held     meetings held up to today
     * @param planned  meetings recorded for later in the year
     * @param today    the platform's today
     */
    static MeetingPace of(int year, Integer required, int held, int planned, LocalDate today) {
        LocalDate end = LocalDate.of(year, 12, 31);
        int daysLeft = year < today.getYear() ? 0 : year > today.getYear() ? end.getDayOfYear()
                : (int) ChronoUnit.DAYS.between(today, end);
        if (required == null) {
            return new MeetingPace(null, null, daysLeft, held + (held == 1 ? " möte hållet" : " möten hållna")
                    + plannedText(planned) + ", inget krav på antal möten");
        }
        int remaining = Math.max(0, required - held);
        String counted = held + " av " + required + " möten hållna";
        if (remaining == 0) {
            return new MeetingPace(ComplianceState.MET, 0, daysLeft, counted + ", kravet är uppfyllt");
        }
        if (year < today.getYear()) {
            return new MeetingPace(ComplianceState.MISSED, remaining, 0, counted + ", " + remaining
                    + (remaining == 1 ? " möte saknades" : " möten saknades") + " när året tog slut");
        }
        String left = counted + ", " + remaining + " återstår på " + timeLeft(daysLeft) + plannedText(planned);
        if (year > today.getYear()) {
            return new MeetingPace(ComplianceState.ON_TRACK, remaining, daysLeft, left);
        }
        int yearLength = end.getDayOfYear();
        int expected = (int) ((long) required * today.getDayOfYear() / yearLength);
        boolean onTrack = held + planned >= required || held >= expected;
        return new MeetingPace(onTrack ? ComplianceState.ON_TRACK : ComplianceState.AT_RISK, remaining, daysLeft,
                left);
    }

    private static String plannedText(int planned) {
        return planned == 0 ? "" : " (" + planned + " inplanerade)";
    }

    static String timeLeft(int days) {
        if (days < 14) {
            return days + (days == 1 ? " dag" : " dagar");
        }
        int weeks = days / 7;
        return weeks + " veckor";
    }
}

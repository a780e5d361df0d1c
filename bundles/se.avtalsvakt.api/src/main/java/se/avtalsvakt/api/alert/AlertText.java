package se.avtalsvakt.api.alert;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * An alert in plain Swedish, for people: a subject line and a message body that say which agreement (or other
 * subject), the deadline (the practical one and, when it differs, the contractual last day) and what to do; no
 * console commands, no codes. Channels use it so that an e-mail, a chat message
 * and a case-management file say the same thing. The kind's name and what to do come with the alert
 * ({@link Alert#kindText()}): the source that emits the kind gives them, from its own message catalogue.
 */
public final class AlertText {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy",
            Locale.forLanguageTag("sv-SE"));

    private AlertText() {
    }

    /**
     * @return the kind as it is: the Swedish names now come from the sources that emit the kinds
     * @deprecated use {@link #kindLabel(Alert)}, or {@link se.avtalsvakt.api.deadline.Deadlines#text(String, String)}
     */
    @Deprecated
    public static String kindLabel(String kind) {
        return kind;
    }

    /** @return the alert's kind in Swedish, e.g. "Sista dag för uppsägning"; a kind no source describes as it is */
    public static String kindLabel(Alert a) {
        return a.kindText().label();
    }

    /** @return the ladder step in Swedish: "540 dagar före", "på dagen", "passerad", "försenad" */
    public static String thresholdLabel(String threshold) {
        if (Alert.PASSED.equals(threshold)) {
            return "passerad";
        }
        if (Alert.OVERDUE.equals(threshold)) {
            return "försenad";
        }
        if ("0".equals(threshold)) {
            return "på dagen";
        }
        return threshold + " dagar före";
    }

    /** @return e.g. "om 540 dagar, 2028-09-29", "i dag 2028-09-29", "passerad 2028-09-29", "försenad sedan …" */
    public static String when(Alert a) {
        if (a.passed()) {
            return "passerad " + a.practicalDate();
        }
        if (a.overdue()) {
            return "försenad sedan " + a.practicalDate();
        }
        long days = a.daysLeft();
        if (days == 0) {
            return "i dag " + a.practicalDate();
        }
        return days > 0 ? "om " + days + (days == 1 ? " dag" : " dagar") + ", " + a.practicalDate()
                : a.practicalDate().toString();
    }

    /**
     * @param dueDate       the contractual last day
     * @param practicalDate the last working day on or before it
     * @return e.g. "fredag 27 november 2026", or, when the two differ, "senast fredag 27 november 2026 — sista dag
     *         enligt avtalet lördag 28 november 2026"
     */
    public static String deadline(LocalDate dueDate, LocalDate practicalDate) {
        if (practicalDate == null || dueDate == null || practicalDate.equals(dueDate)) {
            return DAY.format(dueDate != null ? dueDate : practicalDate);
        }
        return "senast " + DAY.format(practicalDate) + " — sista dag enligt avtalet " + DAY.format(dueDate);
    }

    /** @return the subject line, e.g. "[Avtalsvakt] Sista dag för uppsägning om 540 dagar, 2028-09-29: Samarbetsavtal…" */
    public static String subject(Alert a) {
        return "[Avtalsvakt] " + kindLabel(a) + " " + when(a) + ": "
                + (a.subjectTitle() != null ? a.subjectTitle() : a.subject());
    }

    /** @return the message body, several lines */
    public static String body(Alert a) {
        StringBuilder b = new StringBuilder();
        String title = a.subjectTitle() != null ? a.subjectTitle() : a.subject();
        b.append("Hej,\n\n");
        b.append(kindLabel(a)).append(" för ").append(title)
                .append(a.passed() ? " har passerat.\n\n" : a.overdue() ? " är försenad.\n\n" : ".\n\n");
        b.append("Gäller:                 ").append(title).append('\n');
        b.append("Sista dag:              ").append(deadline(a.dueDate(), a.practicalDate())).append('\n');
        if (a.passed()) {
            b.append("Läge:                   tidsfristen har passerat\n");
        } else if (a.overdue()) {
            long late = -a.daysLeft();
            b.append("Läge:                   försenad");
            if (late > 0) {
                b.append(", ").append(late).append(late == 1 ? " dag" : " dagar").append(" efter sista dagen");
            }
            b.append('\n');
        } else if (a.daysLeft() >= 0) {
            b.append("Dagar kvar:             ").append(a.daysLeft()).append('\n');
        }
        b.append("Ansvarig:               ").append(a.addressee()).append('\n');
        b.append("Allvarlighetsgrad:      ").append(severity(a.severity())).append("\n\n");
        b.append("Vad behöver göras?\n").append(a.kindText().action()).append("\n\n");
        if (a.description() != null && !a.description().isBlank()) {
            b.append("Underlag: ").append(a.description()).append("\n\n");
        }
        b.append("Larm nr ").append(a.id()).append(" (").append(thresholdLabel(a.threshold())).append(", avser ")
                .append(DAY.format(a.raisedFor())).append("). Kvittera larmet i Avtalsvakt när det är "
                        + "omhändertaget, så att övriga ser att någon har tagit hand om det.\n");
        return b.toString();
    }

    /** @return the severity in Swedish */
    public static String severity(Severity s) {
        return switch (s) {
            case INFO -> "information";
            case WARNING -> "varning";
            case CRITICAL -> "kritisk";
        };
    }

}

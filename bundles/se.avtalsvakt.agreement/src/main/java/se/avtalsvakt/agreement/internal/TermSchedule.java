package se.avtalsvakt.agreement.internal;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import se.avtalsvakt.api.agreement.Agreement;
import se.avtalsvakt.api.agreement.AgreementStatus;
import se.avtalsvakt.api.agreement.NoticeEffect;
import se.avtalsvakt.api.agreement.Renewal;
import se.avtalsvakt.api.agreement.TermChange;
import se.avtalsvakt.api.agreement.TermInfo;
import se.avtalsvakt.api.agreement.TermPolicy;
import se.avtalsvakt.api.agreement.TerminationNotice;

/**
 * The terms of an agreement as its dates and renewal policy define them (R1, R2, I2, I3). Term n of an
 * auto-extending agreement starts {@code (n - 1) × period} after the day following the first term's end, so
 * month-end dates do not drift from term to term.
 */
final class TermSchedule {

    private final Agreement agreement;
    private final Predicate<LocalDate> workingDay;

    private TermSchedule(Agreement agreement, Predicate<LocalDate> workingDay) {
        this.agreement = agreement;
        this.workingDay = workingDay;
    }

    /** @return the schedule of {@code agreement}, treating every day as a working day (no last day moves) */
    static TermSchedule of(Agreement agreement) {
        return new TermSchedule(agreement, day -> true);
    }

    /**
     * @param workingDay whether a day is a working day (I1), for the agreement's last-day setting
     * @return the schedule of {@code agreement}
     */
    static TermSchedule of(Agreement agreement, Predicate<LocalDate> workingDay) {
        return new TermSchedule(agreement, workingDay);
    }

    /**
     * How a party's participation ends as things stand on a day.
     *
     * @param lastDay the party's last day as a party
     * @param notice  the notice that ends it (its own, or one that ends the agreement for all), or null for a
     *                fixed end
     * @param own     whether it is the party's own notice
     */
    record Ending(LocalDate lastDay, TerminationNotice notice, boolean own) {
    }

    private TermPolicy policy() {
        return agreement.renewal().type();
    }

    /**
     * @return whether the terms can be computed: a start, a renewal policy, and for an auto-extending agreement a
     *         first term end and a positive period
     */
    static boolean computable(Agreement a) {
        if (a.start() == null || a.renewal() == null || a.renewal().type() == null) {
            return false;
        }
        if (a.renewal().type() != TermPolicy.AUTO_EXTEND) {
            return true;
        }
        return a.firstTermEnd() != null && a.renewal().period() != null && isPositive(a.renewal().period());
    }

    /** @return whether a renewal period moves forward: not zero, and no negative part */
    static boolean isPositive(Period period) {
        return !period.isNegative() && !period.isZero()
                && period.getYears() >= 0 && period.getMonths() >= 0 && period.getDays() >= 0;
    }

    /** @return term {@code number} (1-based); beyond the first only for auto-extending agreements */
    Term term(int number) {
        if (number < 1) {
            throw new IllegalArgumentException("terms are numbered from 1");
        }
        if (number == 1 || policy() != TermPolicy.AUTO_EXTEND) {
            if (number > 1) {
                throw new IllegalArgumentException(policy() + " agreements have a single term");
            }
            return new Term(1, agreement.start(), agreement.firstTermEnd());
        }
        Period period = agreement.renewal().period();
        LocalDate firstExtension = agreement.firstTermEnd().plusDays(1);
        LocalDate start = firstExtension.plus(period.multipliedBy(number - 2));
        LocalDate end = firstExtension.plus(period.multipliedBy(number - 1)).minusDays(1);
        return new Term(number, start, end);
    }

    /** @return the term containing {@code day}, or empty before the start or after a fixed agreement's end */
    Optional<Term> termOn(LocalDate day) {
        if (agreement.start() == null || day.isBefore(agreement.start())) {
            return Optional.empty();
        }
        Term first = term(1);
        if (first.contains(day)) {
            return Optional.of(first);
        }
        if (policy() != TermPolicy.AUTO_EXTEND) {
            return Optional.empty();
        }
        int number = 2;
        Term t = term(number);
        while (t.end().isBefore(day)) {
            t = term(++number);
        }
        return Optional.of(t);
    }

    /**
     * @return the day notice must be given by to end the agreement at the end of {@code term} (I2): its last day
     *         minus the notice period, clamped to the month's end; the term's last day when no period is set
     */
    LocalDate noticeDeadline(Term term) {
        Period notice = agreement.renewal().noticePeriod();
        return notice == null ? term.end() : term.end().minus(notice);
    }

    /**
     * @return the last day a notice counts as on time for {@code term}: the contractual notice deadline, or, when the
     *         agreement says so and that day is not a working day, the next working day (lag 1930:173 by analogy)
     */
    LocalDate lastDayForNotice(Term term) {
        LocalDate deadline = noticeDeadline(term);
        if (!agreement.lastDayMovesToNextWorkingDay()) {
            return deadline;
        }
        LocalDate day = deadline;
        for (int i = 0; i < 31 && !workingDay.test(day); i++) {
            day = day.plusDays(1);
        }
        return day;
    }

    /** @return whether {@code day} is the first day of an extension, i.e. of a term after the first */
    boolean isExtensionStart(LocalDate day) {
        if (policy() != TermPolicy.AUTO_EXTEND || agreement.firstTermEnd() == null || !day.isAfter(agreement.firstTermEnd())) {
            return false;
        }
        return termOn(day).map(t -> t.start().equals(day)).orElse(false);
    }

    /** @return the first days of the {@code count} extensions following {@code day} */
    List<LocalDate> extensionStartsAfter(LocalDate day, int count) {
        List<LocalDate> starts = new ArrayList<>();
        if (policy() == TermPolicy.AUTO_EXTEND) {
            int current = termOn(day).map(Term::number).orElse(1);
            for (int n = current + 1; n <= current + count; n++) {
                starts.add(term(n).start());
            }
        }
        return starts;
    }

    /**
     * @param notice a termination notice
     * @return the last day of the agreement because of this notice (I3), or empty if it has no effect
     */
    Optional<LocalDate> endCausedBy(TerminationNotice notice) {
        return Optional.ofNullable(effectOf(notice).endsOn());
    }

    /**
     * What a notice does (R1, R2, I3): received on or before a term's notice deadline it ends the agreement at
     * that term's end; after it, at the end of the following term. A notice not in writing when writing is
     * required, or to an agreement that does not renew, changes nothing.
     */
    NoticeEffect effectOf(TerminationNotice notice) {
        Renewal renewal = agreement.renewal();
        if (policy() != TermPolicy.AUTO_EXTEND) {
            return new NoticeEffect(notice, false, null, "a " + policy() + " agreement is not extended, so a "
                    + "termination notice changes nothing");
        }
        if (notice.hasWithdrawal()) {
            return new NoticeEffect(notice, false, null, "withdrawn on " + notice.withdrawal().on() + " ("
                    + notice.withdrawal().reason() + "): it changes nothing");
        }
        if (renewal.writtenNoticeRequired() && !notice.written()) {
            return new NoticeEffect(notice, false, null, "not given in writing, and this agreement requires "
                    + "written notice: recorded and flagged, it changes nothing");
        }
        Term term = termOn(notice.receivedOn()).orElse(term(1));
        LocalDate deadline = noticeDeadline(term);
        LocalDate lastDay = lastDayForNotice(term);
        String ends = agreement.noticeEndsForAll(notice.party()) ? "the agreement ends for every party"
                : notice.party() + "'s participation ends (the agreement goes on for the other parties)";
        if (!notice.receivedOn().isAfter(lastDay)) {
            return new NoticeEffect(notice, true, term.end(), "received on or before the notice deadline "
                    + deadline + (lastDay.equals(deadline) ? "" : " (moved to the next working day, " + lastDay + ")")
                    + " of term " + term.number() + ": " + ends + " when that term ends");
        }
        Term next = term(term.number() + 1);
        return new NoticeEffect(notice, true, next.end(), "received after the notice deadline " + deadline
                + " of term " + term.number() + ": " + ends + " when the following term (" + next.number()
                + ") ends");
    }

    /** @return the notices known on {@code asOf} that have an effect: received by then and not withdrawn */
    private List<NoticeEffect> effectiveNotices(LocalDate asOf) {
        return agreement.terminationNotices().stream()
                .filter(n -> n.receivedOn() != null && !n.receivedOn().isAfter(asOf) && !n.hasWithdrawal())
                .map(this::effectOf).filter(NoticeEffect::effective).toList();
    }

    /**
     * How {@code organisation}'s participation ends as things stand on {@code asOf}: at the earliest end caused by
     * its own notice or by a notice that ends the agreement for all (seed 004 §1, §15), or at a fixed end.
     */
    Optional<Ending> ending(String organisation, LocalDate asOf) {
        if (policy() == TermPolicy.FIXED) {
            return Optional.ofNullable(agreement.firstTermEnd()).map(d -> new Ending(d, null, false));
        }
        if (policy() != TermPolicy.AUTO_EXTEND) {
            return Optional.empty();
        }
        Ending best = null;
        for (NoticeEffect e : effectiveNotices(asOf)) {
            String from = e.notice().party();
            boolean own = organisation.equals(from);
            if ((own || agreement.noticeEndsForAll(from))
                    && (best == null || e.endsOn().isBefore(best.lastDay())
                            || (e.endsOn().equals(best.lastDay()) && own && !best.own()))) {
                best = new Ending(e.endsOn(), e.notice(), own);
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * @param asOf the day asked about; notices received after it are not known yet
     * @return the agreement's last day as things stand: a fixed end, or the earliest end a notice causes
     */
    Optional<LocalDate> endsOn(LocalDate asOf) {
        return switch (policy()) {
            case FIXED -> Optional.ofNullable(agreement.firstTermEnd());
            case OPEN_ENDED -> Optional.empty();
            case AUTO_EXTEND -> wholeEnd(asOf);
        };
    }

    /**
     * The agreement as a whole ends when every party's participation has ended; a notice from a party whose notice
     * ends it for all ends every party's participation, so this covers both.
     */
    private Optional<LocalDate> wholeEnd(LocalDate asOf) {
        if (effectiveNotices(asOf).isEmpty()) {
            return Optional.empty();
        }
        LocalDate last = null;
        for (String organisation : organisations()) {
            Optional<Ending> e = ending(organisation, asOf);
            if (e.isEmpty()) {
                return Optional.empty();
            }
            last = last == null || e.get().lastDay().isAfter(last) ? e.get().lastDay() : last;
        }
        return Optional.ofNullable(last);
    }

    /** @return the parties' organisation ids, each once, in the agreement's order */
    List<String> organisations() {
        return agreement.parties().stream().map(se.avtalsvakt.api.agreement.Party::organisation).distinct().toList();
    }

    /**
     * @param day       the day asked about
     * @param practical turns a deadline into the last working day on or before it (I2)
     * @return the term containing {@code day}, its deadlines, and the status
     */
    TermInfo info(LocalDate day, java.util.function.UnaryOperator<LocalDate> practical) {
        AgreementStatus status = status(day);
        LocalDate end = endsOn(day).orElse(null);
        Optional<Term> term = status == AgreementStatus.REFERENCED || status == AgreementStatus.ENDED
                ? Optional.empty() : termOn(day);
        if (term.isEmpty()) {
            return new TermInfo(agreement.id(), day, null, null, null, null, null, status, end);
        }
        Term t = term.get();
        LocalDate deadline = policy() == TermPolicy.AUTO_EXTEND && agreement.renewal().noticePeriod() != null
                ? noticeDeadline(t) : null;
        return new TermInfo(agreement.id(), day, t.number(), t.start(), t.end(), deadline,
                deadline == null ? null : practical.apply(deadline), status, end);
    }

    /**
     * @param today   the day up to which changes have happened
     * @param stamp   the recording time to put on each change
     * @return every term change up to and including {@code today}: each extension that took effect, and the end
     */
    List<TermChange> changesUpTo(LocalDate today, java.time.Instant stamp) {
        List<TermChange> changes = new ArrayList<>();
        if (!computable(agreement) || agreement.referenceOnly() || policy() == TermPolicy.OPEN_ENDED) {
            return changes;
        }
        Optional<LocalDate> end = endsOn(today);
        int last = 1;
        if (policy() == TermPolicy.AUTO_EXTEND) {
            for (int n = 2; ; n++) {
                Term t = term(n);
                if (t.start().isAfter(today) || (end.isPresent() && t.start().isAfter(end.get()))) {
                    break;
                }
                changes.add(new TermChange(agreement.id(), TermChange.Kind.EXTENDED, n, t.start(), t.end(), stamp));
                last = n;
            }
        }
        for (String organisation : organisations()) {
            Optional<Ending> e = ending(organisation, today);
            if (e.isPresent() && e.get().lastDay().isBefore(today)
                    && (end.isEmpty() || e.get().lastDay().isBefore(end.get()))) {
                LocalDate lastDay = e.get().lastDay();
                changes.add(new TermChange(agreement.id(), TermChange.Kind.PARTY_LEFT,
                        termOn(lastDay).map(Term::number).orElse(last), lastDay.plusDays(1), lastDay, stamp,
                        organisation));
            }
        }
        if (end.isPresent() && end.get().isBefore(today)) {
            changes.add(new TermChange(agreement.id(), TermChange.Kind.ENDED, last, end.get().plusDays(1), null,
                    stamp));
        }
        return changes;
    }

    /**
     * @param from      first day of the window
     * @param to        last day of the window
     * @param practical the last working day on or before a day (I2)
     * @return the notice deadlines (by practical date) and term ends in the window, none after the agreement's end
     */
    List<se.avtalsvakt.api.deadline.Deadline> deadlines(LocalDate from, LocalDate to,
            java.util.function.UnaryOperator<LocalDate> practical) {
        List<se.avtalsvakt.api.deadline.Deadline> found = new ArrayList<>();
        if (!computable(agreement) || agreement.referenceOnly() || policy() == TermPolicy.OPEN_ENDED) {
            return found;
        }
        Optional<LocalDate> end = endsOn(to);
        Term t = termOn(from).orElse(from.isBefore(agreement.start()) ? term(1) : null);
        while (t != null && !t.start().isAfter(to)) {
            if (policy() == TermPolicy.AUTO_EXTEND && agreement.renewal().noticePeriod() != null
                    && (end.isEmpty() || t.end().isBefore(end.get()))) {
                LocalDate deadline = noticeDeadline(t);
                LocalDate lastDay = lastDayForNotice(t);
                LocalDate practicalDeadline = practical.apply(deadline);
                if (!practicalDeadline.isBefore(from) && !practicalDeadline.isAfter(to)) {
                    found.add(new se.avtalsvakt.api.deadline.Deadline(AgreementDeadlineSource.SOURCE, agreement.id(),
                            agreement.title(), AgreementDeadlineSource.NOTICE_DEADLINE, lastDay, practicalDeadline,
                            agreement.ownerBody(), noticeDeadlineText(t, deadline, lastDay, practicalDeadline)));
                }
            }
            if (!t.end().isBefore(from) && !t.end().isAfter(to)) {
                boolean last = end.isPresent() && t.end().equals(end.get());
                found.add(new se.avtalsvakt.api.deadline.Deadline(AgreementDeadlineSource.SOURCE, agreement.id(),
                        agreement.title(), AgreementDeadlineSource.TERM_END, t.end(), t.end(), agreement.ownerBody(),
                        last ? "Avtalet upphör " + SwedishText.date(t.end())
                                : "Avtalsperiod " + t.number() + " slutar " + SwedishText.date(t.end())
                                        + "; avtalet förlängs med " + swedish(agreement.renewal().period())));
            }
            if (policy() != TermPolicy.AUTO_EXTEND || (end.isPresent() && !t.end().isBefore(end.get()))) {
                break;
            }
            t = term(t.number() + 1);
        }
        return found;
    }

    /**
     * @return the notice deadline for officials, both dates in Swedish: "Senast fredag 29 september 2028 — sista dag
     *         enligt avtalet lördag 30 september 2028", and what a notice does
     */
    private String noticeDeadlineText(Term t, LocalDate deadline, LocalDate lastDay, LocalDate practicalDeadline) {
        StringBuilder text = new StringBuilder("Senast ").append(SwedishText.date(practicalDeadline));
        if (!practicalDeadline.equals(deadline)) {
            text.append(" — sista dag enligt avtalet ").append(SwedishText.date(deadline));
        }
        if (!lastDay.equals(deadline)) {
            text.append("; enligt avtalets inställning räknas en uppsägning som kommer in ")
                    .append(SwedishText.date(lastDay)).append(" också i tid (jfr lag 1930:173)");
        }
        text.append(". Uppsägning").append(agreement.renewal().writtenNoticeRequired() ? " ska vara skriftlig och" : "")
                .append(" ska ha kommit in för att upphöra när avtalsperiod ").append(t.number()).append(" slutar ")
                .append(SwedishText.date(t.end())).append("; annars förlängs avtalet med ")
                .append(swedish(agreement.renewal().period())).append('.');
        if (!agreement.noticeEndsAgreementFor().isEmpty()) {
            text.append(" En uppsägning avslutar avtalet för alla parter bara när den kommer från en part som avtalet "
                    + "anger för det; annars upphör bara den uppsägande partens deltagande.");
        }
        return text.toString();
    }

    /** @return the agreement's status on {@code day} */
    AgreementStatus status(LocalDate day) {
        if (agreement.referenceOnly() || agreement.start() == null) {
            return AgreementStatus.REFERENCED;
        }
        if (day.isBefore(agreement.start())) {
            return AgreementStatus.NOT_STARTED;
        }
        Optional<LocalDate> end = endsOn(day);
        if (end.isPresent() && day.isAfter(end.get())) {
            return AgreementStatus.ENDED;
        }
        if (end.isPresent() && policy() == TermPolicy.AUTO_EXTEND) {
            return AgreementStatus.NOTICE_GIVEN;
        }
        return AgreementStatus.ACTIVE;
    }

    /** @return a renewal period in Swedish, e.g. {@code 3 år}, {@code 18 månader} */
    static String swedish(java.time.Period period) {
        if (period == null) {
            return "–";
        }
        long months = period.toTotalMonths();
        if (period.getDays() == 0 && months % 12 == 0) {
            return months / 12 + " år";
        }
        if (period.getDays() == 0) {
            return months + (months == 1 ? " månad" : " månader");
        }
        return period.getDays() + (period.getDays() == 1 ? " dag" : " dagar")
                + (months == 0 ? "" : " och " + months + (months == 1 ? " månad" : " månader"));
    }
}

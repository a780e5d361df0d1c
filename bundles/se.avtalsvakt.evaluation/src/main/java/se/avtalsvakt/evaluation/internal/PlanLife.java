package se.avtalsvakt.evaluation.internal;

import java.time.LocalDate;

/**
 * What its agreement's life means for one plan on the platform's today.
 *
 * @param start           the agreement's start (a ONCE plan's offset counts from it), or null
 * @param lastDay         no occurrence is due after this day (the agreement's end, or the end of the responsible
 *                        party's participation), or null while open
 * @param noticeReceived  for a plan that stops at notice: the day a valid notice was received; occurrences due after
 *                        it are cancelled. Null when there is none, or the plan runs to the end
 * @param cancelledReason why those occurrences are cancelled, for people (Swedish), or null
 */
record PlanLife(LocalDate start, LocalDate lastDay, LocalDate noticeReceived, String cancelledReason) {

    /** A plan of no agreement, or of one that runs on. */
    static final PlanLife OPEN = new PlanLife(null, null, null, null);

    /** @return whether nothing can be due on {@code day} because the agreement or participation has ended */
    boolean endedBefore(LocalDate day) {
        return lastDay != null && day.isAfter(lastDay);
    }

    /** @return whether an occurrence due on {@code day} is cancelled by the notice */
    boolean cancels(LocalDate day) {
        return noticeReceived != null && day.isAfter(noticeReceived);
    }
}

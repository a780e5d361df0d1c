package se.avtalsvakt.api.obligation;

/** How an {@link ObligationPlan}'s due dates are computed. */
public enum ScheduleType {
    /** Once: on {@code date}, or at {@code anchor} (or the agreement's start) plus {@code offset}. */
    ONCE,
    /** Every {@code every} from {@code anchor}, the first due date (e.g. every P3Y from 2019-06-30). */
    RECURRING,
    /** Every calendar year on {@code dayOfYear} (29 February falls on the 28th in other years). */
    YEARLY,
    /** A number of times per calendar year ({@code minPerYear}, up to {@code maxPerYear}); due on 31 December. */
    COUNT_PER_YEAR
}

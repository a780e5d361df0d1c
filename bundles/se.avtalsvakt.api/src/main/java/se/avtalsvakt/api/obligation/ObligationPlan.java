package se.avtalsvakt.api.obligation;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Period;
import java.util.List;

/**
 * What is due, when, and who is responsible. A plan belongs to an agreement or to a governance body (or both).
 * Which schedule fields count depends on {@link #type()}; the others are null.
 *
 * @param id          slug, e.g. {@code samarbetsavtal-hjalpmedel-utvardering}
 * @param title       what is due, for people
 * @param kind        what kind of obligation
 * @param agreement   the agreement it belongs to, or null
 * @param body        the governance body it belongs to, or null
 * @param responsible the organisation or body that must do it; owner of its deadlines
 * @param type        how due dates are computed
 * @param date        ONCE: the due date
 * @param anchor      ONCE: the start the offset counts from (null: the agreement's start); RECURRING: the first due
 *                    date
 * @param offset      ONCE: time from the anchor, e.g. {@code P2Y}
 * @param every       RECURRING: the period, e.g. {@code P3Y}
 * @param dayOfYear   YEARLY: the day each year, e.g. {@code --12-31}
 * @param minPerYear  COUNT_PER_YEAR: at least this many per calendar year
 * @param maxPerYear  COUNT_PER_YEAR: at most this many, or null for no upper bound
 * @param leadTime    MEETINGS: an invitation (with agenda) must be sent at least this long before each meeting,
 *                    e.g. {@code P14D}; or null
 * @param from        no occurrences are due before this day (tracking starts); null: from the schedule's start
 * @param until       no occurrences are due after this day; null: open-ended
 * @param criteria    EVALUATION: the criteria every fulfilment must assess (R10), possibly empty
 * @param notes       free text, e.g. the source paragraph
 * @param stopsAtNotice whether the plan stops at a valid termination notice of its agreement: occurrences due after
 *                    such a notice are {@link OccurrenceState#CANCELLED} (e.g. the samarbetsavtal's evaluation,
 *                    "under förutsättning att avtalet inte sagts upp"); false: it runs to the agreement's end (the
 *                    yearly economic follow-up). Either way nothing is due after the agreement (or, for a plan owed
 *                    by a party, that party's participation) has ended
 */
public record ObligationPlan(String id, String title, ObligationKind kind, String agreement, String body,
                             String responsible, ScheduleType type, LocalDate date, LocalDate anchor, Period offset,
                             Period every, MonthDay dayOfYear, Integer minPerYear, Integer maxPerYear,
                             Period leadTime, LocalDate from, LocalDate until, List<String> criteria, String notes,
                             boolean stopsAtNotice) {

    public ObligationPlan {
        criteria = criteria == null ? List.of() : List.copyOf(criteria);
    }

    /** A plan that runs to its agreement's end, whatever notice is given. */
    public ObligationPlan(String id, String title, ObligationKind kind, String agreement, String body,
            String responsible, ScheduleType type, LocalDate date, LocalDate anchor, Period offset, Period every,
            MonthDay dayOfYear, Integer minPerYear, Integer maxPerYear, Period leadTime, LocalDate from,
            LocalDate until, List<String> criteria, String notes) {
        this(id, title, kind, agreement, body, responsible, type, date, anchor, offset, every, dayOfYear, minPerYear,
                maxPerYear, leadTime, from, until, criteria, notes, false);
    }

    /** @return this plan with another id */
    public ObligationPlan withId(String newId) {
        return new ObligationPlan(newId, title, kind, agreement, body, responsible, type, date, anchor, offset, every,
                dayOfYear, minPerYear, maxPerYear, leadTime, from, until, criteria, notes, stopsAtNotice);
    }

    /** @return how many fulfilments one occurrence needs: {@code minPerYear} for a count, else 1 */
    public int required() {
        return type == ScheduleType.COUNT_PER_YEAR && minPerYear != null ? minPerYear : 1;
    }
}

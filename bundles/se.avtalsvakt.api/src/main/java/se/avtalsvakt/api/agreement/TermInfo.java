package se.avtalsvakt.api.agreement;

import java.time.LocalDate;

/**
 * Where an agreement stands on a day: the term containing it and the notice deadline of that term.
 *
 * @param agreement               the agreement's id
 * @param asOf                    the day asked about
 * @param termNumber              the term containing that day (the first term is 1); null before the start or
 *                                after a fixed agreement's end, and for reference-only agreements
 * @param termStart               that term's first day, or null
 * @param termEnd                 that term's last day; null when open-ended
 * @param noticeDeadline          the last day to give notice to end the agreement at {@code termEnd}: the term's
 *                                last day minus the notice period, same day of month, clamped to the month's end
 *                                (I2); null when there is no term end or no notice period
 * @param practicalNoticeDeadline the last working day on or before {@code noticeDeadline} (I2), or null
 * @param status                  the agreement's status on that day
 * @param endsOn                  the agreement's last day as things stand on that day (a fixed end, or the end a
 *                                valid notice causes); null while it runs on
 */
public record TermInfo(String agreement, LocalDate asOf, Integer termNumber, LocalDate termStart, LocalDate termEnd,
                       LocalDate noticeDeadline, LocalDate practicalNoticeDeadline, AgreementStatus status,
                       LocalDate endsOn) {
}

package se.avtalsvakt.api.agreement;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A party's notice that it terminates an agreement (uppsägning). Recorded as received; its effect on the
 * agreement's term is computed by the terms engine. A recorded notice is never removed: it is withdrawn by its own
 * call, with a reason, and then stays listed with its withdrawal and has no effect.
 *
 * @param party       id of the organisation giving notice
 * @param receivedOn  the day the notice was received
 * @param written     whether it was given in writing
 * @param diaryNumber its diary number, or null
 * @param recordedAt  when the platform recorded it (platform clock); null in a notice to record, and for notices
 *                    recorded before the platform kept this
 * @param withdrawal  its withdrawal, or null while it stands
 */
public record TerminationNotice(String party, LocalDate receivedOn, boolean written, String diaryNumber,
                                Instant recordedAt, NoticeWithdrawal withdrawal) {

    /** A notice as received, not yet recorded. */
    public TerminationNotice(String party, LocalDate receivedOn, boolean written, String diaryNumber) {
        this(party, receivedOn, written, diaryNumber, null, null);
    }

    /**
     * @param other another notice
     * @return whether both are the same notice as received: same party, day, form and diary number (when and
     *         whether it was recorded or withdrawn aside)
     */
    public boolean sameAs(TerminationNotice other) {
        return other != null && java.util.Objects.equals(party, other.party)
                && java.util.Objects.equals(receivedOn, other.receivedOn) && written == other.written
                && java.util.Objects.equals(diaryNumber, other.diaryNumber);
    }

    /** @return whether it has been withdrawn (then it has no effect) */
    public boolean hasWithdrawal() {
        return withdrawal != null;
    }

    /** @return this notice as recorded at {@code at} */
    public TerminationNotice recorded(Instant at) {
        return new TerminationNotice(party, receivedOn, written, diaryNumber, at, withdrawal);
    }

    /** @return this notice with {@code w} as its withdrawal */
    public TerminationNotice withdrawn(NoticeWithdrawal w) {
        return new TerminationNotice(party, receivedOn, written, diaryNumber, recordedAt, w);
    }
}

package se.avtalsvakt.api.agreement;

import java.time.LocalDate;

/**
 * What a termination notice does to an agreement (R1, R2, I3).
 *
 * @param notice      the notice as received
 * @param effective   whether it ends the agreement; false for a notice not in writing when writing is required
 *                    (it is kept, flagged), or for an agreement that does not renew
 * @param endsOn      the agreement's last day because of this notice, or null when not effective
 * @param explanation one sentence saying why, for people
 */
public record NoticeEffect(TerminationNotice notice, boolean effective, LocalDate endsOn, String explanation) {
}

package se.avtalsvakt.api.agreement;

import java.time.LocalDate;

/**
 * A party's notice that it terminates an agreement (uppsägning). Recorded as received; its effect on the
 * agreement's term is computed by the terms engine.
 *
 * @param party       id of the organisation giving notice
 * @param receivedOn  the day the notice was received
 * @param written     whether it was given in writing
 * @param diaryNumber its diary number, or null
 */
public record TerminationNotice(String party, LocalDate receivedOn, boolean written, String diaryNumber) {
}

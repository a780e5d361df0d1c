package se.avtalsvakt.api.agreement;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A party's call for renegotiation of an agreement whose parties may renegotiate at any time (R9), as recorded.
 *
 * @param party       id of the organisation that calls for it
 * @param requestedOn the day it was made
 * @param diaryNumber its diary number, or null
 * @param reason      what changed, in a sentence, or null
 * @param recordedAt  when the platform recorded it; null in a request to record one
 */
public record RenegotiationRequest(String party, LocalDate requestedOn, String diaryNumber, String reason,
                                   Instant recordedAt) {
}

package se.avtalsvakt.api.agreement;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The withdrawal of a recorded termination notice (the party takes its notice back, or it was recorded in error).
 * The notice stays in the history with its withdrawal and no longer has any effect.
 *
 * @param on         the day the notice was withdrawn; not before it was received
 * @param reason     why, in a sentence; required
 * @param recordedAt when the platform recorded the withdrawal; null in a withdrawal to record
 */
public record NoticeWithdrawal(LocalDate on, String reason, Instant recordedAt) {
}

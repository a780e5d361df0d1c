package se.avtalsvakt.api.cases;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One entry of a dispute's history.
 *
 * @param kind       what happened
 * @param on         the day it happened
 * @param step       the ladder step the dispute is at after it
 * @param note       a note, or null
 * @param by         who recorded it (the login user)
 * @param recordedAt when it was recorded
 */
public record DisputeEvent(DisputeEventKind kind, LocalDate on, int step, String note, String by, Instant recordedAt) {
}

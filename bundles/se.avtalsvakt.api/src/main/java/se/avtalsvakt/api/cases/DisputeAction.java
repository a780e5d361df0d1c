package se.avtalsvakt.api.cases;

import java.time.LocalDate;

/**
 * An escalation, resolution or withdrawal of a dispute.
 *
 * @param on   the day (default: today)
 * @param note what was decided or why, without any personal identity number; or null
 */
public record DisputeAction(LocalDate on, String note) {
}

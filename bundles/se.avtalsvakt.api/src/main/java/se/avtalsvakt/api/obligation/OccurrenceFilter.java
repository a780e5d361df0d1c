package se.avtalsvakt.api.obligation;

import java.time.LocalDate;

/**
 * Which occurrences to list.
 *
 * @param from      the first due date; null: from each plan's first occurrence, however long ago
 * @param to        the last due date; null: today (the platform clock)
 * @param agreement only plans of this agreement, or null
 * @param body      only plans of this body, or null
 * @param state     only occurrences in this state today, or null
 */
public record OccurrenceFilter(LocalDate from, LocalDate to, String agreement, String body, OccurrenceState state) {
}

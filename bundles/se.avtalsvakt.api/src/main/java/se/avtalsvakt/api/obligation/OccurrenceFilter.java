package se.avtalsvakt.api.obligation;

import java.time.LocalDate;

/**
 * Which occurrences to list.
 *
 * @param from      the first due date
 * @param to        the last due date
 * @param agreement only plans of this agreement, or null
 * @param body      only plans of this body, or null
 * @param state     only occurrences in this state today, or null
 */
public record OccurrenceFilter(LocalDate from, LocalDate to, String agreement, String body, OccurrenceState state) {
}

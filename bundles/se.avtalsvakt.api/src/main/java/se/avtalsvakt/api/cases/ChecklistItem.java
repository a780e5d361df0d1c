package se.avtalsvakt.api.cases;

import java.time.LocalDate;

/**
 * One activity of a checklist.
 *
 * @param number   its place, 1 for the first
 * @param activity what is to be done
 * @param owner    who sees to it (a name or function within the organisation, never a personal identity number),
 *                 or null while unassigned
 * @param due      the day it should be done by (a deadline), or null
 * @param doneOn   the day it was ticked off, or null
 * @param doneBy   who ticked it off, or null
 */
public record ChecklistItem(int number, String activity, String owner, LocalDate due, LocalDate doneOn,
                            String doneBy) {
}

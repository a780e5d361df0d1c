package se.avtalsvakt.api.cases;

import java.time.LocalDate;

/**
 * One item of a handover checklist (samarbetsavtalet §15).
 *
 * @param number its place in the checklist, 1 for the first
 * @param key    a stable name, e.g. {@code patientjournaler}
 * @param title  what is to be handed over or agreed, in Swedish
 * @param owner  the id of the organisation that sees to it
 * @param due    the day it should be done by: the lead time before the end
 * @param doneOn the day it was done, or null
 * @param doneBy who recorded it as done, or null
 */
public record HandoverItem(int number, String key, String title, String owner, LocalDate due, LocalDate doneOn,
                           String doneBy) {
}

package se.avtalsvakt.api.cases;

import java.util.List;

/**
 * A checklist as started from a template.
 *
 * @param template     the template's id
 * @param organisation the organisation whose case it is
 * @param title        what it is about (default: the template's title)
 * @param items        owners and due days for activities, by {@link ChecklistItem#number()} (the other fields are
 *                     ignored); activities not named start unassigned
 */
public record NewChecklist(String template, String organisation, String title, List<ChecklistItem> items) {
}

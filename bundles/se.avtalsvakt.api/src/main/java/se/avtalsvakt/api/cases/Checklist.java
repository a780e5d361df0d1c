package se.avtalsvakt.api.cases;

import java.time.LocalDate;
import java.util.List;

/**
 * A case started from a checklist template by an organisation.
 *
 * @param id           its number
 * @param template     the template's id
 * @param organisation the id of the organisation whose case it is
 * @param title        what it is about, e.g. the aid concerned
 * @param startedOn    the day it was started
 * @param startedBy    who started it
 * @param state        where it stands
 * @param competences  the competences to involve (the template's)
 * @param items        the activities
 */
public record Checklist(long id, String template, String organisation, String title, LocalDate startedOn,
                        String startedBy, ChecklistState state, List<String> competences,
                        List<ChecklistItem> items) {

    public Checklist {
        competences = competences == null ? List.of() : List.copyOf(competences);
        items = items == null ? List.of() : List.copyOf(items);
    }
}

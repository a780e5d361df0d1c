package se.avtalsvakt.api.cases;

import java.util.List;

/**
 * A checklist for a situation where an organisation must decide, inform or involve the right people in time
 * (seed material on organising aid questions: its example situations, and blank rows for an organisation's own).
 *
 * @param id          slug, e.g. {@code nytt-hjalpmedel-i-sortimentet}
 * @param title       the situation's name, in Swedish
 * @param area        the area it belongs to, e.g. {@code Upphandling och implementering av nya hjälpmedel}
 * @param situation   the example situation, in the material's words
 * @param activities  the suggested activities, in order
 * @param competences the competences to involve
 * @param builtIn     shipped with the platform (true) or added by an organisation (false)
 */
public record ChecklistTemplate(String id, String title, String area, String situation, List<String> activities,
                                List<String> competences, boolean builtIn) {

    public ChecklistTemplate {
        activities = activities == null ? List.of() : List.copyOf(activities);
        competences = competences == null ? List.of() : List.copyOf(competences);
    }
}

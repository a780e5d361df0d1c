package se.avtalsvakt.api.cases;

import java.time.LocalDate;
import java.util.List;

/**
 * A development issue on the common platform the samarbetsavtal asks for (§11: the development questions found
 * in evaluations, together with new development areas, documented on a common electronic platform).
 *
 * @param id          its number
 * @param title       what it is about
 * @param description more, or null
 * @param raisedBy    who raised it (an organisation id or a body), or null
 * @param owner       the id of the governance body that owns it, e.g. {@code bg-avtal-och-overenskommelse}
 * @param state       where it stands (default {@code OPEN})
 * @param raisedOn    the day it was raised (default today)
 * @param nextReview  the day its owner reviews it next (a deadline), or null
 * @param decisions   the numbers of the governance decisions on it, oldest first
 */
public record DevelopmentIssue(long id, String title, String description, String raisedBy, String owner,
                               DevelopmentIssueState state, LocalDate raisedOn, LocalDate nextReview,
                               List<Long> decisions) {

    public DevelopmentIssue {
        decisions = decisions == null ? List.of() : List.copyOf(decisions);
    }
}

package se.avtalsvakt.api.obligation;

import java.util.List;
import java.util.Optional;

/** Obligation plans, their occurrences and fulfilments. */
public interface ObligationService {

    /**
     * @param agreement only this agreement's plans, or null
     * @param body      only this body's plans, or null
     * @return the plans, by id
     */
    List<ObligationPlan> plans(String agreement, String body);

    /** @return the plan, if it exists */
    Optional<ObligationPlan> plan(String id);

    /**
     * Registers a plan or replaces the one with its id.
     *
     * @return the plan as stored
     * @throws se.avtalsvakt.api.ValidationException naming each wrong field
     */
    ObligationPlan savePlan(ObligationPlan plan);

    /**
     * One page of the plans, by id.
     *
     * @param agreement only this agreement's plans, or null
     * @param body      only this body's plans, or null
     * @param request   the page asked for; the cursor is the id of the last plan of the page before
     */
    default se.avtalsvakt.api.page.Page<ObligationPlan> plans(String agreement, String body,
            se.avtalsvakt.api.page.PageRequest request) {
        return se.avtalsvakt.api.page.Page.slice(plans(agreement, body), request, ObligationPlan::id);
    }

    /** @return the occurrences due in the filter's window, by due date and plan */
    List<Occurrence> occurrences(OccurrenceFilter filter);

    /**
     * One page of the occurrences due in the filter's window, by due date and plan: what a list shown to people
     * asks for. The register computes the window's occurrences but reads fulfilments only for the page's.
     *
     * @param filter  the window and filters
     * @param request the page asked for; the cursor's key is {@link #pageKey(Occurrence)} of the last occurrence
     *                of the page before
     */
    default se.avtalsvakt.api.page.Page<Occurrence> occurrences(OccurrenceFilter filter,
            se.avtalsvakt.api.page.PageRequest request) {
        return se.avtalsvakt.api.page.Page.slice(occurrences(filter), request, ObligationService::pageKey);
    }

    /** @return an occurrence's place in a list by due date and plan, as a key in {@code String} order */
    static String pageKey(Occurrence o) {
        return o.dueDate() + "\u0000" + o.plan();
    }

    /**
     * Every occurrence overdue today, however old: from each plan's first occurrence to today, not fulfilled and
     * not cancelled.
     *
     * @param agreement only plans of this agreement, or null
     * @param body      only plans of this body, or null
     * @return the overdue occurrences, by due date and plan
     */
    default List<Occurrence> overdue(String agreement, String body) {
        return occurrences(new OccurrenceFilter(null, null, agreement, body, OccurrenceState.OVERDUE));
    }

    /**
     * @param id {@code planId:dueDate}
     * @return the occurrence
     * @throws se.avtalsvakt.api.NotFoundException if the plan does not exist or has no occurrence on that day
     */
    Occurrence occurrence(String id);

    /**
     * Records a fulfilment of an occurrence.
     *
     * @param occurrenceId {@code planId:dueDate}
     * @param fulfilment   what was done ({@code id}, {@code occurrence} and {@code recordedAt} are ignored)
     * @return the occurrence as it is now
     * @throws se.avtalsvakt.api.NotFoundException   if there is no such occurrence
     * @throws se.avtalsvakt.api.ValidationException if the fulfilment is incomplete, e.g. an evaluation criterion is
     *                                               not assessed
     */
    Occurrence fulfil(String occurrenceId, Fulfilment fulfilment);
}

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

    /** @return the occurrences due in the filter's window, by due date and plan */
    List<Occurrence> occurrences(OccurrenceFilter filter);

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

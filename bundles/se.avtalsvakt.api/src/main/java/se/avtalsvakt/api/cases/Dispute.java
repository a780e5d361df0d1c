package se.avtalsvakt.api.cases;

import java.time.LocalDate;
import java.util.List;

/**
 * A dispute about how an agreement is read or applied (samarbetsavtalet §16; the school agreement's "I händelse av
 * tvist"), with the agreement's whole escalation ladder and the step it is at.
 *
 * @param id        its number
 * @param agreement the agreement's id
 * @param parties   the ids of the parties in dispute, at least one
 * @param subject   what the dispute is about
 * @param situation the individual's situation in focus ("den enskildes bästa"), described without any personal
 *                  identity number; or null
 * @param openedOn  the day it was raised
 * @param owner     the id of the organisation that handles it at steps without an owner of their own (by default
 *                  the first party)
 * @param state     where it stands
 * @param step      the current step's number
 * @param current   the current step
 * @param stepSince the day the current step began
 * @param stepDue   the current step's time limit (its since day plus the step's limit), or null when it has none or
 *                  the dispute is closed
 * @param ladder    the whole ladder
 * @param history   what happened, oldest first
 */
public record Dispute(long id, String agreement, List<String> parties, String subject, String situation,
                      LocalDate openedOn, String owner, DisputeState state, int step, EscalationStep current,
                      LocalDate stepSince, LocalDate stepDue, List<EscalationStep> ladder,
                      List<DisputeEvent> history) {

    public Dispute {
        parties = parties == null ? List.of() : List.copyOf(parties);
        ladder = ladder == null ? List.of() : List.copyOf(ladder);
        history = history == null ? List.of() : List.copyOf(history);
    }
}

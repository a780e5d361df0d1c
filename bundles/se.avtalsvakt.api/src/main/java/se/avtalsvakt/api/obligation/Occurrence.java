package se.avtalsvakt.api.obligation;

import java.time.LocalDate;
import java.util.List;

/**
 * One due date of a plan, with what has been recorded against it.
 *
 * @param id          {@code planId:dueDate}, e.g. {@code samarbetsavtal-hjalpmedel-utvardering:2025-06-30}
 * @param plan        the plan's id
 * @param title       the plan's title
 * @param kind        the plan's kind
 * @param agreement   the plan's agreement, or null
 * @param body        the plan's body, or null
 * @param responsible who must do it
 * @param dueDate     the day it is due
 * @param state       where it stands today
 * @param required    how many fulfilments it needs (meetings per year; else 1)
 * @param maximum     at most this many (meetings), or null
 * @param fulfilments what has been recorded, oldest first
 * @param cancelledReason for a {@link OccurrenceState#CANCELLED} occurrence: why, for people (Swedish), naming the
 *                    notice (party, day received, diary number); else null
 */
public record Occurrence(String id, String plan, String title, ObligationKind kind, String agreement, String body,
                         String responsible, LocalDate dueDate, OccurrenceState state, int required, Integer maximum,
                         List<Fulfilment> fulfilments, String cancelledReason) {

    public Occurrence {
        fulfilments = fulfilments == null ? List.of() : List.copyOf(fulfilments);
    }

    /** An occurrence that is not cancelled. */
    public Occurrence(String id, String plan, String title, ObligationKind kind, String agreement, String body,
            String responsible, LocalDate dueDate, OccurrenceState state, int required, Integer maximum,
            List<Fulfilment> fulfilments) {
        this(id, plan, title, kind, agreement, body, responsible, dueDate, state, required, maximum, fulfilments,
                null);
    }

    /** @return the occurrence id of a plan's due date */
    public static String idOf(String planId, LocalDate dueDate) {
        return planId + ":" + dueDate;
    }
}

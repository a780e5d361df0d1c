package se.avtalsvakt.api.cases;

import java.time.LocalDate;
import java.util.List;

/**
 * A handover case, opened by itself when a party's participation or a whole agreement gets an end date, so that
 * the move to another executor happens without a break (samarbetsavtalet §15).
 *
 * @param id        its number
 * @param agreement the agreement's id
 * @param party     the id of the party whose participation ends, or null when the whole agreement ends
 * @param endsOn    the last day of the participation or agreement
 * @param openedOn  the day the case was opened
 * @param state     where it stands
 * @param items     the checklist
 */
public record HandoverCase(long id, String agreement, String party, LocalDate endsOn, LocalDate openedOn,
                           HandoverState state, List<HandoverItem> items) {

    public HandoverCase {
        items = items == null ? List.of() : List.copyOf(items);
    }
}

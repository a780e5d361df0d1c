package se.avtalsvakt.api.governance;

import java.util.List;

/**
 * A body of the cooperation organisation. Its id is the id of its organisation (kind {@code GOVERNANCE_BODY}).
 *
 * @param id     organisation id, e.g. {@code ledningsradet}
 * @param name   its name
 * @param level  where it sits
 * @param parent the body it reports to, or null
 * @param seats  its seats
 * @param rules  the rules its meetings and decisions are checked against
 * @param notes  free text, or null
 */
public record Body(String id, String name, BodyLevel level, String parent, List<Seat> seats, BodyRules rules,
                   String notes) {

    public Body {
        seats = seats == null ? List.of() : List.copyOf(seats);
        rules = rules == null ? BodyRules.NONE : rules;
    }

    /** @return the seat with that role, or null */
    public Seat seat(String role) {
        return seats.stream().filter(s -> s.role().equals(role)).findFirst().orElse(null);
    }

    /** @return how many people the body has when every seat is filled */
    public int size() {
        return seats.stream().mapToInt(Seat::count).sum();
    }
}

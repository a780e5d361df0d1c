package se.avtalsvakt.api.governance;

import java.util.List;

/**
 * Places of one kind in a body.
 *
 * @param role                    slug, unique in the body, e.g. {@code ordforande}, {@code kommunerna}
 * @param title                   for people, e.g. {@code Kommunerna i VG}
 * @param count                   how many people hold it
 * @param appointedBy             who appoints them, in the seed's words, e.g. {@code Kommunerna via VästKom}
 * @param side                    the party they represent
 * @param chair                   whether this seat is the chair
 * @param appointingOrganisation  the organisation id that appoints the holders and is asked to nominate when a
 *                                place falls vacant (e.g. {@code koncernledning-halso-och-sjukvard}); null when each
 *                                of {@code representing} appoints its own
 * @param representing            the organisations the holders come from: a holder's organisation must be one of
 *                                them or belong to one (by its parent); empty for "any organisation of the side"
 */
public record Seat(String role, String title, int count, String appointedBy, Side side, boolean chair,
                   String appointingOrganisation, List<String> representing) {

    public Seat {
        representing = representing == null ? List.of() : List.copyOf(representing);
    }

    /** A seat with no appointing organisation recorded (any organisation of the side may hold it). */
    public Seat(String role, String title, int count, String appointedBy, Side side, boolean chair) {
        this(role, title, count, appointedBy, side, chair, null, List.of());
    }
}

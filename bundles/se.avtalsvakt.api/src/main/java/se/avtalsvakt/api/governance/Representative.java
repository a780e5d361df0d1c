package se.avtalsvakt.api.governance;

import java.time.LocalDate;
import java.util.List;

/**
 * A person representing an organisation in a body's seat, or in a network (seed 002's register).
 *
 * @param id                  its number; 0 before it is recorded
 * @param person              the person's name
 * @param organisation        the organisation represented (e.g. {@code boras}, {@code vgr})
 * @param body                the body, or null for a network
 * @param seat                the seat's role in the body, or null for a network
 * @param network             the network's name, or null for a body
 * @param from                the first day
 * @param to                  the last day, or null while in office
 * @param notifiedOn          the day the resignation was announced to the coordination function, or null
 * @param notes               free text, or null
 * @param principal           the principal (uppdragsgivare) told of a resignation: the organisation that appointed
 *                            the representative; computed, ignored on input
 * @param principalNotifiedOn the day the resignation was announced to the principal, or null
 * @param notifications       once resigned, the two notifications seed 003 requires (the coordination function
 *                            and the principal), each with its day or null; computed, ignored on input
 */
public record Representative(long id, String person, String organisation, String body, String seat, String network,
                             LocalDate from, LocalDate to, LocalDate notifiedOn, String notes, String principal,
                             LocalDate principalNotifiedOn, List<Notification> notifications) {

    public Representative {
        notifications = notifications == null ? List.of() : List.copyOf(notifications);
    }

    /** A representative without a recorded principal notification. */
    public Representative(long id, String person, String organisation, String body, String seat, String network,
                          LocalDate from, LocalDate to, LocalDate notifiedOn, String notes) {
        this(id, person, organisation, body, seat, network, from, to, notifiedOn, notes, null, null, List.of());
    }

    /** @return whether this person holds the place on {@code day} */
    public boolean activeOn(LocalDate day) {
        return !from.isAfter(day) && (to == null || !to.isBefore(day));
    }
}

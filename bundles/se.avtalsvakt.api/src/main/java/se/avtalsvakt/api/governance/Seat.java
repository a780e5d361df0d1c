package se.avtalsvakt.api.governance;

/**
 * Places of one kind in a body.
 *
 * @param role        slug, unique in the body, e.g. {@code ordforande}, {@code kommunerna}
 * @param title       for people, e.g. {@code Kommunerna i VG}
 * @param count       how many people hold it
 * @param appointedBy who appoints them, e.g. {@code Kommunerna via VästKom}
 * @param side        the party they represent
 * @param chair       whether this seat is the chair
 */
public record Seat(String role, String title, int count, String appointedBy, Side side, boolean chair) {
}

package se.avtalsvakt.api.governance;

import java.time.LocalDate;
import java.util.List;

/**
 * A meeting of a body.
 *
 * @param id               its number; 0 before it is recorded
 * @param body             the body
 * @param date             the day it is (or was) held
 * @param invitationSentOn when the invitation with agenda went out, or null
 * @param agenda           the agenda, or null
 * @param attendees        the representatives present (their numbers)
 * @param minutesSignedBy  the representatives who signed the minutes (their numbers)
 * @param supportBy        the side giving administrative support, or null
 * @param notes            free text, or null
 * @param decisions        its decisions (ignored on input: add them one by one)
 * @param violations       the rules the meeting itself breaks (computed; ignored on input)
 */
public record Meeting(long id, String body, LocalDate date, LocalDate invitationSentOn, String agenda,
                      List<Long> attendees, List<Long> minutesSignedBy, Side supportBy, String notes,
                      List<Decision> decisions, List<Violation> violations) {

    public Meeting {
        attendees = attendees == null ? List.of() : List.copyOf(attendees);
        minutesSignedBy = minutesSignedBy == null ? List.of() : List.copyOf(minutesSignedBy);
        decisions = decisions == null ? List.of() : List.copyOf(decisions);
        violations = violations == null ? List.of() : List.copyOf(violations);
    }
}

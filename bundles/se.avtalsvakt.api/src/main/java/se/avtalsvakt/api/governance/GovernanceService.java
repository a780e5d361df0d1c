package se.avtalsvakt.api.governance;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The governance organisation: bodies, representatives, meetings, decisions and compliance. */
public interface GovernanceService {

    /** @return every body, by level and name */
    List<Body> bodies();

    /** @return the body, if it exists */
    Optional<Body> body(String id);

    /**
     * Registers a body or replaces its definition (seats, rules); representatives and meetings are kept.
     *
     * @throws se.avtalsvakt.api.ValidationException naming each wrong field
     */
    Body saveBody(Body body);

    /**
     * @param body         only this body's, or null
     * @param organisation only those representing this organisation, or null
     * @param on           only those in office that day, or null for everyone ever recorded
     * @return the representatives, by body, seat and person
     */
    List<Representative> representatives(String body, String organisation, LocalDate on);

    /**
     * Records a representative.
     *
     * @throws se.avtalsvakt.api.ValidationException naming each wrong field (unknown body, seat or organisation)
     */
    Representative appoint(Representative representative);

    /**
     * Records that a representative leaves.
     *
     * @param id         the representative
     * @param lastDay    the last day in office
     * @param notifiedOn when the coordination function was told, or null
     * @return the representative as it is now
     * @throws se.avtalsvakt.api.NotFoundException if there is no such representative
     */
    Representative resign(long id, LocalDate lastDay, LocalDate notifiedOn);

    /**
     * Records that a representative leaves, with both notifications seed 003 requires: to the coordination function
     * and to the principal (the organisation that appointed the representative).
     *
     * @param id                  the representative
     * @param lastDay             the last day in office
     * @param notifiedOn          when the coordination function was told, or null
     * @param principalNotifiedOn when the principal was told, or null
     * @return the representative as it is now, with its notifications
     * @throws se.avtalsvakt.api.NotFoundException if there is no such representative
     */
    default Representative resign(long id, LocalDate lastDay, LocalDate notifiedOn, LocalDate principalNotifiedOn) {
        return resign(id, lastDay, notifiedOn);
    }

    /**
     * @param on the day
     * @return the seats short of people that day, and those that will be short by an announced resignation; only
     *         bodies with at least one representative recorded are checked
     */
    List<Vacancy> vacancies(LocalDate on);

    /** @return an organisation's register (seed 002): every body and network, with its representatives today */
    List<RepresentationEntry> register(String organisation);

    /**
     * @param body only this body's, or null
     * @param year only this calendar year's, or null
     * @return the meetings, by date
     */
    List<Meeting> meetings(String body, Integer year);

    /**
     * One page of the meetings, by date then id. The register answers with a keyset query; this default pages the
     * whole list.
     *
     * @param body    only this body's, or null
     * @param year    only this calendar year's, or null
     * @param request the page asked for
     */
    default se.avtalsvakt.api.page.Page<Meeting> meetings(String body, Integer year,
            se.avtalsvakt.api.page.PageRequest request) {
        return se.avtalsvakt.api.page.Page.slice(meetings(body, year), request,
                m -> m.date() + "\u0000" + String.format("%019d", m.id()));
    }

    /** @throws se.avtalsvakt.api.NotFoundException if there is none */
    Meeting meeting(long id);

    /**
     * Records a meeting; its violations (quorum, minutes, support) are in the answer.
     *
     * @throws se.avtalsvakt.api.ValidationException naming each wrong field
     */
    Meeting addMeeting(Meeting meeting);

    /**
     * Replaces what is recorded about a meeting (date, invitation, agenda, attendees, signers of the minutes,
     * support, notes); its body and decisions stay. Use it to add the invitation or the minutes afterwards.
     *
     * @throws se.avtalsvakt.api.NotFoundException   if there is no such meeting
     * @throws se.avtalsvakt.api.ValidationException naming each wrong field
     */
    Meeting updateMeeting(long id, Meeting meeting);

    /**
     * Records a decision in a meeting, checked against the body's rules; the decision is recorded even when it
     * breaks a rule, with its violations.
     *
     * @throws se.avtalsvakt.api.NotFoundException   if there is no such meeting
     * @throws se.avtalsvakt.api.ValidationException naming each wrong field
     */
    Decision addDecision(long meetingId, Decision decision);

    /**
     * @return how the body kept its rules in the year, up to today
     * @throws se.avtalsvakt.api.NotFoundException if there is no such body
     */
    Compliance compliance(String body, int year);
}

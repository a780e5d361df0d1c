package se.avtalsvakt.governance.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.lang.reflect.Proxy;
import java.time.LocalDate;
import java.util.List;

import org.junit.Test;

import se.avtalsvakt.api.NotFoundException;
import se.avtalsvakt.api.Problem;
import se.avtalsvakt.api.ValidationException;
import se.avtalsvakt.api.governance.Body;
import se.avtalsvakt.api.governance.BodyLevel;
import se.avtalsvakt.api.governance.Decision;
import se.avtalsvakt.api.governance.DecisionOutcome;
import se.avtalsvakt.api.governance.Meeting;
import se.avtalsvakt.api.governance.Notification;
import se.avtalsvakt.api.governance.RepresentationEntry;
import se.avtalsvakt.api.governance.Representative;
import se.avtalsvakt.api.governance.Seat;
import se.avtalsvakt.api.governance.Side;
import se.avtalsvakt.api.governance.Vacancy;
import se.avtalsvakt.api.obligation.ObligationService;

/** The register's aggregates behind the service, on the shipped bodies in memory, without meeting plans. */
public class GovernanceRegisterTest {

    private static final LocalDate FROM = LocalDate.parse("2026-01-01");

    /** Obligation plans: none. */
    private static final ObligationService NO_PLANS = (ObligationService) Proxy.newProxyInstance(
            ObligationService.class.getClassLoader(), new Class<?>[] {ObligationService.class},
            (proxy, method, args) -> {
                if (method.getName().equals("plans")) {
                    return List.of();
                }
                throw new UnsupportedOperationException(method.getName());
            });

    private final InMemoryRepository repository = new InMemoryRepository(Fixtures.shippedBodies());
    private final GovernanceRegister register = new GovernanceRegister(repository,
            GovernanceDeadlineSourceTest.ORGANISATIONS, NO_PLANS, GovernanceDeadlineSourceTest.CLOCK,
            GovernanceDeadlineSourceTest.CONFIG);

    private static Representative rep(String person, String organisation, String body, String seat, String network) {
        return new Representative(0, person, organisation, body, seat, network, FROM, null, null, null);
    }

    private static List<Problem> problems(Runnable call) {
        try {
            call.run();
        } catch (ValidationException e) {
            return e.problems();
        }
        fail("no ValidationException");
        return List.of();
    }

    private static void assertProblem(List<Problem> problems, String path, String part) {
        assertTrue(problems.toString(), problems.stream()
                .anyMatch(p -> p.path().equals(path) && p.message().contains(part)));
    }

    @Test
    public void anAppointmentToASeatTheBodyDoesNotHaveListsItsSeats() {
        List<Problem> p = problems(() -> register.appoint(rep("Anna", "vgr", "ledningsradet", "styrelsen", null)));
        assertProblem(p, "seat", "[ordforande, vice-ordforande, kommunerna, vgr]");
    }

    @Test
    public void anAppointmentNeedsABodyOrANetworkAndANetworkHasNoSeats() {
        assertProblem(problems(() -> register.appoint(rep("Anna", "vgr", null, null, " "))), "body",
                "either a body");
        assertProblem(problems(() -> register.appoint(rep("Anna", "vgr", null, "vgr", "Nätverk"))), "seat",
                "a network has no seats");
        List<Problem> p = problems(() -> register.appoint(new Representative(0, " ", "oslo", null, null, "N", null,
                null, null, null)));
        assertProblem(p, "person", "is required");
        assertProblem(p, "organisation", "'oslo'");
        assertProblem(p, "from", "is required");
    }

    @Test
    public void aRepresentativeLeavingTellsTheCoordinationFunctionAndThePrincipal() {
        Representative r = register.appoint(rep(" Anna ", "vgr", "ledningsradet", "vgr", null));
        assertEquals("Anna", r.person());
        assertProblem(problems(() -> register.resign(r.id(), FROM.minusDays(1), null)), "to",
                "before the first day in office");
        Representative gone = register.resign(r.id(), LocalDate.parse("2026-06-30"), LocalDate.parse("2026-06-01"),
                null);
        assertEquals(LocalDate.parse("2026-06-30"), gone.to());
        assertEquals(List.of(Notification.COORDINATION_FUNCTION, Notification.PRINCIPAL),
                gone.notifications().stream().map(Notification::role).toList());
        assertEquals("samordningsfunktionen", gone.notifications().get(0).recipient());
        assertEquals(LocalDate.parse("2026-06-01"), gone.notifications().get(0).notifiedOn());
        assertEquals(List.of(), register.representatives("ledningsradet", null, LocalDate.parse("2026-07-01")));
        assertEquals(1, register.representatives("ledningsradet", null, null).size());
        try {
            register.resign(999, FROM, null);
            fail("resigned nobody");
        } catch (NotFoundException expected) {
            // nobody has that id
        }
    }

    @Test
    public void aSeatPartlyFilledIsVacantUntilEveryPlaceIsFilled() {
        register.appoint(rep("Anna", "vgr", "ledningsradet", "vgr", null));
        assertEquals(List.of(1), filled(register.vacancies(FROM)));
        register.appoint(rep("Bo", "vgr", "ledningsradet", "vgr", null));
        assertEquals(List.of(2), filled(register.vacancies(FROM)));
        for (String person : List.of("C", "D", "E")) {
            register.appoint(rep(person, "vgr", "ledningsradet", "vgr", null));
        }
        assertEquals(List.of(), filled(register.vacancies(FROM)));
    }

    private static List<Integer> filled(List<Vacancy> vacancies) {
        return vacancies.stream().filter(v -> v.body().equals("ledningsradet") && v.seat().equals("vgr"))
                .map(Vacancy::filled).distinct().toList();
    }

    @Test
    public void anOrganisationsRepresentationListsTheBodiesWithSeatsAndItsNetworks() {
        register.appoint(rep("Anna", "vgr", "ledningsradet", "vgr", null));
        register.appoint(rep("Bo", "vgr", null, null, "Förskrivarnätverket"));
        List<RepresentationEntry> entries = register.register("vgr");
        RepresentationEntry lr = entries.stream().filter(e -> e.group().equals("ledningsradet")).findFirst()
                .orElseThrow();
        assertEquals(List.of("Anna"), lr.representatives());
        RepresentationEntry network = entries.get(entries.size() - 1);
        assertTrue(network.network());
        assertEquals(List.of("Bo"), network.representatives());
        try {
            register.register("oslo");
            fail("oslo has a register");
        } catch (NotFoundException expected) {
            // not an organisation
        }
    }

    @Test
    public void aMeetingNamesAttendeesWhoDoNotSitInTheBodyAndStaysWithItsBody() {
        Representative anna = register.appoint(rep("Anna", "vgr", "ledningsradet", "vgr", null));
        assertProblem(problems(() -> register.addMeeting(Fixtures.meeting(0, "ledningsradet", "2026-03-01", null,
                List.of(anna.id(), 42L), List.of(), null))), "attendees[1]", "representative 42 does not sit");
        assertProblem(problems(() -> register.addMeeting(Fixtures.meeting(0, "nope", "2026-03-01", "2026-03-02",
                List.of(), List.of(), null))), "body", "'nope'");
        assertProblem(problems(() -> register.addMeeting(new Meeting(0, "ledningsradet", LocalDate.parse("2026-03-01"),
                LocalDate.parse("2026-03-02"), null, List.of(), List.of(), null, null, null, null))),
                "invitationSentOn", "must not be after the meeting");
        Meeting m = register.addMeeting(Fixtures.meeting(0, "ledningsradet", "2026-03-01", "2026-02-01",
                List.of(anna.id()), List.of(), null));
        assertEquals(m.id(), register.meeting(m.id()).id());
        assertProblem(problems(() -> register.updateMeeting(m.id(), Fixtures.meeting(0, "sro", "2026-03-02", null,
                List.of(), List.of(), null))), "body", "stays with its body (ledningsradet)");
        Meeting moved = register.updateMeeting(m.id(), Fixtures.meeting(0, null, "2026-03-02", null, List.of(),
                List.of(), Side.REGION));
        assertEquals(LocalDate.parse("2026-03-02"), moved.date());
        assertEquals(List.of(m.id()), register.meetings("ledningsradet", 2026).stream().map(Meeting::id).toList());
        assertEquals(List.of(), register.meetings("ledningsradet", 2025));
    }

    @Test
    public void aListOfMeetingsReadsTheRepresentativesOncePerBodyNotOncePerMeeting() {
        for (String day : List.of("2026-03-01", "2026-04-01", "2026-05-01")) {
            register.addMeeting(Fixtures.meeting(0, "ledningsradet", day, null, List.of(), List.of(), null));
            register.addMeeting(Fixtures.meeting(0, "sro", day, null, List.of(), List.of(), null));
        }
        int before = repository.representativeReads();
        List<Meeting> all = register.meetings(null, null);
        assertEquals(6, all.size());
        assertEquals(2, repository.representativeReads() - before);
        for (Meeting m : all) {
            assertEquals("checked as on its own", register.meeting(m.id()), m);
        }
    }

    @Test
    public void aDecisionNeedsSubjectAndOutcomeAndIsAnsweredWithTheRulesItBreaks() {
        Meeting m = register.addMeeting(Fixtures.meeting(0, "ledningsradet", "2026-03-01", "2026-02-01", List.of(),
                List.of(), null));
        List<Problem> p = problems(() -> register.addDecision(m.id(), new Decision(0, m.id(), " ", null, null, null,
                null, null)));
        assertProblem(p, "subject", "is required");
        assertProblem(p, "outcome", "ADOPTED");
        Decision d = register.addDecision(m.id(), new Decision(0, m.id(), "Budget", null, null,
                DecisionOutcome.ADOPTED, null, null));
        assertEquals("Budget", d.subject());
        assertTrue("no quorum without attendees: " + d.violations(), d.violations().stream()
                .anyMatch(v -> v.rule().equals(RuleChecker.QUORUM)));
        assertEquals(1, register.meeting(m.id()).decisions().size());
        try {
            register.addDecision(999, d);
            fail("a decision of no meeting");
        } catch (NotFoundException expected) {
            // no such meeting
        }
    }

    @Test
    public void aBodyMustBeAGovernanceBodyWithSeatsOfTheirOwnAndIsNamedAfterItsOrganisation() {
        Body bad = new Body("vgr", null, null, "oslo", List.of(new Seat("a b", null, 0, null, null, false, "oslo",
                List.of())), Fixtures.body("sro").rules(), null);
        List<Problem> p = problems(() -> register.saveBody(bad));
        assertProblem(p, "id", "GOVERNANCE_BODY");
        assertProblem(p, "level", "is required");
        assertProblem(p, "parent", "'oslo'");
        assertProblem(p, "seats[0].role", "must be a slug");
        assertProblem(p, "seats[0].count", "at least 1");
        assertProblem(p, "seats[0].appointingOrganisation", "'oslo'");
        Body saved = register.saveBody(new Body("koncernledning-halso-och-sjukvard", " ", BodyLevel.MANAGEMENT, "vgr",
                List.of(), Fixtures.body("sro").rules(), null));
        assertEquals("Koncernledning Hälso- och sjukvård", saved.name());
        assertEquals(saved, register.body("koncernledning-halso-och-sjukvard").orElseThrow());
    }

    @Test
    public void theComplianceOfABodyNotRegisteredIsNotFound() {
        try {
            register.compliance("nope", 2026);
            fail("compliance of no body");
        } catch (NotFoundException expected) {
            // no such body
        }
        assertEquals("ledningsradet", register.compliance("ledningsradet", 2026).body());
    }
}

package se.avtalsvakt.governance.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static se.avtalsvakt.governance.internal.Fixtures.concat;
import static se.avtalsvakt.governance.internal.Fixtures.ids;
import static se.avtalsvakt.governance.internal.Fixtures.meeting;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;

import org.junit.Test;

import se.avtalsvakt.api.governance.Body;
import se.avtalsvakt.api.governance.Compliance;
import se.avtalsvakt.api.governance.Decision;
import se.avtalsvakt.api.governance.DecisionOutcome;
import se.avtalsvakt.api.governance.Meeting;
import se.avtalsvakt.api.governance.Representative;
import se.avtalsvakt.api.governance.Side;
import se.avtalsvakt.api.governance.Vacancy;
import se.avtalsvakt.api.governance.Violation;
import se.avtalsvakt.governance.internal.ComplianceCalculator.MeetingPlan;

public class ComplianceAndVacancyTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-11-22");

    @Test
    public void theShippedBodiesFollowTheSeeds() {
        List<Body> bodies = Fixtures.shippedBodies();
        assertEquals(11, bodies.size());
        Body lr = Fixtures.body("ledningsradet");
        assertEquals(12, lr.size());
        assertTrue(lr.seat("ordforande").chair());
        assertEquals("Kommunerna via VästKom", lr.seat("ordforande").appointedBy());
        assertEquals(Side.REGION, lr.seat("vice-ordforande").side());
        assertEquals(10, Fixtures.body("politisk-beredningsgrupp").size());
        assertEquals(11, Fixtures.body("bg-forbrukningsartiklar").size());
        assertEquals(75, Fixtures.body("hjalpmedelsforum-halso-och-sjukvard").size());
        assertEquals(Long.valueOf(50_000), Fixtures.body("bg-it-stod").rules().mandateLimitSek());
    }

    @Test
    public void complianceCountsMeetingsInvitationsQuorumAndBrokenDecisions() {
        Body lr = Fixtures.body("ledningsradet");
        List<Representative> reps = Fixtures.fill(lr, 1);
        RuleChecker checker = new RuleChecker(lr, reps);
        List<Long> quorum = concat(ids(reps, Side.MUNICIPALITIES, lr, 3), ids(reps, Side.REGION, lr, 3));
        List<Long> noQuorum = concat(ids(reps, Side.MUNICIPALITIES, lr, 3), ids(reps, Side.REGION, lr, 2));
        Meeting bad = meeting(2, "ledningsradet", "2026-05-05", null, noQuorum, List.of(), null);
        bad = new Meeting(2, bad.body(), bad.date(), null, null, noQuorum, List.of(), null, null,
                List.of(new Decision(9, 2, "Ny rutin", null, null, DecisionOutcome.ADOPTED, null, List.of())),
                List.of());
        List<Meeting> meetings = List.of(meeting(1, "ledningsradet", "2026-02-03", null, quorum, List.of(), null), bad,
                meeting(3, "ledningsradet", "2026-12-08", null, quorum, List.of(), null));
        Compliance c = ComplianceCalculator.compute("ledningsradet", 2026, checker, meetings, List.of(),
                new MeetingPlan(6, null, null), TODAY);
        assertEquals(2, c.meetingsHeld());
        assertEquals(1, c.meetingsPlanned());
        assertEquals(Integer.valueOf(6), c.meetingsRequired());
        assertEquals(1, c.quorumMet());
        assertEquals(1, c.quorumNotMet());
        assertEquals(1, c.decisionsBreakingRules());
        assertFalse(c.compliant());
        assertEquals(List.of("QUORUM", "QUORUM"), c.violations().stream().map(Violation::rule).toList());
        // the year is not over: too few meetings is not a violation yet; a past year is
        Compliance lastYear = ComplianceCalculator.compute("ledningsradet", 2025, checker, List.of(), List.of(),
                new MeetingPlan(6, null, null), TODAY);
        assertEquals(List.of("CADENCE"), lastYear.violations().stream().map(Violation::rule).toList());
    }

    @Test
    public void invitationsAreDueTheLeadTimeBefore() {
        Body forum = Fixtures.body("hjalpmedelsforum-socialtjanst");
        RuleChecker checker = new RuleChecker(forum, List.of(), Period.ofDays(14));
        MeetingPlan plan = new MeetingPlan(2, 3, Period.ofDays(14));
        List<Meeting> meetings = List.of(
                withAgenda(meeting(1, forum.id(), "2026-03-17", "2026-03-03", List.of(), List.of(), null)), // 14 days
                withAgenda(meeting(2, forum.id(), "2026-09-15", "2026-09-02", List.of(), List.of(), null)), // 13 days
                withAgenda(meeting(3, forum.id(), "2026-10-20", null, List.of(), List.of(), null)), // never sent
                meeting(4, forum.id(), "2026-12-15", null, List.of(), List.of(), null)); // due 2026-12-01: not yet
        Compliance c = ComplianceCalculator.compute(forum.id(), 2026, checker, meetings, List.of(), plan, TODAY);
        assertEquals(1, c.invitationsOnTime());
        assertEquals(2, c.invitationsLate());
        assertEquals(Integer.valueOf(14), c.invitationLeadDays());
        assertEquals(List.of("INVITATION", "INVITATION"), c.violations().stream().map(Violation::rule).toList());
        assertEquals(3, c.meetingsHeld());
    }

    static Meeting withAgenda(Meeting m) {
        return new Meeting(m.id(), m.body(), m.date(), m.invitationSentOn(), "Dagordning", m.attendees(),
                m.minutesSignedBy(), m.supportBy(), m.notes(), m.decisions(), m.violations());
    }

    @Test
    public void tooManyMeetingsBreakTheCadence() {
        Body bg = Fixtures.body("bg-it-stod");
        List<Meeting> nine = new ArrayList<>();
        for (int i = 1; i <= 9; i++) {
            nine.add(meeting(i, bg.id(), "2026-0" + i + "-10", null, List.of(), List.of(), null));
        }
        Compliance c = ComplianceCalculator.compute(bg.id(), 2026, new RuleChecker(bg, List.of()), nine, List.of(),
                new MeetingPlan(6, 8, null), TODAY);
        assertEquals(List.of("CADENCE"), c.violations().stream().map(Violation::rule).toList());
    }

    @Test
    public void noVacanciesBeforeTheRegisterIsKept() {
        assertEquals(List.of(), VacancyFinder.vacancies(Fixtures.body("ledningsradet"), List.of(), TODAY));
    }

    @Test
    public void aResignationLeavesTheSeatVacantFromTheNextDay() {
        Body lr = Fixtures.body("ledningsradet");
        List<Representative> reps = new ArrayList<>(Fixtures.fill(lr, 1));
        assertEquals(List.of(), VacancyFinder.vacancies(lr, reps, TODAY));
        Representative chair = reps.get(0);
        reps.set(0, new Representative(chair.id(), chair.person(), chair.organisation(), chair.body(), chair.seat(),
                null, chair.from(), LocalDate.parse("2026-10-31"), LocalDate.parse("2026-10-01"), null));
        List<Vacancy> v = VacancyFinder.vacancies(lr, reps, TODAY);
        assertEquals(1, v.size());
        assertEquals("ordforande", v.get(0).seat());
        assertEquals(LocalDate.parse("2026-11-01"), v.get(0).since());
        assertEquals(0, v.get(0).filled());
        // announced for later: vacant from the day after the last day
        List<Vacancy> announced = VacancyFinder.vacancies(lr, reps, LocalDate.parse("2026-10-15"));
        assertEquals(LocalDate.parse("2026-11-01"), announced.get(0).since());
    }

    @Test
    public void anEmptySeatInAKeptRegisterIsVacantSinceTheRegisterStarted() {
        Body lr = Fixtures.body("ledningsradet");
        List<Representative> reps = Fixtures.fill(lr, 1).stream().filter(r -> !r.seat().equals("vgr")).toList();
        List<Vacancy> v = VacancyFinder.vacancies(lr, reps, TODAY);
        assertEquals(1, v.size());
        assertEquals("vgr", v.get(0).seat());
        assertEquals(Fixtures.START, v.get(0).since());
        assertEquals(5, v.get(0).count());
    }
}

package se.avtalsvakt.governance.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static se.avtalsvakt.governance.internal.Fixtures.concat;
import static se.avtalsvakt.governance.internal.Fixtures.ids;
import static se.avtalsvakt.governance.internal.Fixtures.meeting;

import java.time.LocalDate;
import java.util.List;

import org.junit.Test;

import se.avtalsvakt.api.governance.Body;
import se.avtalsvakt.api.governance.Decision;
import se.avtalsvakt.api.governance.DecisionOutcome;
import se.avtalsvakt.api.governance.Meeting;
import se.avtalsvakt.api.governance.Representative;
import se.avtalsvakt.api.governance.Side;
import se.avtalsvakt.api.governance.Violation;

public class RuleCheckerTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-11-22");

    private final Body ledningsradet = Fixtures.body("ledningsradet");
    private final List<Representative> lr = Fixtures.fill(ledningsradet, 1);
    private final RuleChecker lrRules = new RuleChecker(ledningsradet, lr);

    private Meeting lrMeeting(int municipal, int region) {
        return meeting(1, "ledningsradet", "2026-03-10", "2026-02-20",
                concat(ids(lr, Side.MUNICIPALITIES, ledningsradet, municipal),
                        ids(lr, Side.REGION, ledningsradet, region)), List.of(), null);
    }

    private static List<String> rules(List<Violation> violations) {
        return violations.stream().map(Violation::rule).toList();
    }

    @Test
    public void ledningsradetHasQuorumWithHalfOfEachSide() {
        // 6 appointed per side (chair + 5, vice chair + 5): 3 each is half
        assertEquals(6, lr.stream().filter(r -> ledningsradet.seat(r.seat()).side() == Side.REGION).count());
        assertTrue(lrRules.quorumMet(lrMeeting(3, 3)));
        assertEquals(List.of(), lrRules.meeting(lrMeeting(3, 3), TODAY));
    }

    @Test
    public void oneMunicipalRepresentativeShortIsNoQuorum() {
        Meeting m = lrMeeting(2, 6);
        assertFalse(lrRules.quorumMet(m));
        List<Violation> v = lrRules.meeting(m, TODAY);
        assertEquals(List.of("QUORUM"), rules(v));
        assertTrue(v.get(0).message(), v.get(0).message().contains("kommunerna 2 av 6 närvarande, 3 krävs"));
    }

    @Test
    public void oneRegionRepresentativeShortIsNoQuorum() {
        Meeting m = lrMeeting(6, 2);
        assertFalse(lrRules.quorumMet(m));
        assertTrue(lrRules.meeting(m, TODAY).get(0).message().contains("VGR 2 av 6 närvarande"));
    }

    @Test
    public void quorumCountsThoseAppointedOnTheDay() {
        // two regional representatives have left before the meeting: 4 appointed, 2 present is half
        List<Representative> reps = new java.util.ArrayList<>(lr);
        List<Long> region = ids(lr, Side.REGION, ledningsradet, 6);
        reps.replaceAll(r -> r.id() == region.get(4) || r.id() == region.get(5)
                ? new Representative(r.id(), r.person(), r.organisation(), r.body(), r.seat(), null, r.from(),
                        LocalDate.parse("2026-02-28"), null, null)
                : r);
        RuleChecker checker = new RuleChecker(ledningsradet, reps);
        assertTrue(checker.quorumMet(lrMeeting(3, 2)));
        assertFalse(checker.quorumMet(lrMeeting(3, 1)));
    }

    @Test
    public void aSideWithNobodyAppointedHasNoQuorum() {
        RuleChecker empty = new RuleChecker(ledningsradet, List.of());
        assertFalse(empty.quorumMet(meeting(1, "ledningsradet", "2026-03-10", null, List.of(), List.of(), null)));
    }

    @Test
    public void aBodyWithoutQuorumRuleHasNoQuorumAnswer() {
        Body bg = Fixtures.body("bg-it-stod");
        assertNull(new RuleChecker(bg, Fixtures.fill(bg, 1)).quorumMet(meeting(1, "bg-it-stod", "2026-03-10", null,
                List.of(), List.of(), null)));
    }

    @Test
    public void aPlannedMeetingBreaksNothingYet() {
        assertEquals(List.of(), lrRules.meeting(meeting(1, "ledningsradet", "2026-12-10", null, List.of(), List.of(),
                null), TODAY));
    }

    @Test
    public void dissentForbidsAdoption() {
        Meeting m = lrMeeting(3, 3);
        assertEquals(List.of("UNANIMITY"), rules(lrRules.decision(decision(DecisionOutcome.ADOPTED, null, null,
                "Skaraborg reserverar sig"), m)));
        assertEquals(List.of(), rules(lrRules.decision(decision(DecisionOutcome.REMITTED, null, null,
                "Skaraborg reserverar sig"), m)));
        assertEquals(List.of(), rules(lrRules.decision(decision(DecisionOutcome.DROPPED, null, null, "x"), m)));
        assertEquals(List.of(), rules(lrRules.decision(decision(DecisionOutcome.ADOPTED, null, null, " "), m)));
    }

    @Test
    public void adoptingWithoutQuorumBreaksTheQuorumRule() {
        assertEquals(List.of("QUORUM"), rules(lrRules.decision(decision(DecisionOutcome.ADOPTED, null, null, null),
                lrMeeting(3, 2))));
        assertEquals(List.of(), rules(lrRules.decision(decision(DecisionOutcome.REMITTED, null, null, null),
                lrMeeting(3, 2))));
    }

    @Test
    public void aBeredningsgruppDecidesItSupportUpTo50000() {
        Body bg = Fixtures.body("bg-it-stod");
        RuleChecker rules = new RuleChecker(bg, Fixtures.fill(bg, 1));
        Meeting m = meeting(1, "bg-it-stod", "2026-03-10", null, List.of(), List.of(), null);
        assertEquals(List.of(), rules(rules.decision(decision(DecisionOutcome.ADOPTED, "IT_SUPPORT_ADAPTATION",
                50_000L, null), m)));
        List<Violation> above = rules.decision(decision(DecisionOutcome.ADOPTED, "IT_SUPPORT_ADAPTATION", 50_001L,
                null), m);
        assertEquals(List.of("MANDATE"), rules(above));
        assertTrue(above.get(0).message(), above.get(0).message().contains("endast förslag till ledningsradet"));
        assertEquals(List.of(), rules(rules.decision(decision(DecisionOutcome.PROPOSED, "IT_SUPPORT_ADAPTATION",
                50_001L, null), m)));
        // the mandate limits IT-support adaptations only
        assertEquals(List.of(), rules(rules.decision(decision(DecisionOutcome.ADOPTED, "ASSORTMENT", 90_000L, null),
                m)));
    }

    @Test
    public void aForumTakesNoDecisions() {
        Body forum = Fixtures.body("hjalpmedelsforum-socialtjanst");
        RuleChecker rules = new RuleChecker(forum, List.of());
        assertEquals(List.of("NO_DECISIONS"), rules(rules.decision(decision(DecisionOutcome.ADOPTED, null, null, null),
                meeting(1, forum.id(), "2026-03-10", null, List.of(), List.of(), null))));
    }

    @Test
    public void politicalMinutesAreSignedByTheChairAndTheOtherSide() {
        Body pbg = Fixtures.body("politisk-beredningsgrupp");
        List<Representative> reps = Fixtures.fill(pbg, 100);
        RuleChecker rules = new RuleChecker(pbg, reps);
        long chair = reps.stream().filter(r -> r.seat().equals("ordforande")).findFirst().orElseThrow().id();
        long municipal = reps.stream().filter(r -> r.seat().equals("kommunerna")).findFirst().orElseThrow().id();
        long region = reps.stream().filter(r -> r.seat().equals("vgr")).findFirst().orElseThrow().id();
        assertEquals(List.of(), rules(rules.meeting(meeting(1, pbg.id(), "2026-03-10", null, List.of(),
                List.of(chair, region), Side.MUNICIPALITIES), TODAY)));
        assertEquals(List.of("MINUTES"), rules(rules.meeting(meeting(1, pbg.id(), "2026-03-10", null, List.of(),
                List.of(chair, municipal), Side.MUNICIPALITIES), TODAY)));
        assertEquals(List.of("MINUTES"), rules(rules.meeting(meeting(1, pbg.id(), "2026-03-10", null, List.of(),
                List.of(municipal, region), Side.MUNICIPALITIES), TODAY)));
        assertEquals(List.of("MINUTES"), rules(rules.meeting(meeting(1, pbg.id(), "2026-03-10", null, List.of(),
                List.of(), Side.MUNICIPALITIES), TODAY)));
    }

    @Test
    public void politicalSupportAlternatesYearly() {
        Body pbg = Fixtures.body("politisk-beredningsgrupp");
        RuleChecker rules = new RuleChecker(pbg, List.of());
        List<Meeting> y2025 = List.of(meeting(1, pbg.id(), "2025-03-10", null, List.of(), List.of(), Side.REGION));
        List<Meeting> y2026Municipal = List.of(
                meeting(2, pbg.id(), "2026-03-10", null, List.of(), List.of(), Side.MUNICIPALITIES),
                meeting(3, pbg.id(), "2026-06-10", null, List.of(), List.of(), Side.MUNICIPALITIES));
        assertEquals(List.of(), rules.support(2026, y2026Municipal, y2025));
        List<Meeting> y2026Region = List.of(meeting(2, pbg.id(), "2026-03-10", null, List.of(), List.of(),
                Side.REGION));
        assertEquals(List.of("SUPPORT_ALTERNATION"), rules(rules.support(2026, y2026Region, y2025)));
        List<Meeting> mixed = List.of(
                meeting(2, pbg.id(), "2026-03-10", null, List.of(), List.of(), Side.MUNICIPALITIES),
                meeting(3, pbg.id(), "2026-06-10", null, List.of(), List.of(), Side.REGION));
        assertEquals(List.of("SUPPORT_ALTERNATION"), rules(rules.support(2026, mixed, List.of())));
    }

    private static Decision decision(DecisionOutcome outcome, String kind, Long amount, String dissent) {
        return new Decision(7, 1, "Fråga", kind, amount, outcome, dissent, List.of());
    }
}

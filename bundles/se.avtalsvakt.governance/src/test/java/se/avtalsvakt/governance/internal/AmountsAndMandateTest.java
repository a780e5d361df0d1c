package se.avtalsvakt.governance.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.Test;

import se.avtalsvakt.api.ValidationException;
import se.avtalsvakt.api.governance.Body;
import se.avtalsvakt.api.governance.Decision;
import se.avtalsvakt.api.governance.DecisionOutcome;
import se.avtalsvakt.api.governance.Meeting;
import se.avtalsvakt.api.governance.Violation;

public class AmountsAndMandateTest {

    private final Body bg = Fixtures.body("bg-it-stod");
    private final RuleChecker rules = new RuleChecker(bg, List.of());
    private final Meeting meeting = Fixtures.meeting(1, bg.id(), "2026-09-01", null, List.of(), List.of(), null);

    private static Decision adopted(Long ore) {
        return new Decision(1, 1, "Anpassning", "IT_SUPPORT_ADAPTATION", null, DecisionOutcome.ADOPTED, null, null,
                null, null).withAmountOre(ore);
    }

    private List<String> broken(Decision d) {
        return rules.decision(d, meeting).stream().map(Violation::rule).toList();
    }

    @Test
    public void kronorAreReadExactlyInOre() {
        assertEquals(5_000_050L, Amounts.ore(new BigDecimal("50000.50"), "amount"));
        assertEquals(5_000_000L, Amounts.ore(new BigDecimal("50000"), "amount"));
        assertEquals(5_000_050L, Amounts.ore("50 000,50", "--amount"));
        assertEquals(5_000_050L, Amounts.ore("50000.5 kr", "--amount"));
        assertEquals("50 000,50 kr", Amounts.kronor(5_000_050L));
        assertEquals("50 000 kr", Amounts.kronor(5_000_000L));
    }

    @Test
    public void moreThanTwoDecimalsOrANegativeAmountIsRefusedNamingTheField() {
        for (String bad : List.of("50000.505", "-1")) {
            try {
                Amounts.ore(new BigDecimal(bad), "amountSek");
                fail(bad);
            } catch (ValidationException e) {
                assertEquals("amountSek", e.problems().get(0).path());
            }
        }
        try {
            Amounts.ore("femtio", "--amount");
            fail();
        } catch (ValidationException e) {
            assertEquals("--amount", e.problems().get(0).path());
        }
    }

    @Test
    public void aDecisionKeepsItsAmountInEveryForm() {
        Decision d = adopted(5_000_050L);
        assertEquals(Long.valueOf(5_000_050L), d.amountOre());
        assertEquals(new BigDecimal("50000.50"), d.amount());
        assertNull("not whole kronor", d.amountSek());
        Decision whole = new Decision(1, 1, "A", null, 50_000L, DecisionOutcome.ADOPTED, null, null);
        assertEquals(Long.valueOf(5_000_000L), whole.amountOre());
    }

    @Test
    public void fiftyThousandKronorAndFiftyOreBreaksTheFiftyThousandMandate() {
        assertEquals(List.of(), broken(adopted(5_000_000L)));
        List<Violation> above = rules.decision(adopted(5_000_050L), meeting);
        assertEquals("MANDATE", above.get(0).rule());
        assertTrue(above.get(0).message(), above.get(0).message().contains("50 000,50 kr")
                && above.get(0).message().contains("50 000 kr"));
    }

    @Test
    public void aMandateLimitedDecisionWithoutAnAmountIsFlagged() {
        List<Violation> none = rules.decision(adopted(null), meeting);
        assertEquals(List.of("MANDATE"), none.stream().map(Violation::rule).toList());
        assertTrue(none.get(0).message(), none.get(0).message().contains("saknar belopp"));
        // not of the mandate's kind, or only proposed: nothing to check
        assertEquals(List.of(), broken(new Decision(1, 1, "Sortiment", "ASSORTMENT", null, DecisionOutcome.ADOPTED,
                null, null)));
        assertEquals(List.of(), broken(new Decision(1, 1, "Anpassning", "IT_SUPPORT_ADAPTATION", null,
                DecisionOutcome.PROPOSED, null, null)));
    }

    @Test
    public void aLateForumInvitationOrOneWithoutAgendaBreaksTheMeeting() {
        Body forum = Fixtures.body("hjalpmedelsforum-socialtjanst");
        RuleChecker forumRules = new RuleChecker(forum, List.of(), java.time.Period.ofDays(14));
        LocalDate today = LocalDate.parse("2026-11-22");
        Meeting late = new Meeting(1, forum.id(), LocalDate.parse("2027-02-16"), LocalDate.parse("2027-02-10"),
                "Nytt sortiment", List.of(), List.of(), null, null, List.of(), List.of());
        assertEquals(List.of("INVITATION"), forumRules.meeting(late, today).stream().map(Violation::rule).toList());
        Meeting noAgenda = new Meeting(1, forum.id(), LocalDate.parse("2027-02-16"), LocalDate.parse("2027-01-29"),
                null, List.of(), List.of(), null, null, List.of(), List.of());
        assertEquals(List.of("AGENDA"), forumRules.meeting(noAgenda, today).stream().map(Violation::rule).toList());
        Meeting inTime = new Meeting(1, forum.id(), LocalDate.parse("2027-02-16"), null, null, List.of(), List.of(),
                null, null, List.of(), List.of());
        assertEquals("still time to invite", List.of(), forumRules.meeting(inTime, today));
        Meeting missed = new Meeting(1, forum.id(), LocalDate.parse("2026-12-01"), null, null, List.of(), List.of(),
                null, null, List.of(), List.of());
        assertEquals(List.of("INVITATION", "AGENDA"), forumRules.meeting(missed, today).stream().map(Violation::rule)
                .toList());
        // a body without an invitation rule
        assertEquals(List.of(), rules.invitation(missed, today));
    }
}

package se.avtalsvakt.governance.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.Test;

import se.avtalsvakt.api.governance.Compliance;
import se.avtalsvakt.api.governance.ComplianceState;
import se.avtalsvakt.governance.internal.ComplianceCalculator.MeetingPlan;

public class MeetingPaceTest {

    private static final LocalDate DECEMBER = LocalDate.parse("2026-12-02");

    @Test
    public void noneOfSixInDecemberIsAtRiskAndNotCompliant() {
        Compliance c = ComplianceCalculator.compute("ledningsradet", 2026,
                new RuleChecker(Fixtures.body("ledningsradet"), List.of()), List.of(), List.of(),
                new MeetingPlan(6, null, null), DECEMBER);
        assertEquals(ComplianceState.AT_RISK, c.state());
        assertEquals("risk", c.stateLabel());
        assertFalse(c.compliant());
        assertTrue(c.violations().isEmpty());
        assertEquals(Integer.valueOf(6), c.meetingsRemaining());
        assertEquals(29, c.daysLeft());
        assertEquals("0 av 6 möten hållna, 6 återstår på 4 veckor", c.summary());
    }

    @Test
    public void twoOfSixWithFourAheadIsAtRiskUnlessTheyArePlanned() {
        MeetingPace pace = MeetingPace.of(2026, 6, 2, 0, LocalDate.parse("2026-11-22"));
        assertEquals(ComplianceState.AT_RISK, pace.state());
        assertEquals("2 av 6 möten hållna, 4 återstår på 5 veckor", pace.summary());
        MeetingPace planned = MeetingPace.of(2026, 6, 2, 4, LocalDate.parse("2026-11-22"));
        assertEquals(ComplianceState.ON_TRACK, planned.state());
        assertEquals("2 av 6 möten hållna, 4 återstår på 5 veckor (4 inplanerade)", planned.summary());
    }

    @Test
    public void keepingPaceWithTheYearIsOnTrack() {
        assertEquals(ComplianceState.ON_TRACK, MeetingPace.of(2026, 6, 3, 0, LocalDate.parse("2026-06-30")).state());
        assertEquals(ComplianceState.AT_RISK, MeetingPace.of(2026, 6, 1, 0, LocalDate.parse("2026-06-30")).state());
        assertEquals(ComplianceState.ON_TRACK, MeetingPace.of(2026, 6, 0, 0, LocalDate.parse("2026-01-20")).state());
    }

    @Test
    public void aPastYearIsMetOrMissedAndAFutureOneOnTrack() {
        MeetingPace missed = MeetingPace.of(2025, 6, 5, 0, DECEMBER);
        assertEquals(ComplianceState.MISSED, missed.state());
        assertEquals("ej uppfyllt", missed.state().label());
        assertEquals(0, missed.daysLeft());
        assertEquals("5 av 6 möten hållna, 1 möte saknades när året tog slut", missed.summary());
        assertEquals(ComplianceState.MET, MeetingPace.of(2025, 6, 6, 0, DECEMBER).state());
        assertEquals("uppfyllt", MeetingPace.of(2026, 4, 4, 0, DECEMBER).state().label());
        assertEquals(ComplianceState.ON_TRACK, MeetingPace.of(2027, 6, 0, 0, DECEMBER).state());
        assertEquals("på väg", ComplianceState.ON_TRACK.label());
    }

    @Test
    public void aBodyWithoutARequirementHasNoState() {
        MeetingPace none = MeetingPace.of(2026, null, 1, 0, DECEMBER);
        assertNull(none.state());
        assertNull(none.remaining());
        assertEquals("1 möte hållet, inget krav på antal möten", none.summary());
        assertEquals("3 dagar", MeetingPace.timeLeft(3));
    }
}

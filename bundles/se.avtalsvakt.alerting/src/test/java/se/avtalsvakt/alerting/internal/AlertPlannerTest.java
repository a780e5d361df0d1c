package se.avtalsvakt.alerting.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.Test;

import se.avtalsvakt.api.alert.AlertState;
import se.avtalsvakt.api.alert.Severity;
import se.avtalsvakt.api.deadline.Deadline;

/**
 * The ladder rules, scan by scan: what is raised, once, with which day, and what is resolved. A small simulator
 * keeps the alerts between scans the way the store does.
 */
public class AlertPlannerTest {

    private static final LocalDate DEADLINE = LocalDate.of(2027, 6, 30);

    private final AlertPlanner planner = new AlertPlanner(AlertRules.defaults());
    private final List<AlertPlanner.Known> alerts = new ArrayList<>();
    private final Map<String, LocalDate> lastScans = new HashMap<>();
    private long nextId = 1;

    private static Deadline notice(LocalDate date) {
        return new Deadline("agreement", "avtal", "Avtalet", "NOTICE_DEADLINE", date, date, "ledningsradet", "Säg upp");
    }

    /** Runs one scan on {@code today} with these items from source "agreement", keeping what it raised. */
    private AlertPlanner.Plan scan(LocalDate today, AlertPlanner.Item... items) {
        return scan(today, AlertPlanner.Late.NONE, items);
    }

    /** As {@link #scan(LocalDate, AlertPlanner.Item...)}, with what the source reports as overdue and recorded. */
    private AlertPlanner.Plan scan(LocalDate today, AlertPlanner.Late late, AlertPlanner.Item... items) {
        Map<String, List<AlertPlanner.Item>> current = new HashMap<>();
        current.put("agreement", List.of(items));
        AlertPlanner.Plan plan = planner.plan(today, lastScans, current, Map.of("agreement", late),
                List.copyOf(alerts));
        for (AlertPlanner.Raise r : plan.raise()) {
            alerts.add(new AlertPlanner.Known(nextId++, r.item().key(), r.threshold(),
                    r.resolution() == null ? AlertState.OPEN : AlertState.RESOLVED));
        }
        for (AlertPlanner.Resolve r : plan.resolve()) {
            alerts.replaceAll(k -> k.id() == r.id() ? new AlertPlanner.Known(k.id(), k.key(), k.threshold(),
                    AlertState.RESOLVED) : k);
        }
        lastScans.put("agreement", today);
        return plan;
    }

    private static AlertPlanner.Item deadline(Deadline d) {
        return new AlertPlanner.Item(d, false);
    }

    private static List<String> thresholds(AlertPlanner.Plan plan) {
        return plan.raise().stream().map(AlertPlanner.Raise::threshold).toList();
    }

    @Test
    public void aDeadlineSeenForTheFirstTimeRaisesOnlyItsLatestStepWithTheDayItFellDue() {
        AlertPlanner.Plan plan = scan(LocalDate.of(2027, 3, 22), deadline(notice(DEADLINE)));
        assertEquals(List.of("180"), thresholds(plan));
        AlertPlanner.Raise r = plan.raise().get(0);
        assertEquals(DEADLINE.minusDays(180), r.raisedFor());
        assertEquals(Severity.INFO, r.severity());
        assertEquals("ledningsradet", r.addressee());
        assertNull(r.resolution());
    }

    @Test
    public void eachStepIsRaisedOnceOnItsDayAndTheEarlierStepIsSuperseded() {
        scan(LocalDate.of(2027, 3, 22), deadline(notice(DEADLINE)));
        assertEquals(List.of(), thresholds(scan(LocalDate.of(2027, 3, 23), deadline(notice(DEADLINE)))));
        assertEquals(List.of(), thresholds(scan(LocalDate.of(2027, 3, 31), deadline(notice(DEADLINE)))));
        AlertPlanner.Plan plan = scan(LocalDate.of(2027, 4, 1), deadline(notice(DEADLINE)));
        assertEquals(List.of("90"), thresholds(plan));
        assertEquals(Severity.WARNING, plan.raise().get(0).severity());
        assertEquals(1, plan.resolve().size());
        assertTrue(plan.resolve().get(0).reason().startsWith("Superseded"));
        // the same day again: nothing
        AlertPlanner.Plan again = scan(LocalDate.of(2027, 4, 1), deadline(notice(DEADLINE)));
        assertEquals(List.of(), thresholds(again));
        assertEquals(List.of(), again.resolve());
    }

    @Test
    public void stepsMissedWhileDownAreAllRaisedWithTheirOwnDaysAndOnlyTheLatestStaysOpen() {
        scan(LocalDate.of(2027, 3, 22), deadline(notice(DEADLINE)));
        // down from 22 March to 25 June: the 90-, 30- and 7-day steps fell due meanwhile
        AlertPlanner.Plan plan = scan(LocalDate.of(2027, 6, 25), deadline(notice(DEADLINE)));
        assertEquals(List.of("90", "30", "7"), thresholds(plan));
        assertEquals(List.of(DEADLINE.minusDays(90), DEADLINE.minusDays(30), DEADLINE.minusDays(7)),
                plan.raise().stream().map(AlertPlanner.Raise::raisedFor).toList());
        assertTrue(plan.raise().get(0).resolution().startsWith("Superseded"));
        assertTrue(plan.raise().get(1).resolution().startsWith("Superseded"));
        assertNull(plan.raise().get(2).resolution());
        assertEquals(Severity.CRITICAL, plan.raise().get(2).severity());
        assertEquals(1, plan.resolve().size()); // the 180-day step of the first scan
    }

    @Test
    public void theDayOfTheDeadlineAndTheDayAfterIt() {
        scan(DEADLINE.minusDays(1), deadline(notice(DEADLINE)));
        assertEquals(List.of("0"), thresholds(scan(DEADLINE, deadline(notice(DEADLINE)))));
        AlertPlanner.Plan passed = scan(DEADLINE.plusDays(1), deadline(notice(DEADLINE)));
        assertEquals(List.of("passed"), thresholds(passed));
        assertEquals(DEADLINE.plusDays(1), passed.raise().get(0).raisedFor());
        assertEquals(Severity.CRITICAL, passed.raise().get(0).severity());
        assertEquals(List.of(), thresholds(scan(DEADLINE.plusDays(30), deadline(notice(DEADLINE)))));
    }

    @Test
    public void aDeadlineThatIsMetOrMovedResolvesItsAlertsAndTheNewOneStartsItsLadder() {
        scan(LocalDate.of(2027, 4, 1), deadline(notice(DEADLINE)));
        // a notice was given: the source no longer reports this deadline, but the next term's one
        LocalDate next = DEADLINE.plusYears(3);
        AlertPlanner.Plan plan = scan(LocalDate.of(2027, 4, 2), deadline(notice(next)));
        assertEquals(1, plan.resolve().size());
        assertEquals(AlertPlanner.MET_OR_GONE, plan.resolve().get(0).reason());
        assertEquals(List.of(), thresholds(plan)); // the next deadline's first step is 540 days before it
        assertEquals(List.of("540"), thresholds(scan(next.minusDays(540), deadline(notice(next)))));
    }

    @Test
    public void alertsOfASourceThatDidNotAnswerAreLeftAlone() {
        scan(LocalDate.of(2027, 4, 1), deadline(notice(DEADLINE)));
        AlertPlanner.Plan plan = planner.plan(LocalDate.of(2027, 4, 2), lastScans, Map.of(), List.copyOf(alerts));
        assertEquals(List.of(), plan.resolve());
        assertEquals(List.of(), plan.raise());
    }

    @Test
    public void aLadderWithoutAPassedStepResolvesTheDayAfter() {
        Deadline termEnd = new Deadline("agreement", "avtal", "Avtalet", "TERM_END", DEADLINE, DEADLINE,
                "ledningsradet", "Perioden slutar");
        scan(DEADLINE.minusDays(1), deadline(termEnd));
        assertEquals(List.of("0"), thresholds(scan(DEADLINE, deadline(termEnd))));
        AlertPlanner.Plan after = scan(DEADLINE.plusDays(1), deadline(termEnd));
        assertEquals(List.of(), thresholds(after));
        assertEquals(List.of(AlertPlanner.DAY_PASSED), after.resolve().stream().map(AlertPlanner.Resolve::reason)
                .toList());
    }

    @Test
    public void aTermEndMissedWhileDownIsRaisedAlreadyResolved() {
        Deadline termEnd = new Deadline("agreement", "avtal", "Avtalet", "TERM_END", DEADLINE, DEADLINE,
                "ledningsradet", "Perioden slutar");
        scan(DEADLINE.minusDays(100), deadline(termEnd));
        AlertPlanner.Plan plan = scan(DEADLINE.plusDays(2), deadline(termEnd));
        assertEquals(List.of("90", "30", "0"), thresholds(plan));
        assertEquals(AlertPlanner.DAY_PASSED, plan.raise().get(2).resolution());
    }

    @Test
    public void anEventIsRaisedOnItsDayAsNewsAndStaysOpenUntilSomeoneAcknowledgesIt() {
        LocalDate renewed = LocalDate.of(2028, 1, 1);
        AlertPlanner.Item event = new AlertPlanner.Item(new Deadline("agreement", "avtal", "Avtalet",
                "AGREEMENT_RENEWED", renewed, renewed, "ledningsradet", "Förlängt"), true);
        scan(renewed.minusDays(1));
        AlertPlanner.Plan plan = scan(renewed.plusDays(2), event); // down on the day itself
        assertEquals(List.of("0"), thresholds(plan));
        assertEquals(renewed, plan.raise().get(0).raisedFor());
        assertEquals(Severity.INFO, plan.raise().get(0).severity());
        assertEquals(List.of(), scan(renewed.plusDays(10), event).resolve());
    }

    @Test
    public void historyIsNotRaised() {
        // a deadline long past, reported because an older alert keeps the window open
        AlertPlanner.Plan plan = scan(LocalDate.of(2027, 4, 1), deadline(notice(LocalDate.of(2024, 6, 30))));
        assertEquals(List.of(), thresholds(plan));
    }

    @Test
    public void aDeadlineWithoutAnOwnerGoesToTheDefaultAddresseeAndRoutesApply() {
        AlertRules rules = AlertRules.from(Map.of("route.ledningsradet", "samordningsfunktionen"), "30,0,passed",
                "0", "hjalpmedelsforum-norra", 90, 7);
        assertEquals("samordningsfunktionen", rules.addressee("ledningsradet"));
        assertEquals("hjalpmedelsforum-norra", rules.addressee(null));
        assertEquals("sro", rules.addressee("sro"));
    }

    @Test
    public void laddersComeFromTheConfigurationAndErrorsNameTheSetting() {
        AlertRules rules = AlertRules.from(Map.of("ladder.DELIVERY_CHECK", "passed, 2 ,0"), "30,0", "0", "x", 90, 7);
        assertEquals("2,0,passed", rules.ladder("DELIVERY_CHECK", false).toString());
        assertEquals("540,365,180,90,30,7,0,passed", rules.ladder("NOTICE_DEADLINE", false).toString());
        assertEquals("30,0", rules.ladder("OTHER", false).toString());
        assertEquals(540, rules.maxLead());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> AlertRules.from(Map.of("ladder.TERM_END", "90,soon"), "30", "0", "x", 90, 7));
        assertEquals("ladder.TERM_END: 'soon' is not a step; write days before the deadline (0 or more) or 'passed'",
                e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Ladder.parse("-5", "defaultLadder"));
        assertThrows(IllegalArgumentException.class, () -> Ladder.parse(" , ", "defaultLadder"));
    }

    private static AlertPlanner.Late overdue(Deadline... deadlines) {
        return new AlertPlanner.Late(List.of(deadlines), List.of());
    }

    private static AlertPlanner.Late recorded(Deadline... events) {
        return new AlertPlanner.Late(List.of(), List.of(events));
    }

    private static Deadline evaluation(LocalDate due) {
        return new Deadline("agreement", "skola/utvardering", "Utvärdering", "OBLIGATION_DUE", due, due,
                "ledningsradet", "Utvärdera");
    }

    private List<AlertState> states() {
        return alerts.stream().map(AlertPlanner.Known::state).toList();
    }

    @Test
    public void anOverdueDeadlineRaisesOneOverdueAlertWhenFirstSeenHoweverOld() {
        LocalDate today = LocalDate.of(2026, 12, 2);
        Deadline old = evaluation(LocalDate.of(2024, 6, 1));
        AlertPlanner.Plan first = scan(today, overdue(old));
        assertEquals(List.of("overdue"), thresholds(first));
        AlertPlanner.Raise r = first.raise().get(0);
        assertEquals(today, r.raisedFor());
        assertEquals(Severity.CRITICAL, r.severity());
        assertEquals("ledningsradet", r.addressee());
        assertNull(r.resolution());
        // seen again, the next day and a year later: nothing new, nothing resolved
        assertEquals(List.of(), thresholds(scan(today.plusDays(1), overdue(old))));
        AlertPlanner.Plan later = scan(today.plusYears(1), overdue(old));
        assertEquals(List.of(), thresholds(later));
        assertEquals(List.of(), later.resolve());
    }

    @Test
    public void anOverdueAlertIsResolvedWhenTheSourceNoLongerReportsItAndNeverRaisedAgain() {
        LocalDate today = LocalDate.of(2026, 12, 2);
        Deadline old = evaluation(LocalDate.of(2025, 6, 30));
        scan(today, overdue(old));
        AlertPlanner.Plan met = scan(today.plusDays(3), AlertPlanner.Late.NONE);
        assertEquals(List.of(AlertPlanner.NO_LONGER_OVERDUE),
                met.resolve().stream().map(AlertPlanner.Resolve::reason).toList());
        // reported overdue again (the fulfilment was withdrawn): one alert per deadline, ever
        assertEquals(List.of(), thresholds(scan(today.plusDays(4), overdue(old))));
    }

    @Test
    public void anOverdueAlertOfASourceThatDidNotAnswerIsLeftAlone() {
        LocalDate today = LocalDate.of(2026, 12, 2);
        scan(today, overdue(evaluation(LocalDate.of(2025, 6, 30))));
        AlertPlanner.Plan plan = planner.plan(today.plusDays(1), lastScans, Map.of(), Map.of(), List.copyOf(alerts));
        assertEquals(List.of(), plan.resolve());
    }

    @Test
    public void noOverdueAlertWhenThePassedStepWasRaisedAndThePassedStepStandsWhileOverdue() {
        Deadline due = evaluation(DEADLINE);
        scan(DEADLINE, deadline(due));
        AlertPlanner.Plan passed = scan(DEADLINE.plusDays(1), overdue(due), deadline(due));
        assertEquals(List.of("passed"), thresholds(passed)); // raised through the ladder, not also as overdue
        // later the source reports it only as overdue, no longer in its window: the passed alert stays open
        AlertPlanner.Plan later = scan(DEADLINE.plusDays(40), overdue(due));
        assertEquals(List.of(), thresholds(later));
        assertEquals(List.of(), later.resolve());
        assertEquals(AlertState.OPEN, states().get(states().size() - 1));
    }

    @Test
    public void anOverdueAlertSupersedesTheEarlierStepsOfItsDeadline() {
        Deadline termEnd = new Deadline("agreement", "avtal", "Avtalet", "TERM_END", DEADLINE, DEADLINE,
                "ledningsradet", "Perioden slutar");
        scan(DEADLINE, deadline(termEnd)); // the 0 step
        AlertPlanner.Plan plan = scan(DEADLINE.plusDays(10), overdue(termEnd), deadline(termEnd));
        assertEquals(List.of("overdue"), thresholds(plan));
        assertEquals(1, plan.resolve().size());
        assertTrue(plan.resolve().get(0).reason().startsWith("Superseded"));
    }

    @Test
    public void anEventRecordedLateIsRaisedOnceWithItsOwnDate() {
        LocalDate today = LocalDate.of(2026, 12, 2);
        LocalDate received = today.minusDays(7);
        Deadline notice = new Deadline("agreement", "avtal/lilla-edet", "Avtalet", "NOTICE_RECEIVED", received,
                received, "ledningsradet", "Uppsägning från Lilla Edet");
        scan(today.minusDays(1)); // the last scan: the notice was not recorded yet
        AlertPlanner.Plan plan = scan(today, recorded(notice));
        assertEquals(List.of("0"), thresholds(plan));
        assertEquals(received, plan.raise().get(0).raisedFor());
        assertEquals(Severity.INFO, plan.raise().get(0).severity());
        assertNull(plan.raise().get(0).resolution());
        // the next scan sees it through events() (its date is now in the window) and again as recorded: once
        AlertPlanner.Item asEvent = new AlertPlanner.Item(notice, true);
        AlertPlanner.Plan again = scan(today, recorded(notice), asEvent);
        assertEquals(List.of(), thresholds(again));
        assertEquals(List.of(), again.resolve());
    }

    @Test
    public void anEventRaisedThroughEventsIsNotRaisedAgainWhenAlsoReportedAsRecorded() {
        LocalDate day = LocalDate.of(2026, 12, 2);
        Deadline renewed = new Deadline("agreement", "avtal", "Avtalet", "AGREEMENT_RENEWED", day, day,
                "ledningsradet", "Förlängt");
        AlertPlanner.Plan plan = scan(day, recorded(renewed), new AlertPlanner.Item(renewed, true));
        assertEquals(List.of("0"), thresholds(plan));
    }

    @Test
    public void anEventRecordedAheadOfItsDateWaitsForItsDay() {
        LocalDate today = LocalDate.of(2026, 12, 2);
        Deadline ends = new Deadline("agreement", "avtal", "Avtalet", "AGREEMENT_ENDED", today.plusDays(3),
                today.plusDays(3), "ledningsradet", "Upphör");
        assertEquals(List.of(), thresholds(scan(today, recorded(ends))));
    }

    @Test
    public void aSaturdayDeadlinePassesOnSundayAndItsEarlierStepsCountFromFriday() {
        LocalDate saturday = LocalDate.of(2026, 11, 28);
        LocalDate friday = LocalDate.of(2026, 11, 27);
        Deadline d = new Deadline("agreement", "avtal", "Avtalet", "NOTICE_DEADLINE", saturday, friday,
                "ledningsradet", "Säg upp");
        scan(friday.minusDays(1), deadline(d));
        AlertPlanner.Plan onFriday = scan(friday, deadline(d));
        assertEquals(List.of("0"), thresholds(onFriday));
        assertEquals(friday, onFriday.raise().get(0).raisedFor());
        // Saturday is the contractual last day: still on time
        AlertPlanner.Plan onSaturday = scan(saturday, deadline(d));
        assertEquals(List.of(), thresholds(onSaturday));
        assertEquals(List.of(), onSaturday.resolve());
        AlertPlanner.Plan onSunday = scan(saturday.plusDays(1), deadline(d));
        assertEquals(List.of("passed"), thresholds(onSunday));
        assertEquals(LocalDate.of(2026, 11, 29), onSunday.raise().get(0).raisedFor());
    }

    @Test
    public void thePassedStepIsNotLostWhenTheScanBeforeWasOnTheLastDay() {
        // Easter 2027: Monday 29 March is a holiday; its practical date is Thursday 25 March
        LocalDate monday = LocalDate.of(2027, 3, 29);
        LocalDate thursday = LocalDate.of(2027, 3, 25);
        Deadline d = new Deadline("agreement", "avtal", "Avtalet", "NOTICE_DEADLINE", monday, thursday,
                "ledningsradet", "Säg upp");
        scan(monday, deadline(d));
        AlertPlanner.Plan tuesday = scan(monday.plusDays(1), deadline(d));
        assertEquals(List.of("passed"), thresholds(tuesday));
        assertEquals(monday.plusDays(1), tuesday.raise().get(0).raisedFor());
        assertTrue(AlertPlanner.windowStart(monday.plusDays(1), Map.of("agreement", monday)).isBefore(thursday));
    }

    @Test
    public void aLadderWithoutAPassedStepResolvesTheDayAfterTheContractualLastDay() {
        LocalDate saturday = LocalDate.of(2026, 11, 28);
        LocalDate friday = LocalDate.of(2026, 11, 27);
        Deadline termEnd = new Deadline("agreement", "avtal", "Avtalet", "TERM_END", saturday, friday,
                "ledningsradet", "Perioden slutar");
        scan(friday, deadline(termEnd));
        assertEquals(List.of(), scan(saturday, deadline(termEnd)).resolve());
        assertEquals(List.of(AlertPlanner.DAY_PASSED), scan(saturday.plusDays(1), deadline(termEnd)).resolve()
                .stream().map(AlertPlanner.Resolve::reason).toList());
    }

    @Test
    public void partiesLeavingAndUncheckedDeliveriesHaveLaddersOfTheirOwn() {
        AlertRules rules = AlertRules.defaults();
        assertEquals("90,30,0", rules.ladder("PARTY_LEAVES", false).toString());
        assertEquals("90,30,0", rules.ladder("PARTY_LEAVES_OWN", false).toString());
        assertEquals("passed", rules.ladder("DELIVERIES_UNCHECKED", false).toString());
    }
}

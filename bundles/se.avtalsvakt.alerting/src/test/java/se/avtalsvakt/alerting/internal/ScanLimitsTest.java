package se.avtalsvakt.alerting.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertSame;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.Test;

import se.avtalsvakt.api.alert.AlertState;
import se.avtalsvakt.api.alert.Severity;
import se.avtalsvakt.api.deadline.Deadline;

/** The cap per kind and scan, on plans made by hand. */
public class ScanLimitsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    private static AlertPlanner.Item item(String source, String kind, String subject, int days) {
        LocalDate date = TODAY.plusDays(days);
        return new AlertPlanner.Item(new Deadline(source, subject, subject, kind, date, date, "vgr", "x"), false);
    }

    private static AlertPlanner.Raise raise(AlertPlanner.Item item, String step) {
        return new AlertPlanner.Raise(item, step, TODAY, Severity.WARNING, "vgr", null);
    }

    private static List<String> subjects(AlertPlanner.Plan plan) {
        return plan.raise().stream().map(r -> r.item().deadline().subject() + ":" + r.threshold()).toList();
    }

    @Test
    public void aPlanWithinTheCapIsLeftAsItIs() {
        AlertPlanner.Plan plan = new AlertPlanner.Plan(List.of(raise(item("s", "K", "a", 3), "7"),
                raise(item("s", "K", "b", 2), "7")), List.of(new AlertPlanner.Resolve(9, AlertPlanner.MET_OR_GONE)));
        ScanLimits.Capped capped = ScanLimits.cap(plan, List.of(), 2);
        assertSame(plan, capped.plan());
        assertEquals(Map.of(), capped.deferred());
        assertEquals(Set.of(), capped.cutSources());
    }

    @Test
    public void theEarliestDueOfAKindAreRaisedAndOtherKindsAreCountedApart() {
        List<AlertPlanner.Raise> raise = new ArrayList<>();
        for (int days = 10; days >= 1; days--) {
            raise.add(raise(item("supplier", "DELIVERIES_UNCHECKED", "d" + days, days), "passed"));
        }
        raise.add(raise(item("agreement", "NOTICE_DEADLINE", "n1", 30), "30"));
        ScanLimits.Capped capped = ScanLimits.cap(new AlertPlanner.Plan(raise, List.of()), List.of(), 3);

        assertEquals(List.of("d3:passed", "d2:passed", "d1:passed", "n1:30"), subjects(capped.plan()));
        assertEquals(Map.of("DELIVERIES_UNCHECKED", 7), capped.deferred());
        assertEquals(7, capped.deferredCount());
        assertEquals(Set.of("supplier"), capped.cutSources());
    }

    @Test
    public void aDeadlinesStepsStayTogetherAndItsOpenAlertIsNotSupersededByAStepLeftForLater() {
        AlertPlanner.Item early = item("s", "K", "early", 1);
        AlertPlanner.Item late = item("s", "K", "late", 5);
        // "late" had its step 30 open; this scan would raise 7 and 0 (missed) and so supersede the 30
        AlertPlanner.Known open30 = new AlertPlanner.Known(41, late.key(), "30", AlertState.OPEN);
        AlertPlanner.Known gone = new AlertPlanner.Known(42, item("s", "K", "gone", 9).key(), "7", AlertState.OPEN);
        AlertPlanner.Plan plan = new AlertPlanner.Plan(
                List.of(raise(late, "7"), raise(late, "0"), raise(early, "7"), raise(early, "0")),
                List.of(new AlertPlanner.Resolve(41, AlertPlanner.SUPERSEDED),
                        new AlertPlanner.Resolve(42, AlertPlanner.MET_OR_GONE)));

        ScanLimits.Capped capped = ScanLimits.cap(plan, List.of(open30, gone), 3);

        assertEquals(List.of("early:7", "early:0"), subjects(capped.plan()));
        assertEquals(List.of(42L), capped.plan().resolve().stream().map(AlertPlanner.Resolve::id).toList());
        assertEquals(Map.of("K", 2), capped.deferred());
    }

    @Test
    public void oneDeadlineWithMoreStepsThanTheCapIsStillRaised() {
        AlertPlanner.Item big = item("s", "K", "big", 1);
        AlertPlanner.Plan plan = new AlertPlanner.Plan(List.of(raise(big, "30"), raise(big, "7"), raise(big, "0"),
                raise(item("s", "K", "next", 2), "0")), List.of());
        ScanLimits.Capped capped = ScanLimits.cap(plan, List.of(), 2);
        assertEquals(List.of("big:30", "big:7", "big:0"), subjects(capped.plan()));
        assertEquals(Map.of("K", 1), capped.deferred());
    }

    @Test
    public void raisesAreCountedPerKind() {
        assertEquals(Map.of("A", 2, "B", 1), ScanLimits.byKind(List.of(raise(item("s", "A", "x", 1), "0"),
                raise(item("s", "B", "y", 1), "0"), raise(item("s", "A", "z", 1), "0"))));
    }
}

package se.avtalsvakt.evaluation.internal;

import static org.junit.Assert.assertEquals;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;

import org.junit.Test;

import se.avtalsvakt.api.obligation.Fulfilment;
import se.avtalsvakt.api.obligation.ObligationKind;
import se.avtalsvakt.api.obligation.ObligationPlan;
import se.avtalsvakt.api.obligation.Occurrence;
import se.avtalsvakt.api.obligation.OccurrenceState;
import se.avtalsvakt.api.obligation.ScheduleType;

public class OccurrenceCalculatorTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-11-22");

    private final OccurrenceCalculator calculator = new OccurrenceCalculator(TODAY, 60, id -> null);

    private static ObligationPlan recurring() {
        return new ObligationPlan("eval", "Evaluation", ObligationKind.EVALUATION, "a", null, "ledningsradet",
                ScheduleType.RECURRING, null, LocalDate.parse("2019-06-30"), null, Period.ofYears(3), null, null,
                null, null, null, null, List.of(), null);
    }

    private static ObligationPlan meetings() {
        return new ObligationPlan("m", "Meetings", ObligationKind.MEETINGS, null, "ledningsradet", "ledningsradet",
                ScheduleType.COUNT_PER_YEAR, null, null, null, null, null, 2, 3, null,
                LocalDate.parse("2026-01-01"), null, List.of(), null);
    }

    private static Fulfilment done(String occurrence) {
        return new Fulfilment(1, occurrence, TODAY, "Dnr 1", "x", null, List.of(), null);
    }

    @Test
    public void statesFollowTodayAndFulfilments() {
        List<Occurrence> found = calculator.occurrences(List.of(recurring()),
                List.of(done("eval:2022-06-30")), LocalDate.parse("2019-01-01"), LocalDate.parse("2032-12-31"));
        assertEquals(List.of("eval:2019-06-30", "eval:2022-06-30", "eval:2025-06-30", "eval:2028-06-30",
                "eval:2031-06-30"), found.stream().map(Occurrence::id).toList());
        assertEquals(List.of(OccurrenceState.OVERDUE, OccurrenceState.FULFILLED, OccurrenceState.OVERDUE,
                OccurrenceState.UPCOMING, OccurrenceState.UPCOMING), found.stream().map(Occurrence::state).toList());
    }

    @Test
    public void dueWithinTheConfiguredDays() {
        ObligationPlan p = meetings();
        assertEquals(OccurrenceState.DUE, calculator.state(p, LocalDate.parse("2026-12-31"), 0));
        assertEquals(OccurrenceState.DUE, calculator.state(p, TODAY, 0));
        assertEquals(OccurrenceState.DUE, calculator.state(p, TODAY.plusDays(60), 0));
        assertEquals(OccurrenceState.UPCOMING, calculator.state(p, TODAY.plusDays(61), 0));
        assertEquals(OccurrenceState.OVERDUE, calculator.state(p, TODAY.minusDays(1), 1));
    }

    @Test
    public void aCountNeedsItsMinimum() {
        ObligationPlan p = meetings();
        assertEquals(OccurrenceState.OVERDUE, calculator.state(p, LocalDate.parse("2025-12-31"), 1));
        assertEquals(OccurrenceState.FULFILLED, calculator.state(p, LocalDate.parse("2025-12-31"), 2));
        Occurrence o = calculator.occurrences(List.of(p), List.of(done("m:2026-12-31")), TODAY, TODAY.plusYears(1))
                .get(0);
        assertEquals(2, o.required());
        assertEquals(Integer.valueOf(3), o.maximum());
        assertEquals(1, o.fulfilments().size());
    }
}

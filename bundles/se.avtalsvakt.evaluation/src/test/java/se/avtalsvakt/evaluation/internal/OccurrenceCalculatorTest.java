package se.avtalsvakt.evaluation.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Period;
import java.util.List;
import java.util.Map;

import org.junit.Test;

import se.avtalsvakt.api.obligation.Fulfilment;
import se.avtalsvakt.api.obligation.ObligationKind;
import se.avtalsvakt.api.obligation.ObligationPlan;
import se.avtalsvakt.api.obligation.Occurrence;
import se.avtalsvakt.api.obligation.OccurrenceState;
import se.avtalsvakt.api.obligation.ScheduleType;

public class OccurrenceCalculatorTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-11-22");

    private final OccurrenceCalculator calculator = new OccurrenceCalculator(TODAY, 60, p -> PlanLife.OPEN);

    static ObligationPlan recurring(boolean stopsAtNotice) {
        return new ObligationPlan("eval", "Evaluation", ObligationKind.EVALUATION, "a", null, "ledningsradet",
                ScheduleType.RECURRING, null, LocalDate.parse("2019-06-30"), null, Period.ofYears(3), null, null,
                null, null, null, null, List.of(), null, stopsAtNotice);
    }

    static ObligationPlan yearly() {
        return new ObligationPlan("econ", "Follow-up", ObligationKind.FOLLOW_UP, "a", null, "ledningsradet",
                ScheduleType.YEARLY, null, null, null, null, MonthDay.of(12, 31), null, null, null,
                LocalDate.parse("2026-01-01"), null, List.of(), null, false);
    }

    private static ObligationPlan meetings() {
        return new ObligationPlan("m", "Meetings", ObligationKind.MEETINGS, null, "ledningsradet", "ledningsradet",
                ScheduleType.COUNT_PER_YEAR, null, null, null, null, null, 2, 3, null,
                LocalDate.parse("2026-01-01"), null, List.of(), null);
    }

    private static Fulfilment done(String occurrence) {
        return new Fulfilment(1, occurrence, TODAY, "Dnr 1", "x", null, List.of(), null);
    }

    private static OccurrenceCalculator.Recorded recorded(Fulfilment... fulfilments) {
        return OccurrenceCalculator.Recorded.from(List.of(fulfilments));
    }

    @Test
    public void statesFollowTodayAndFulfilments() {
        List<Occurrence> found = calculator.occurrences(List.of(recurring(false)),
                recorded(done("eval:2022-06-30")), LocalDate.parse("2019-01-01"), LocalDate.parse("2032-12-31"), null);
        assertEquals(List.of("eval:2019-06-30", "eval:2022-06-30", "eval:2025-06-30", "eval:2028-06-30",
                "eval:2031-06-30"), found.stream().map(Occurrence::id).toList());
        assertEquals(List.of(OccurrenceState.OVERDUE, OccurrenceState.FULFILLED, OccurrenceState.OVERDUE,
                OccurrenceState.UPCOMING, OccurrenceState.UPCOMING), found.stream().map(Occurrence::state).toList());
    }

    @Test
    public void dueWithinTheConfiguredDays() {
        ObligationPlan p = meetings();
        PlanLife open = PlanLife.OPEN;
        assertEquals(OccurrenceState.DUE, calculator.state(p, open, LocalDate.parse("2026-12-31"), 0));
        assertEquals(OccurrenceState.DUE, calculator.state(p, open, TODAY, 0));
        assertEquals(OccurrenceState.DUE, calculator.state(p, open, TODAY.plusDays(60), 0));
        assertEquals(OccurrenceState.UPCOMING, calculator.state(p, open, TODAY.plusDays(61), 0));
        assertEquals(OccurrenceState.OVERDUE, calculator.state(p, open, TODAY.minusDays(1), 1));
    }

    @Test
    public void aCountNeedsItsMinimum() {
        ObligationPlan p = meetings();
        assertEquals(OccurrenceState.OVERDUE, calculator.state(p, PlanLife.OPEN, LocalDate.parse("2025-12-31"), 1));
        assertEquals(OccurrenceState.FULFILLED, calculator.state(p, PlanLife.OPEN, LocalDate.parse("2025-12-31"), 2));
        Occurrence o = calculator.occurrences(List.of(p), recorded(done("m:2026-12-31")), TODAY, TODAY.plusYears(1),
                null).get(0);
        assertEquals(2, o.required());
        assertEquals(Integer.valueOf(3), o.maximum());
        assertEquals(1, o.fulfilments().size());
    }

    @Test
    public void nothingIsDueAfterTheAgreementEnds() {
        // the agreement ends 2029-09-30 (a notice from a party whose notice ends it for all)
        PlanLife ended = new PlanLife(null, LocalDate.parse("2029-09-30"), null, null);
        OccurrenceCalculator c = new OccurrenceCalculator(TODAY, 60, p -> ended);
        List<Occurrence> found = c.occurrences(List.of(recurring(false), yearly()), recorded(),
                LocalDate.parse("2019-01-01"), LocalDate.parse("2035-12-31"), null);
        assertEquals(List.of("eval:2019-06-30", "eval:2022-06-30", "eval:2025-06-30", "econ:2026-12-31",
                "econ:2027-12-31", "eval:2028-06-30", "econ:2028-12-31"), found.stream().map(Occurrence::id).toList());
        // an occurrence after the end is no occurrence at all
        assertNull(c.schedule(yearly(), LocalDate.parse("2029-12-31")));
        assertTrue(c.schedule(yearly(), LocalDate.parse("2028-12-31")).isDueDate(LocalDate.parse("2028-12-31")));
    }

    @Test
    public void aNoticeCancelsLaterEvaluationsWithItsReasonWhileTheFollowUpRunsToTheEnd() {
        PlanLife noticed = new PlanLife(null, LocalDate.parse("2032-09-30"), LocalDate.parse("2025-03-01"),
                "Inställd: avtalet är uppsagt av Västra Götalandsregionen");
        OccurrenceCalculator c = new OccurrenceCalculator(TODAY, 60,
                p -> p.stopsAtNotice() ? noticed : new PlanLife(null, noticed.lastDay(), null, null));
        List<Occurrence> found = c.occurrences(List.of(recurring(true), yearly()), recorded(done("eval:2028-06-30")),
                LocalDate.parse("2019-01-01"), LocalDate.parse("2035-12-31"), null);
        Map<String, Occurrence> byId = new java.util.HashMap<>();
        found.forEach(o -> byId.put(o.id(), o));
        assertEquals(OccurrenceState.OVERDUE, byId.get("eval:2022-06-30").state());
        assertNull(byId.get("eval:2022-06-30").cancelledReason());
        assertEquals(OccurrenceState.CANCELLED, byId.get("eval:2025-06-30").state());
        assertEquals(noticed.cancelledReason(), byId.get("eval:2025-06-30").cancelledReason());
        assertEquals(OccurrenceState.CANCELLED, byId.get("eval:2031-06-30").state());
        // done anyway: fulfilled, not cancelled
        assertEquals(OccurrenceState.FULFILLED, byId.get("eval:2028-06-30").state());
        // the follow-up runs to the end, and no further
        assertEquals(List.of("econ:2026-12-31", "econ:2027-12-31", "econ:2028-12-31", "econ:2029-12-31",
                "econ:2030-12-31", "econ:2031-12-31"), found.stream().filter(o -> o.plan().equals("econ"))
                        .map(Occurrence::id).toList());
        assertTrue(found.stream().filter(o -> o.plan().equals("econ"))
                .noneMatch(o -> o.state() == OccurrenceState.CANCELLED));
        assertTrue(found.stream().noneMatch(o -> o.dueDate().isAfter(LocalDate.parse("2032-09-30"))));
    }

    @Test
    public void theOverdueListingStartsAtEachPlansFirstOccurrence() {
        List<Occurrence> overdue = calculator.occurrences(List.of(recurring(false), yearly(), meetings()),
                recorded(done("eval:2022-06-30")), null, TODAY, OccurrenceState.OVERDUE);
        assertEquals(List.of("eval:2019-06-30", "eval:2025-06-30"), overdue.stream().map(Occurrence::id).toList());
        // without a state, the same window lists everything from the first occurrence up to the end given
        assertEquals(List.of("eval:2019-06-30", "eval:2022-06-30", "eval:2025-06-30"),
                calculator.occurrences(List.of(recurring(false)), recorded(), null, TODAY, null).stream()
                        .map(Occurrence::id).toList());
    }

    @Test
    public void onlyTheListedOccurrencesHaveTheirFulfilmentsRead() {
        List<String> read = new java.util.ArrayList<>();
        OccurrenceCalculator.Recorded counted = new OccurrenceCalculator.Recorded() {
            @Override
            public int count(String id) {
                return id.equals("m:2025-12-31") ? 1 : id.equals("m:2024-12-31") ? 2 : 0;
            }

            @Override
            public List<Fulfilment> of(String id) {
                read.add(id);
                return List.of(done(id));
            }
        };
        ObligationPlan m = new ObligationPlan("m", "Meetings", ObligationKind.MEETINGS, null, "ledningsradet",
                "ledningsradet", ScheduleType.COUNT_PER_YEAR, null, null, null, null, null, 2, 3, null,
                LocalDate.parse("2024-01-01"), null, List.of(), null);
        List<Occurrence> overdue = calculator.occurrences(List.of(m), counted, null, TODAY, OccurrenceState.OVERDUE);
        assertEquals(List.of("m:2025-12-31"), overdue.stream().map(Occurrence::id).toList());
        assertEquals(List.of("m:2025-12-31"), read);
    }
}

package se.avtalsvakt.evaluation.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.Test;

import se.avtalsvakt.api.calendar.WorkingDayCalendar;
import se.avtalsvakt.api.deadline.Deadline;
import se.avtalsvakt.api.obligation.Fulfilment;
import se.avtalsvakt.api.obligation.ObligationKind;
import se.avtalsvakt.api.obligation.ObligationService;
import se.avtalsvakt.api.obligation.Occurrence;
import se.avtalsvakt.api.obligation.OccurrenceFilter;
import se.avtalsvakt.api.obligation.OccurrenceState;
import se.avtalsvakt.api.organisation.Organisation;
import se.avtalsvakt.api.organisation.OrganisationKind;
import se.avtalsvakt.api.organisation.OrganisationService;

public class ObligationDeadlineSourceTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-11-22");

    private static Occurrence occurrence(String id, ObligationKind kind, String due, OccurrenceState state,
            int done) {
        List<Fulfilment> fulfilments = java.util.stream.IntStream.range(0, done)
                .mapToObj(i -> new Fulfilment(i, id, TODAY, null, "x", null, List.of(), null)).toList();
        return new Occurrence(id, id.substring(0, id.indexOf(':')), "Titel", kind, "avtal", null, "ledningsradet",
                LocalDate.parse(due), state, kind == ObligationKind.MEETINGS ? 6 : 1, null, fulfilments,
                state == OccurrenceState.CANCELLED ? "Inställd: uppsagt" : null);
    }

    private static final List<Occurrence> WINDOW = List.of(
            occurrence("eval:2025-06-29", ObligationKind.EVALUATION, "2025-06-29", OccurrenceState.OVERDUE, 0),
            occurrence("later:2025-06-30", ObligationKind.EVALUATION, "2025-06-30", OccurrenceState.CANCELLED, 0),
            occurrence("econ:2025-12-31", ObligationKind.FOLLOW_UP, "2025-12-31", OccurrenceState.FULFILLED, 1),
            occurrence("m:2025-12-31", ObligationKind.MEETINGS, "2025-12-31", OccurrenceState.OVERDUE, 2));

    private final ObligationDeadlineSource source = new ObligationDeadlineSource(
            FakeServices.of(ObligationService.class, Map.of(
                    "occurrences", args -> WINDOW,
                    "overdue", args -> WINDOW.stream().filter(o -> o.state() == OccurrenceState.OVERDUE).toList())),
            FakeServices.of(WorkingDayCalendar.class, Map.of("lastWorkingDayOnOrBefore", args -> {
                LocalDate d = (LocalDate) args[0];
                return d.getDayOfWeek().getValue() >= 6 ? d.minusDays(d.getDayOfWeek().getValue() - 5L) : d;
            })),
            FakeServices.of(OrganisationService.class, Map.of("find", args -> Optional.of(new Organisation(
                    (String) args[0], "Ledningsrådet för hjälpmedel", OrganisationKind.GOVERNANCE_BODY, null)))));

    @Test
    public void cancelledAndFulfilledOccurrencesAreNoDeadlines() {
        List<Deadline> found = source.deadlines(LocalDate.parse("2025-01-01"), LocalDate.parse("2025-12-31"));
        assertEquals(List.of("eval:2025-06-29", "m:2025-12-31"), found.stream().map(Deadline::subject).toList());
        // a Sunday: the practical date is the Friday before
        assertEquals(LocalDate.parse("2025-06-27"), found.get(0).practicalDate());
    }

    @Test
    public void everyOverdueOccurrenceIsReportedWithASwedishDescriptionNamingTheResponsible() {
        List<Deadline> overdue = source.overdue(TODAY);
        assertEquals(List.of("eval:2025-06-29", "m:2025-12-31"), overdue.stream().map(Deadline::subject).toList());
        Deadline evaluation = overdue.get(0);
        assertEquals("OBLIGATION_DUE", evaluation.kind());
        assertEquals("ledningsradet", evaluation.owner());
        assertEquals("Genomför utvärderingen och registrera den. Ansvarig: Ledningsrådet för hjälpmedel. "
                + "Skulle ha varit klar senast 2025-06-29.", evaluation.description());
        assertTrue(overdue.get(1).description(),
                overdue.get(1).description().startsWith("Håll minst 6 möten under 2025 (2 registrerade)."));
        for (Deadline d : overdue) {
            assertTrue(d.description(), !d.description().contains("obligation:") && !d.description().contains("_"));
        }
    }

    @Test
    public void descriptionsOfEveryKindAreSwedish() {
        assertEquals("Genomför uppföljningen och registrera den. Ansvarig: Ledningsrådet för hjälpmedel.",
                source.description(occurrence("f:2026-12-31", ObligationKind.FOLLOW_UP, "2026-12-31",
                        OccurrenceState.DUE, 0), false));
        assertEquals("Skicka rapporten och registrera den. Ansvarig: Ledningsrådet för hjälpmedel.",
                source.description(occurrence("r:2026-12-31", ObligationKind.REPORT, "2026-12-31",
                        OccurrenceState.DUE, 0), false));
    }

    @Test
    public void theWindowIsAskedWithALittleLookAhead() {
        OccurrenceFilter[] asked = new OccurrenceFilter[1];
        ObligationDeadlineSource s = new ObligationDeadlineSource(FakeServices.of(ObligationService.class,
                Map.of("occurrences", args -> {
                    asked[0] = (OccurrenceFilter) args[0];
                    return List.of();
                })), null, null);
        s.deadlines(TODAY, TODAY.plusDays(30));
        assertEquals(TODAY, asked[0].from());
        assertEquals(TODAY.plusDays(40), asked[0].to());
    }
}

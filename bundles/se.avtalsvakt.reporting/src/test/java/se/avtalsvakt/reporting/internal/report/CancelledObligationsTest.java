package se.avtalsvakt.reporting.internal.report;

import static org.junit.Assert.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.Test;

import se.avtalsvakt.api.obligation.ObligationKind;
import se.avtalsvakt.api.obligation.ObligationService;
import se.avtalsvakt.api.obligation.Occurrence;
import se.avtalsvakt.api.obligation.OccurrenceState;
import se.avtalsvakt.api.report.ReportSection;
import se.avtalsvakt.reporting.internal.Fakes;

/** An evaluation cancelled by a notice is listed in reports with its reason, never left out. */
public class CancelledObligationsTest {

    private static final String REASON = "Inställd: avtalet är uppsagt av Västra Götalandsregionen (uppsägningen "
            + "mottogs 2028-09-15, diarienummer RS 2028-0001) och upphör 2029-09-30.";

    @Test
    public void aCancelledOccurrenceShowsItsReason() {
        ObligationService obligations = Fakes.of(ObligationService.class, Map.of("occurrences", a -> List.of(
                new Occurrence("p:2028-06-30", "p", "Utvärdering", ObligationKind.EVALUATION, "avtal", null,
                        "ledningsradet", LocalDate.of(2028, 6, 30), OccurrenceState.OVERDUE, 1, null, List.of()),
                new Occurrence("p:2031-06-30", "p", "Utvärdering", ObligationKind.EVALUATION, "avtal", null,
                        "ledningsradet", LocalDate.of(2031, 6, 30), OccurrenceState.CANCELLED, 1, null, List.of(),
                        REASON))));
        ReportSection s = ObligationSections.obligations("Åtaganden", obligations,
                new Window(LocalDate.of(2028, 1, 1), LocalDate.of(2031, 12, 31)), null, null, null);
        assertEquals(2, s.rows().size());
        assertEquals("Inställd", s.rows().get(1).get(4));
        assertEquals(REASON, s.rows().get(1).get(7));
        assertEquals("", s.rows().get(0).get(7));
        assertEquals("Uppfyllda: 0, försenade: 1, inställda efter uppsägning: 1 av 2.", s.note());
    }
}

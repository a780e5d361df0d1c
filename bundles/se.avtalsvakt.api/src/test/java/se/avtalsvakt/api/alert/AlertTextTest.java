package se.avtalsvakt.api.alert;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.Test;

import se.avtalsvakt.api.deadline.KindText;

/** The Swedish an official reads in an alert: both dates, the state, what to do, and no console commands. */
public class AlertTextTest {

    /** As the sources give them: the api knows no kind. */
    private static final KindText NOTICE = new KindText("Sista dag för uppsägning",
            "Ta ställning till om avtalet ska sägas upp.");
    private static final KindText OBLIGATION = new KindText("Åtagande att utföra",
            "Genomför åtagandet och registrera att det är gjort.");

    private static Alert alert(String kind, LocalDate due, LocalDate practical, String threshold, LocalDate raisedFor) {
        return new Alert(12, "agreement", "samarbetsavtal", "Samarbetsavtal om hjälpmedel", kind, due, practical,
                threshold, raisedFor, "politisk-beredningsgrupp", Severity.CRITICAL, "Ta ställning", Instant.EPOCH,
                AlertState.OPEN, null, null, null, null, List.of(),
                kind.equals("OBLIGATION_DUE") ? OBLIGATION : kind.equals("NOTICE_DEADLINE") ? NOTICE : null);
    }

    @Test
    public void aSaturdayDeadlineShowsThePracticalAndTheContractualDay() {
        Alert a = alert("NOTICE_DEADLINE", LocalDate.of(2026, 11, 28), LocalDate.of(2026, 11, 27), "0",
                LocalDate.of(2026, 11, 27));
        String body = AlertText.body(a);
        assertTrue(body, body.contains("Sista dag:              senast fredag 27 november 2026 — sista dag enligt "
                + "avtalet lördag 28 november 2026"));
        assertEquals("fredag 27 november 2026", AlertText.deadline(LocalDate.of(2026, 11, 27),
                LocalDate.of(2026, 11, 27)));
    }

    @Test
    public void theBodyKeepsTheAlertNumberButNamesNoConsoleCommand() {
        String body = AlertText.body(alert("NOTICE_DEADLINE", LocalDate.of(2026, 11, 28), LocalDate.of(2026, 11, 27),
                Alert.PASSED, LocalDate.of(2026, 11, 29)));
        assertTrue(body, body.contains("Larm nr 12 (passerad, avser söndag 29 november 2026). Kvittera larmet i "
                + "Avtalsvakt när det är omhändertaget"));
        assertTrue(body, body.contains("tidsfristen har passerat"));
        assertFalse(body, body.contains("alert:"));
        assertFalse(body, body.contains("(samarbetsavtal)")); // the name, not the id
    }

    @Test
    public void anOverdueAlertSaysHowLateItIs() {
        Alert a = alert("OBLIGATION_DUE", LocalDate.of(2024, 6, 1), LocalDate.of(2024, 5, 31), Alert.OVERDUE,
                LocalDate.of(2026, 12, 2));
        assertTrue(a.overdue());
        assertTrue(a.late());
        String body = AlertText.body(a);
        assertTrue(body, body.contains("Åtagande att utföra för Samarbetsavtal om hjälpmedel är försenad."));
        assertTrue(body, body.contains("Läge:                   försenad, 915 dagar efter sista dagen"));
        assertEquals("[Avtalsvakt] Åtagande att utföra försenad sedan 2024-05-31: Samarbetsavtal om hjälpmedel",
                AlertText.subject(a));
        assertEquals("försenad", AlertText.thresholdLabel(Alert.OVERDUE));
        assertEquals("passerad", AlertText.thresholdLabel(Alert.PASSED));
        assertEquals("på dagen", AlertText.thresholdLabel("0"));
        assertEquals("90 dagar före", AlertText.thresholdLabel("90"));
    }

    @Test
    public void theKindsTextComesWithTheAlert() {
        Alert a = alert("NOTICE_DEADLINE", LocalDate.of(2026, 11, 28), LocalDate.of(2026, 11, 27), "90",
                LocalDate.of(2026, 8, 29));
        assertEquals("[Avtalsvakt] Sista dag för uppsägning om 90 dagar, 2026-11-27: Samarbetsavtal om hjälpmedel",
                AlertText.subject(a));
        String body = AlertText.body(a);
        assertTrue(body, body.contains("Sista dag för uppsägning för Samarbetsavtal om hjälpmedel.\n"));
        assertTrue(body, body.contains("Vad behöver göras?\nTa ställning till om avtalet ska sägas upp.\n"));
        assertEquals("Sista dag för uppsägning", AlertText.kindLabel(a));
    }

    @Test
    public void aKindNoSourceDescribesIsShownAsItIsWithTheGenericAction() {
        Alert a = alert("REVIEW_DUE", LocalDate.of(2027, 1, 4), LocalDate.of(2027, 1, 4), "0", LocalDate.of(2027, 1, 4));
        assertEquals(KindText.generic("REVIEW_DUE"), a.kindText());
        assertTrue(AlertText.subject(a).startsWith("[Avtalsvakt] REVIEW_DUE i dag 2027-01-04: "));
        String body = AlertText.body(a);
        assertTrue(body, body.contains("Vad behöver göras?\n" + KindText.GENERIC_ACTION + "\n"));
        assertFalse(body, body.matches("(?s).*\\b[RI]\\d+\\b.*"));
        assertEquals("the text is given", NOTICE, a.withKindText(NOTICE).kindText());
    }
}

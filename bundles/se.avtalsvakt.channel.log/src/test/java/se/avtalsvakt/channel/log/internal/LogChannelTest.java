package se.avtalsvakt.channel.log.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.Test;

import se.avtalsvakt.api.alert.Alert;
import se.avtalsvakt.api.alert.AlertState;
import se.avtalsvakt.api.alert.Severity;

public class LogChannelTest {

    @Test
    public void oneLineNamesTheAlertTheDeadlineAndWhoMustAct() {
        Alert a = new Alert(7, "agreement", "samarbetsavtal-hjalpmedel", "Samarbetsavtal", "NOTICE_DEADLINE",
                LocalDate.of(2027, 12, 31), LocalDate.of(2027, 12, 30), "365", LocalDate.of(2026, 12, 30),
                "ledningsradet", Severity.INFO, "Give notice", Instant.EPOCH, AlertState.OPEN, null, null, null, null,
                List.of());
        assertEquals("ALERT 7 INFO NOTICE_DEADLINE samarbetsavtal-hjalpmedel (Samarbetsavtal) due 2027-12-30 "
                + "[2027-12-31], step 365, raised for 2026-12-30, to ledningsradet: Give notice", LogChannel.line(a));
    }

    @Test
    public void anAlertNeverTakesMoreThanOneLine() {
        Alert a = new Alert(8, "supplier", "hmc/2026-11-14", "Hjälpmedelscentralen\nVGR", "DELIVERIES_UNCHECKED",
                LocalDate.of(2026, 11, 21), LocalDate.of(2026, 11, 21), "passed", LocalDate.of(2026, 11, 22),
                "vgr", Severity.CRITICAL, "12 leveranser\r\n  är inte kontrollerade. " + "x".repeat(400),
                Instant.EPOCH, AlertState.OPEN, null, null, null, null, List.of());
        String line = LogChannel.line(a);
        assertFalse(line, line.contains("\n") || line.contains("\r"));
        assertTrue(line, line.contains("(Hjälpmedelscentralen VGR)")
                && line.contains(": 12 leveranser är inte kontrollerade. xxx"));
        assertTrue(line, line.endsWith("…") && line.length() < 500);
    }
}

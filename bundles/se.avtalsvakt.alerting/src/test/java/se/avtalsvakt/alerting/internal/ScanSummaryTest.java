package se.avtalsvakt.alerting.internal;

import static org.junit.Assert.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.Test;

/** The one line a scan and a delivery round write. */
public class ScanSummaryTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @Test
    public void aScanSaysWhatItRaisedPerKindWhatItResolvedAndWhatItAsked() {
        assertEquals("Alert scan 2026-11-22: 12 raised (DELIVERIES_UNCHECKED 9, NOTICE_DEADLINE 3), 4 resolved, "
                        + "3 sources (agreement, obligation, supplier), 180 ms",
                ScanSummary.done(TODAY, Map.of("NOTICE_DEADLINE", 3, "DELIVERIES_UNCHECKED", 9), 4,
                        List.of("supplier", "agreement", "obligation"), Map.of(), 500, 180));
        assertEquals("Alert scan 2026-11-22: 0 raised, 0 resolved, 1 source (supplier), 3 ms",
                ScanSummary.done(TODAY, Map.of(), 0, List.of("supplier"), Map.of(), 500, 3));
    }

    @Test
    public void aScanTheCapCutSaysWhatWasLeftForLater() {
        assertEquals("Alert scan 2026-11-22: 500 raised (DELIVERIES_UNCHECKED 500), 0 resolved, 1 source (supplier), "
                        + "90 ms; 40 left for later scans (DELIVERIES_UNCHECKED 40; at most 500 per kind and scan)",
                ScanSummary.done(TODAY, Map.of("DELIVERIES_UNCHECKED", 500), 0, List.of("supplier"),
                        Map.of("DELIVERIES_UNCHECKED", 40), 500, 90));
    }

    @Test
    public void aHeldScanSaysWhyAndHowToReleaseIt() {
        assertEquals("Alert scan 2026-11-22 held: it would raise 1200 alerts (DELIVERIES_UNCHECKED 700, "
                        + "OBLIGATION_DUE 500), more than the guard of 1000; nothing was raised or resolved. Check the "
                        + "sources (2 sources (obligation, supplier)), then release it with alert:scan --confirm or "
                        + "POST /api/v1/alerts/scan?confirm=true",
                ScanSummary.held(TODAY, Map.of("OBLIGATION_DUE", 500, "DELIVERIES_UNCHECKED", 700), 1000,
                        List.of("supplier", "obligation")));
    }

    @Test
    public void aDeliveryRoundSaysWhatWentThroughAndWhatFailedPerChannel() {
        DeliveryDispatcher.Round round = new DeliveryDispatcher.Round();
        for (int i = 0; i < 6; i++) {
            round.delivered("log");
        }
        round.delivered("mail");
        round.failed("mail", "Connection refused");
        round.failed("mail", "Connection reset");
        assertEquals("Alert delivery: 7 delivered (log 6, mail 1), 2 failed and tried again later (mail 2: "
                + "Connection refused), 40 ms", round.summary(40));

        DeliveryDispatcher.Round failed = new DeliveryDispatcher.Round();
        failed.failed("webhook", "HTTP 500");
        assertEquals("Alert delivery: 0 delivered, 1 failed and tried again later (webhook 1: HTTP 500), 5 ms",
                failed.summary(5));
    }
}

package se.avtalsvakt.health.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Map;

import org.apache.felix.hc.api.Result.Status;
import org.junit.Test;

import se.avtalsvakt.health.internal.HealthReport.Check;

/** Readiness from the checks' results: 200 only when all pass, the failing checks named. */
public class HealthReportTest {

    private static Check check(String name, Status status, String... messages) {
        return new Check(name, status, List.of(messages));
    }

    @Test
    public void readyWhenEveryCheckIsOkOrWarn() {
        HealthReport report = HealthReport.of(List.of(check("Datasource", Status.OK, "answers"),
                check("E-mail channel", Status.WARN, "last delivery failed")), List.of("Datasource"));
        assertTrue(report.ready());
        assertEquals(Status.WARN, report.status());
        assertEquals(List.of(), report.failing());
    }

    @Test
    public void notReadyWhenOneCheckFailsAndTheFailingOnesAreNamed() {
        HealthReport report = HealthReport.of(List.of(check("Scheduler", Status.CRITICAL, "not running"),
                check("Datasource", Status.OK), check("Bundles active", Status.TEMPORARILY_UNAVAILABLE)), List.of());
        assertFalse(report.ready());
        assertEquals(Status.CRITICAL, report.status());
        assertEquals(List.of("Bundles active", "Scheduler"), report.failing());
    }

    @Test
    public void aRequiredCheckThatIsNotRegisteredFails() {
        HealthReport report = HealthReport.of(List.of(check("Datasource", Status.OK)),
                List.of("Datasource", "Scheduler"));
        assertFalse(report.ready());
        assertEquals(List.of("Scheduler"), report.failing());
        assertEquals(List.of(HealthReport.NOT_REGISTERED), report.checks().get(1).messages());
    }

    @Test
    public void withoutAnyCheckThePlatformIsNotReady() {
        HealthReport report = HealthReport.of(List.of(), List.of());
        assertFalse(report.ready());
        assertEquals(List.of("Health checks"), report.failing());
    }

    @Test
    public void anErrorOfACheckIsNotReady() {
        assertFalse(HealthReport.of(List.of(check("X", Status.HEALTH_CHECK_ERROR)), List.of()).ready());
    }

    @Test
    public void theJsonHoldsStatusFailingAndEachChecksNameStatusAndMessagesOnly() {
        Map<String, Object> json = HealthReport.of(List.of(check("Scheduler", Status.CRITICAL, "not running")),
                List.of()).toJson();
        assertEquals(List.of("status", "failing", "checks"), List.copyOf(json.keySet()));
        assertEquals("CRITICAL", json.get("status"));
        assertEquals(List.of("Scheduler"), json.get("failing"));
        assertEquals(List.of(Map.of("name", "Scheduler", "status", "CRITICAL", "messages", List.of("not running"))),
                json.get("checks"));
    }

    @Test
    public void listsInConfigurationMayBeSeparatedByCommas() {
        assertEquals(List.of("Bundles active", "Datasource", "Scheduler"),
                ConfigLists.of(new String[] {"Bundles active, Datasource", " Scheduler ", ""}));
    }
}

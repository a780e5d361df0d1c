package se.avtalsvakt.health.internal;

import static org.junit.Assert.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.felix.hc.api.Result;
import org.apache.felix.hc.api.ResultLog;
import org.junit.Test;

import se.avtalsvakt.health.internal.SchedulerCheck.JobService;

/** "Scheduler": every job of the platform is scheduled, and the required ones exist. */
public class SchedulerCheckTest {

    private static final JobService RENEWAL = new JobService("se.avtalsvakt.agreement.renewaljob", 212, "0 5 0 * * ?");
    private static final JobService SCAN = new JobService("se.avtalsvakt.alerting", 230, "0 15 0 * * ?");
    private static final List<String> REQUIRED = List.of("se.avtalsvakt.agreement.renewaljob", "se.avtalsvakt.alerting");

    private static List<String> messages(Result result) {
        List<String> messages = new ArrayList<>();
        for (ResultLog.Entry e : result) {
            messages.add(e.getMessage());
        }
        return messages;
    }

    @Test
    public void everyJobScheduledIsOk() {
        Result result = SchedulerCheck.evaluate(Set.of("se.avtalsvakt.agreement.renewaljob.212",
                "se.avtalsvakt.alerting.230", "Registered Service.99"), List.of(RENEWAL, SCAN), REQUIRED);
        assertEquals(Result.Status.OK, result.getStatus());
        assertEquals(List.of("2 job(s) scheduled: se.avtalsvakt.agreement.renewaljob (0 5 0 * * ?),"
                + " se.avtalsvakt.alerting (0 15 0 * * ?)"), messages(result));
    }

    @Test
    public void aJobTheSchedulerDoesNotHaveIsCritical() {
        Result result = SchedulerCheck.evaluate(Set.of("se.avtalsvakt.agreement.renewaljob.212", "other.2300"),
                List.of(RENEWAL, SCAN), REQUIRED);
        assertEquals(Result.Status.CRITICAL, result.getStatus());
        assertEquals("se.avtalsvakt.alerting is registered but not scheduled", messages(result).get(0));
    }

    @Test
    public void aRequiredJobWhoseComponentIsNotRunningIsCritical() {
        Result result = SchedulerCheck.evaluate(Set.of("se.avtalsvakt.agreement.renewaljob.212"), List.of(RENEWAL),
                REQUIRED);
        assertEquals(Result.Status.CRITICAL, result.getStatus());
        assertEquals("se.avtalsvakt.alerting is not registered: its component is not running",
                messages(result).get(0));
    }
}

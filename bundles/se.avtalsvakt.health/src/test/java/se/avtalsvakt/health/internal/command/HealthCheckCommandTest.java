package se.avtalsvakt.health.internal.command;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.felix.hc.api.Result.Status;
import org.junit.Test;

import se.avtalsvakt.health.internal.HealthReport;
import se.avtalsvakt.health.internal.HealthReport.Check;

/** {@code health:check} prints one line per check and the overall status last. */
public class HealthCheckCommandTest {

    private static String printed(HealthReport report) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        HealthCheckCommand.print(report, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    public void oneLinePerCheckAndTheOverallStatusLast() {
        String out = printed(HealthReport.of(List.of(new Check("Datasource", Status.OK, List.of("answers")),
                new Check("Scheduler", Status.CRITICAL, List.of("a", "b"))), List.of()));
        List<String> lines = out.strip().lines().toList();
        assertTrue(out, lines.get(0).contains("Status") && lines.get(0).contains("Check"));
        assertTrue(out, lines.stream().anyMatch(l -> l.contains("OK") && l.contains("Datasource")
                && l.contains("answers")));
        assertTrue(out, lines.stream().anyMatch(l -> l.contains("CRITICAL") && l.contains("Scheduler")
                && l.contains("a; b")));
        assertEquals("Overall: CRITICAL (not ready; failing: Scheduler)", lines.get(lines.size() - 1));
    }

    @Test
    public void aReadyPlatformSaysSo() {
        String out = printed(HealthReport.of(List.of(new Check("Datasource", Status.OK, List.of())), List.of()));
        assertTrue(out, out.strip().endsWith("Overall: OK (ready)"));
    }
}

package se.avtalsvakt.itests;

import static org.awaitility.Awaitility.await;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.apache.karaf.shell.api.console.Command;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.parsing.CommandLineImpl;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * The console as an operator meets it: ids completed by the shared completers of se.avtalsvakt.console in every
 * bundle's commands, and refused input as one line in the console and one line in karaf.log, never a stack trace.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ConsoleIT extends AvtalsvaktTestSupport {

    @Before
    public void platformIsUp() {
        awaitPlatform();
    }

    @Test
    public void theSharedCompletersCompleteIdsInEveryBundlesCommands() throws Exception {
        // agreement ids: the agreement bundle's command and the evaluation bundle's, one completer
        assertTrue(complete("agreement:show samarbets").contains("samarbetsavtal-hjalpmedel"));
        assertTrue(complete("obligation:plans --agreement samarbets").contains("samarbetsavtal-hjalpmedel"));
        assertFalse(complete("agreement:show samarbets").contains("overenskommelse-skola"));
        // organisations, bodies, report kinds and formats
        assertTrue(complete("agreement:list --party lilla").contains("lilla-edet"));
        assertTrue(complete("body:show ledn").contains("ledningsradet"));
        assertTrue(complete("report:run dead").contains("deadlines"));
        assertTrue(complete("report:run --format p").contains("pdf"));

        // delivery:check offers the unchecked deliveries, not the checked ones
        String p = uniqueId("cmp");
        String csv = "delivery_id;order_id;care_provider;article;quantity;delivered_on;patient_ref\n"
                + p + "-1;O-1;lerum;A-1;1;2026-11-20;\n" + p + "-2;O-2;lerum;A-2;1;2026-11-20;\n";
        var upload = post("/api/v1/suppliers/hjalpmedelscentralen/deliveries", "operator", "text/csv", csv);
        assertEquals(upload.body(), 200, upload.statusCode());
        assertEquals(List.of(p + "-1", p + "-2"), complete("delivery:check " + p));
        console("delivery:check --date 2026-11-21 " + p + "-1");
        assertEquals(List.of(p + "-2"), complete("delivery:check " + p));

        // alert:ack offers open alerts
        console("alert:run");
        String open = console("alert:list --state open");
        List<String> alerts = complete("alert:ack ");
        assertFalse(open, alerts.isEmpty());
        for (String id : alerts) {
            assertTrue(id, id.matches("[0-9]+") && open.contains(" " + id + " "));
        }
    }

    @Test
    public void refusedInputIsOneLineNamingTheOption() throws Exception {
        assertOneLine("calendar:holidays --year abc", "Error: --year must be a year, e.g. 2026, not 'abc'");
        assertOneLine("body:compliance --year 20x6 ledningsradet", "Error: --year must be a year, e.g. 2026");
        assertOneLine("supplier:imports --limit lots", "Error: --limit must be a whole number from 1 to 1000");
        assertOneLine("meeting:update abc", "Error: meeting must be a meeting number");
        assertOneLine("agreement:list --status sleeping", "Error: --status must be one of NOT_STARTED, ACTIVE");
        assertOneLine("obligation:list --from 2026-13-01", "Error: --from must be a date (YYYY-MM-DD)");
        assertOneLine("body:show no-such-body", "Error: no body with id 'no-such-body'");
        assertOneLine("alert:ack 999999999", "Error: no alert with id '999999999'");
        assertOneLine("agreement:shwo samarbetsavtal-hjalpmedel", "Error: Command not found: agreement:shwo");

        // the api's field (checkedOn) is shown as the option typed (--date)
        String p = uniqueId("opt");
        post("/api/v1/suppliers/hjalpmedelscentralen/deliveries", "operator", "text/csv",
                "delivery_id;order_id;care_provider;article;quantity;delivered_on;patient_ref\n"
                        + p + ";O-1;lerum;A-1;1;2026-11-20;\n");
        String early = console("delivery:check --date 2026-11-19 " + p);
        assertTrue(early, early.startsWith("Error: --date: before the delivery (2026-11-20)"));
        assertFalse(early, early.contains("checkedOn"));
    }

    @Test
    public void aRefusedCommandIsOneLineInTheLogWithoutAStackTrace() throws Exception {
        Path log = Path.of(System.getProperty("karaf.log"), "karaf.log");
        long before = Files.size(log);
        String marker = uniqueId("no-such-agreement");
        console("agreement:show " + marker);
        console("calendar:holidays --year " + marker);
        console("agreement:shwo " + marker);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> appended(log, before).contains("--year must be a year, e.g. 2026, not '" + marker));
        String appended = appended(log, before);
        List<String> lines = appended.lines().filter(l -> l.contains(marker)).toList();
        assertEquals(appended, 2, lines.size());
        assertTrue(appended, lines.get(0).contains("INFO") && lines.get(0).contains("agreement:show by ")
                && lines.get(0).contains("refused: no agreement with id '" + marker + "'"));
        assertFalse(appended, appended.contains("Exception caught while executing command"));
        assertFalse(appended, appended.contains("\tat org.apache.karaf.shell"));
    }

    /** @return the values the console offers on Tab at the end of {@code buffer}, as the shell asks for them */
    private List<String> complete(String buffer) throws Exception {
        Session session = sessionFactory.create(System.in, System.out, System.err);
        try {
            String name = buffer.substring(0, buffer.indexOf(' '));
            Command command = session.getRegistry().getCommands().stream()
                    .filter(c -> (c.getScope() + ":" + c.getName()).equals(name)).findFirst()
                    .orElseThrow(() -> new AssertionError("no command " + name));
            String[] arguments = buffer.split(" ", -1);
            String last = arguments[arguments.length - 1];
            List<String> candidates = new ArrayList<>();
            command.getCompleter(true).complete(session, new CommandLineImpl(arguments, arguments.length - 1,
                    last.length(), buffer.length(), buffer), candidates);
            return candidates.stream().map(String::strip).sorted().toList();
        } finally {
            session.close();
        }
    }

    private void assertOneLine(String command, String expected) throws Exception {
        String output = console(command).strip();
        assertTrue(command + " -> " + output, output.startsWith(expected));
        assertEquals(command + " -> " + output, 1, output.lines().count());
    }

    private static String appended(Path log, long from) throws IOException {
        try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
            long start = Math.min(from, file.length());
            byte[] bytes = new byte[(int) (file.length() - start)];
            file.seek(start);
            file.readFully(bytes);
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }
}

package se.avtalsvakt.web.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assume.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.BeforeClass;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * The dashboard's CSV writer ({@code web/js/csv.js}) run by Node.js: the same formula guard as the server's CSV
 * (se.avtalsvakt.api.csv.SpreadsheetText). DashboardIT runs it in Chromium as well.
 */
public class CsvScriptTest {

    private static boolean node;

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    @BeforeClass
    public static void findNode() {
        try {
            Process p = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
            node = p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            node = false;
        }
    }

    /** @return what the script prints: the expression's value, a string as it is, anything else as JSON */
    private String run(String expression) throws Exception {
        assumeTrue("Node.js (node) is needed to run the dashboard's script", node);
        Path dir = folder.getRoot().toPath();
        try (var in = CsvScriptTest.class.getResourceAsStream("/web/js/csv.js")) {
            Files.write(dir.resolve("csv.mjs"), in.readAllBytes());
        }
        Files.writeString(dir.resolve("run.mjs"), "import * as csv from './csv.mjs';\n"
                + "const value = " + expression + ";\n"
                + "process.stdout.write(typeof value === 'string' ? value : JSON.stringify(value));\n");
        Process p = new ProcessBuilder("node", "run.mjs").directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(out, true, p.waitFor(30, TimeUnit.SECONDS));
        assertEquals(out, 0, p.exitValue());
        return out;
    }

    @Test
    public void textThatASpreadsheetWouldRunGetsAnApostropheNumbersDoNot() throws Exception {
        assertEquals("[\"'=HYPERLINK(\\\"http://x\\\")\",\"'+46 31 123\",\"'-2+3\",\"'@SUM(A1)\",\"'\\tx\","
                + "\"'\\rx\",\"Göteborg\",\"a=b\",\"\",\"\",\"-12.5\"]", run("['=HYPERLINK(\"http://x\")', '+46 31 123',"
                + " '-2+3', '@SUM(A1)', '\\tx', '\\rx', 'Göteborg', 'a=b', '', null, -12.5].map(csv.inert)"));
    }

    @Test
    public void aRowIsSemicolonSeparatedQuotedWhereNeededAndGuarded() throws Exception {
        assertEquals("\uFEFFa;b\r\n\"'=1;2\";\"say \"\"hi\"\"\"\r\n\"two\nlines\";\r\n",
                run("csv.toCsv(['a', 'b'], [['=1;2', 'say \"hi\"'], ['two\\nlines', null]])"));
    }
}

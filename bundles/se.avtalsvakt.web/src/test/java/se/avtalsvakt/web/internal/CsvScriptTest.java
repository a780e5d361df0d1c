package se.avtalsvakt.web.internal;

import static org.junit.Assert.assertEquals;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * The dashboard's CSV writer ({@code web/js/csv.js}) run by Node.js: the same formula guard as the server's CSV
 * (se.avtalsvakt.api.csv.SpreadsheetText). DashboardIT runs it in Chromium as well.
 */
public class CsvScriptTest {

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    private String run(String expression) throws Exception {
        return NodeScript.run(folder.getRoot().toPath(), "/web/js/csv.js", "csv", expression);
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

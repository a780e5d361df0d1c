package se.avtalsvakt.supplier.internal;

import static org.junit.Assert.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.Test;

import se.avtalsvakt.api.supplier.LineError;

/** The error file beside a refused supplier file: CSV that a spreadsheet shows as it is, never runs. */
public class SupplierErrorFileTest {

    private static String errorFile(LineError... errors) throws Exception {
        return new String(SupplierRoutes.errorFile(null, List.of(errors)), StandardCharsets.UTF_8);
    }

    @Test
    public void oneLinePerRefusedFieldQuotedWhereNeeded() throws Exception {
        assertEquals("line;field;reason\n"
                + "5;care_provider;unknown care provider\n"
                + "9;;\"expected 7 columns separated by ';', found 3\"\n"
                + "10;note;\"says \"\"hej\"\"\"\n",
                errorFile(new LineError(5, "care_provider", "unknown care provider"),
                        new LineError(9, "", "expected 7 columns separated by ';', found 3"),
                        new LineError(10, "note", "says \"hej\"")));
    }

    @Test
    public void aFieldOrReasonThatASpreadsheetWouldRunStaysText() throws Exception {
        assertEquals("line;field;reason\n"
                + "3;\"'=HYPERLINK(\"\"http://x\"\")\";'@SUM(A1) is not a column\n"
                + "4;'-quantity;'+46 is not a number\n",
                errorFile(new LineError(3, "=HYPERLINK(\"http://x\")", "@SUM(A1) is not a column"),
                        new LineError(4, "-quantity", "+46 is not a number")));
    }
}

package se.avtalsvakt.api.csv;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import org.junit.Test;

/** Text that a spreadsheet would run as a formula stays text. */
public class SpreadsheetTextTest {

    @Test
    public void everyFormulaStartGetsAnApostrophe() {
        for (String formula : new String[] {"=HYPERLINK(\"http://x\")", "+1+1", "-2+3", "@SUM(A1)", "\tx", "\rx"}) {
            assertTrue(formula, SpreadsheetText.looksLikeFormula(formula));
            assertEquals("'" + formula, SpreadsheetText.inert(formula));
        }
    }

    @Test
    public void otherTextEmptyTextAndNullStayAsTheyAre() {
        assertEquals("Lilla Edet", SpreadsheetText.inert("Lilla Edet"));
        assertEquals("a=b", SpreadsheetText.inert("a=b"));
        assertEquals("'citat'", SpreadsheetText.inert("'citat'"));
        assertEquals("", SpreadsheetText.inert(""));
        assertNull(SpreadsheetText.inert(null));
        assertFalse(SpreadsheetText.looksLikeFormula(" =1"));
    }
}

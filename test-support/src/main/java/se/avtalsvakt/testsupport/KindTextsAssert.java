package se.avtalsvakt.testsupport;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import java.util.List;

import se.avtalsvakt.api.deadline.KindText;
import se.avtalsvakt.api.deadline.KindTexts;

/** What every deadline source's Swedish message catalogue must hold for the kinds it emits. */
public final class KindTextsAssert {

    private KindTextsAssert() {
    }

    /**
     * Each kind has its own Swedish label and action in the catalogue (not the kind itself, not the generic
     * action), read as UTF-8, without rule labels, enum names or console commands.
     */
    public static void assertEveryKindDescribed(KindTexts texts, List<String> kinds) {
        for (String kind : kinds) {
            KindText text = texts.text(kind).orElseThrow(() -> new AssertionError(kind + " has no text"));
            assertNotEquals(kind, text.label());
            assertNotEquals(kind, KindText.GENERIC_ACTION, text.action());
            for (String t : List.of(text.label(), text.action())) {
                assertFalse(kind + ": " + t, t.matches("(?s).*\\b[RI]\\d+\\b.*"));
                assertFalse(kind + ": " + t, t.contains("_"));
                assertFalse(kind + ": " + t, t.matches("(?s).*\\b[a-z]+:[a-z-]+\\b.*")); // no console commands
                assertFalse(kind + ": " + t, t.contains("Ã")); // read as UTF-8
            }
        }
        assertTrue(texts.kinds().containsAll(kinds));
    }
}

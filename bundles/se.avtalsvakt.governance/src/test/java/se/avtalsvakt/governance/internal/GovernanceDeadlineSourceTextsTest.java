package se.avtalsvakt.governance.internal;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import java.util.List;

import org.junit.Test;

import se.avtalsvakt.api.deadline.KindText;
import se.avtalsvakt.api.deadline.KindTexts;

/** Every kind this bundle's deadline source emits has its Swedish name and what to do, in the bundle's catalogue. */
public class GovernanceDeadlineSourceTextsTest {

    private static final KindTexts TEXTS = GovernanceDeadlineSource.TEXTS;

    private static final List<String> KINDS = List.of(
                GovernanceDeadlineSource.SEAT_VACANT,
                GovernanceDeadlineSource.MEETING_INVITATION);

    @Test
    public void everyKindHasASwedishLabelAndActionWithoutRuleLabelsOrCodes() {
        for (String kind : KINDS) {
            KindText text = TEXTS.text(kind).orElseThrow(() -> new AssertionError(kind + " has no text"));
            assertNotEquals(kind, text.label());
            assertNotEquals(kind, KindText.GENERIC_ACTION, text.action());
            for (String t : List.of(text.label(), text.action())) {
                assertFalse(kind + ": " + t, t.matches("(?s).*\\b[RI]\\d+\\b.*"));
                assertFalse(kind + ": " + t, t.contains("_"));
                assertFalse(kind + ": " + t, t.contains("alert:")); // no console commands
                assertFalse(kind + ": " + t, t.contains("Ã")); // read as UTF-8
            }
        }
        assertTrue(TEXTS.kinds().containsAll(KINDS));
    }
}

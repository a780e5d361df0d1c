package se.avtalsvakt.api.deadline;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.Set;

import org.junit.Test;

/** A bundle's catalogue of kinds: UTF-8, Swedish whatever the JVM's language, a label required. */
public class KindTextsTest {

    private static final KindTexts TEXTS = KindTexts.of(KindTextsTest.class);

    @Test
    public void aKindWithALabelHasItsTextInUtf8() {
        assertEquals(Optional.of(new KindText("Översyn att göra",
                "Gör översynen och registrera beslutet; å, ä och ö läses som UTF-8.")), TEXTS.text("REVIEW_DUE"));
    }

    @Test
    public void aMissingActionIsTheGenericOneAndAMissingOrEmptyLabelIsNoText() {
        assertEquals(KindText.GENERIC_ACTION, TEXTS.text("LABEL_ONLY").orElseThrow().action());
        assertEquals(Optional.empty(), TEXTS.text("EMPTY"));
        assertEquals(Optional.empty(), TEXTS.text("NOTICE_DEADLINE"));
        assertEquals(Set.of("REVIEW_DUE", "LABEL_ONLY", "EMPTY", "BASE_ONLY"), TEXTS.kinds());
    }

    @Test
    public void theBaseFileIsBeneathTheSwedishOneAndTheJvmsLanguageDoesNotMatter() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            KindTexts texts = KindTexts.of(KindTextsTest.class.getClassLoader(), KindTexts.CATALOGUE,
                    KindTexts.SWEDISH);
            assertEquals("Från grundfilen", texts.text("BASE_ONLY").orElseThrow().label());
            assertEquals("Översyn att göra", texts.text("REVIEW_DUE").orElseThrow().label());
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    public void aBundleWithoutACatalogueIsToldSo() {
        assertThrows(MissingResourceException.class, () -> KindTexts.of(KindTextsTest.class.getClassLoader(),
                "OSGI-INF/l10n/none", KindTexts.SWEDISH));
    }

    @Test
    public void aSourceWithoutTextsDescribesNoKindAndTheGenericTextNamesTheKind() {
        DeadlineSource silent = new DeadlineSource() {
            @Override
            public String id() {
                return "silent";
            }

            @Override
            public java.util.List<Deadline> deadlines(java.time.LocalDate from, java.time.LocalDate to) {
                return java.util.List.of();
            }
        };
        assertTrue(silent.text("REVIEW_DUE").isEmpty());
        assertEquals(new KindText("REVIEW_DUE", KindText.GENERIC_ACTION), KindText.generic("REVIEW_DUE"));
    }
}

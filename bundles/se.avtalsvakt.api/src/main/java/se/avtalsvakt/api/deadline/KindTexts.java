package se.avtalsvakt.api.deadline;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;

/**
 * A bundle's message catalogue of deadline kinds: a {@code .properties} file in UTF-8 inside the bundle, read with
 * the bundle's own class loader, with two keys per kind:
 *
 * <pre>
 * kind.NOTICE_DEADLINE.label = Sista dag för uppsägning
 * kind.NOTICE_DEADLINE.action = Ta ställning till om avtalet ska sägas upp. …
 * </pre>
 *
 * The platform's texts are Swedish, so {@link #of(Class)} reads {@value #CATALOGUE}{@code _sv.properties} (and,
 * beneath it, {@value #CATALOGUE}{@code .properties} if the bundle has one), whatever the JVM's locale. A deadline
 * source loads its catalogue once and answers {@link DeadlineSource#text(String)} from it:
 *
 * <pre>
 * private static final KindTexts TEXTS = KindTexts.of(MyDeadlineSource.class);
 *
 * public Optional&lt;KindText&gt; text(String kind) {
 *     return TEXTS.text(kind);
 * }
 * </pre>
 */
public final class KindTexts {

    /** Where a bundle keeps its catalogue: {@code OSGI-INF/l10n/texts_sv.properties}. */
    public static final String CATALOGUE = "OSGI-INF/l10n/texts";

    /** The language of the platform's texts. */
    public static final Locale SWEDISH = Locale.forLanguageTag("sv");

    private static final String PREFIX = "kind.";

    private final ResourceBundle bundle;

    private KindTexts(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    /**
     * @param anchor a class of the bundle whose catalogue it is (its class loader reads the file)
     * @return the Swedish catalogue {@value #CATALOGUE}{@code _sv.properties} of that bundle
     * @throws MissingResourceException if the bundle has none
     */
    public static KindTexts of(Class<?> anchor) {
        return of(anchor.getClassLoader(), CATALOGUE, SWEDISH);
    }

    /**
     * @param loader   the class loader of the bundle that holds the catalogue
     * @param baseName the catalogue's path without language and {@code .properties}, e.g. {@value #CATALOGUE}
     * @param locale   the language
     * @return the catalogue; a key missing for the language is looked for in the base file, never in the JVM's
     *         default language
     * @throws MissingResourceException if there is no such file
     */
    public static KindTexts of(ClassLoader loader, String baseName, Locale locale) {
        return new KindTexts(ResourceBundle.getBundle(baseName, locale, loader,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
    }

    /**
     * @param kind a deadline kind, e.g. {@code NOTICE_DEADLINE}
     * @return its text, if the catalogue has a label for it (a missing action is the generic one)
     */
    public Optional<KindText> text(String kind) {
        String label = string(PREFIX + kind + ".label");
        if (label == null) {
            return Optional.empty();
        }
        String action = string(PREFIX + kind + ".action");
        return Optional.of(new KindText(label, action != null ? action : KindText.GENERIC_ACTION));
    }

    /** @return the kinds the catalogue has a label for, sorted */
    public Set<String> kinds() {
        Set<String> kinds = new TreeSet<>();
        for (String key : bundle.keySet()) {
            if (key.startsWith(PREFIX) && key.endsWith(".label")) {
                kinds.add(key.substring(PREFIX.length(), key.length() - ".label".length()));
            }
        }
        return kinds;
    }

    private String string(String key) {
        if (!bundle.containsKey(key)) {
            return null;
        }
        String value = bundle.getString(key).strip();
        return value.isEmpty() ? null : value;
    }
}

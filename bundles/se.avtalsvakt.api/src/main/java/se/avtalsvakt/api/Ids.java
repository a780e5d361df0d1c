package se.avtalsvakt.api;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Ids on the platform are slugs: lower-case ASCII letters, digits and single dashes, such as
 * {@code lilla-edet} or {@code samarbetsavtal-hjalpmedel}.
 */
public final class Ids {

    /** The form every id must have. */
    public static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    /** The longest id the platform stores. */
    public static final int MAX_LENGTH = 64;

    private Ids() {
    }

    /** @return whether {@code id} is a well-formed slug */
    public static boolean isSlug(String id) {
        return id != null && id.length() <= MAX_LENGTH && SLUG.matcher(id).matches();
    }

    /**
     * Turns a name into a slug: {@code "Lilla Edet"} becomes {@code lilla-edet}, {@code "Åmål"} becomes {@code amal}.
     *
     * @param name any name
     * @return its slug
     */
    public static String slugOf(String name) {
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return decomposed.toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-|-$", "");
    }
}

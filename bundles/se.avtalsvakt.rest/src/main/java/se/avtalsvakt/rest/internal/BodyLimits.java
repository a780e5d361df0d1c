package se.avtalsvakt.rest.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The largest request body per path below {@code /api/v1}: a default and overrides by path prefix, the longest
 * matching prefix winning. Sizes are bytes or a number with a unit ({@code 512KiB}, {@code 16MiB}, {@code 1GiB};
 * {@code k}, {@code m}, {@code g} mean the same).
 */
final class BodyLimits {

    private static final Logger LOG = LoggerFactory.getLogger(BodyLimits.class);
    private static final Pattern SIZE = Pattern.compile("(\\d+)\\s*([kmg]i?b?|b)?");

    /** One override: the path prefix and its limit in bytes. */
    record Override(String prefix, long limit) {
    }

    private final long fallback;
    private final List<Override> overrides;

    BodyLimits(long fallback, List<Override> overrides) {
        this.fallback = fallback;
        this.overrides = overrides.stream().sorted(Comparator.comparingInt((Override o) -> o.prefix().length())
                .reversed()).toList();
    }

    /** @return the limits configured; a bad entry is logged and left out (a bad default: 1 MiB) */
    static BodyLimits of(RestConfig config) {
        long fallback;
        try {
            fallback = size(config.bodyLimit());
        } catch (IllegalArgumentException e) {
            LOG.warn("se.avtalsvakt.rest bodyLimit: {}; using 1MiB", e.getMessage());
            fallback = 1L << 20;
        }
        List<Override> overrides = new ArrayList<>();
        String[] entries = config.bodyLimits() == null ? new String[0] : config.bodyLimits();
        for (String entry : Arrays.stream(entries).flatMap(e -> Arrays.stream(e.split(","))).map(String::trim)
                .filter(e -> !e.isEmpty()).toList()) {
            int eq = entry.lastIndexOf('=');
            try {
                if (eq <= 0) {
                    throw new IllegalArgumentException("'" + entry + "' is not 'prefix=size'");
                }
                overrides.add(new Override(prefix(entry.substring(0, eq)), size(entry.substring(eq + 1))));
            } catch (IllegalArgumentException e) {
                LOG.warn("se.avtalsvakt.rest bodyLimits: {}; entry left out", e.getMessage());
            }
        }
        return new BodyLimits(fallback, overrides);
    }

    /** @return the limit in bytes for a path below the application, e.g. {@code suppliers/x/deliveries} */
    long limitFor(String path) {
        String p = prefix(path == null ? "" : path);
        for (Override o : overrides) {
            if (p.startsWith(o.prefix())) {
                return o.limit();
            }
        }
        return fallback;
    }

    private static String prefix(String path) {
        return path.trim().replaceAll("^/+", "");
    }

    /** @return the bytes of {@code 1048576}, {@code 1MiB}, {@code 512k}, … */
    static long size(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        Matcher m = SIZE.matcher(t);
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a size (bytes, or a number with KiB, MiB, "
                    + "GiB)");
        }
        long n = Long.parseLong(m.group(1));
        String unit = m.group(2) == null ? "b" : m.group(2);
        int shift = switch (unit.charAt(0)) {
            case 'k' -> 10;
            case 'm' -> 20;
            case 'g' -> 30;
            default -> 0;
        };
        if (n > (Long.MAX_VALUE >> shift)) {
            throw new IllegalArgumentException("'" + text + "' is too large");
        }
        return n << shift;
    }

    /** @return a size for people: {@code 1 MiB}, {@code 300 bytes} */
    static String describe(long bytes) {
        if (bytes >= (1L << 30) && bytes % (1L << 30) == 0) {
            return (bytes >> 30) + " GiB";
        }
        if (bytes >= (1L << 20) && bytes % (1L << 20) == 0) {
            return (bytes >> 20) + " MiB";
        }
        if (bytes >= (1L << 10) && bytes % (1L << 10) == 0) {
            return (bytes >> 10) + " KiB";
        }
        return bytes + " bytes";
    }
}

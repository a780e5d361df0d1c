package se.avtalsvakt.health.internal;

import java.util.Arrays;
import java.util.List;

/** Lists in configuration: an array, or one value separated by commas as a {@code .cfg} file gives it. */
final class ConfigLists {

    private ConfigLists() {
    }

    /** @return the non-blank entries, trimmed, e.g. {@code ["a, b", "c"]} gives {@code [a, b, c]} */
    static List<String> of(String[] values) {
        return values == null ? List.of() : Arrays.stream(values).flatMap(v -> Arrays.stream(v.split(",")))
                .map(String::trim).filter(v -> !v.isEmpty()).toList();
    }
}

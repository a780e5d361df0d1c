package se.avtalsvakt.agreement.internal.json;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;

import se.avtalsvakt.agreement.internal.Problems;

/**
 * Typed, problem-collecting access to one JSON object: every bad or unknown field becomes a problem at its path,
 * and reading goes on so that all problems are found in one pass.
 */
final class JsonObject {

    private final JsonNode node;
    private final Problems problems;

    private JsonObject(JsonNode node, Problems problems) {
        this.node = node;
        this.problems = problems;
    }

    /**
     * @return the object, or null (with a problem recorded) when {@code node} is not a JSON object
     */
    static JsonObject of(JsonNode node, Problems problems, String... allowedFields) {
        if (node == null || !node.isObject()) {
            problems.add("must be a JSON object");
            return null;
        }
        Set<String> allowed = Set.of(allowedFields);
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!allowed.contains(name)) {
                problems.add(name, "unknown field (allowed: " + String.join(", ", allowedFields) + ")");
            }
        }
        return new JsonObject(node, problems);
    }

    Problems problems() {
        return problems;
    }

    private JsonNode value(String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v;
    }

    String string(String field, boolean required) {
        JsonNode v = value(field);
        if (v == null) {
            if (required) {
                problems.add(field, "required");
            }
            return null;
        }
        if (!v.isTextual()) {
            problems.add(field, "must be a string");
            return null;
        }
        return v.textValue();
    }

    boolean bool(String field) {
        return bool(field, false);
    }

    /** @return the boolean at {@code field}; false when absent (a problem recorded if required) */
    boolean bool(String field, boolean required) {
        JsonNode v = value(field);
        if (v == null) {
            if (required) {
                problems.add(field, "required (true or false)");
            }
            return false;
        }
        if (!v.isBoolean()) {
            problems.add(field, "must be true or false");
            return false;
        }
        return v.booleanValue();
    }

    Integer integer(String field, boolean required) {
        JsonNode v = value(field);
        if (v == null) {
            if (required) {
                problems.add(field, "required");
            }
            return null;
        }
        if (!v.canConvertToInt() || !v.isIntegralNumber()) {
            problems.add(field, "must be a whole number");
            return null;
        }
        return v.intValue();
    }

    LocalDate date(String field, boolean required) {
        String text = string(field, required);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            problems.add(field, "not an ISO date (YYYY-MM-DD): '" + text + "'");
            return null;
        }
    }

    java.time.Instant instant(String field, boolean required) {
        String text = string(field, required);
        if (text == null) {
            return null;
        }
        try {
            return java.time.Instant.parse(text);
        } catch (DateTimeParseException e) {
            problems.add(field, "not an ISO instant (e.g. 2026-11-22T09:30:00Z): '" + text + "'");
            return null;
        }
    }

    Period period(String field, boolean required) {
        String text = string(field, required);
        if (text == null) {
            return null;
        }
        try {
            return Period.parse(text);
        } catch (DateTimeParseException e) {
            problems.add(field, "not an ISO-8601 period (e.g. P3Y, P12M): '" + text + "'");
            return null;
        }
    }

    <E extends Enum<E>> E enumValue(String field, Class<E> type, boolean required) {
        String text = string(field, required);
        if (text == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, text);
        } catch (IllegalArgumentException e) {
            problems.add(field, "must be one of " + Arrays.stream(type.getEnumConstants()).map(Enum::name)
                    .collect(Collectors.joining(", ")) + ": '" + text + "'");
            return null;
        }
    }

    /** Calls {@code element} for each element of the array at {@code field}, with the element's problems. */
    void array(String field, BiConsumer<JsonNode, Problems> element) {
        JsonNode v = value(field);
        if (v == null) {
            return;
        }
        if (!v.isArray()) {
            problems.add(field, "must be a JSON array");
            return;
        }
        for (int i = 0; i < v.size(); i++) {
            element.accept(v.get(i), problems.at(field, i));
        }
    }

    /** @return the object at {@code field}, or null (a problem recorded if required or not an object) */
    JsonObject object(String field, boolean required, String... allowedFields) {
        JsonNode v = value(field);
        if (v == null) {
            if (required) {
                problems.add(field, "required");
            }
            return null;
        }
        return of(v, problems.at(field), allowedFields);
    }
}

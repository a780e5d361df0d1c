package se.avtalsvakt.rest.internal;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

import javax.ws.rs.CookieParam;
import javax.ws.rs.FormParam;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.MatrixParam;
import javax.ws.rs.PathParam;
import javax.ws.rs.QueryParam;
import javax.ws.rs.WebApplicationException;
import javax.ws.rs.ext.ParamConverter;
import javax.ws.rs.ext.ParamConverterProvider;

import se.avtalsvakt.api.ValidationException;

/**
 * Typed parameters for every resource: ISO dates, years, months, whole numbers, yes/no and any enum (any case,
 * {@code -} for {@code _}). A value that does not convert answers 400 naming the parameter, rather than JAX-RS's
 * bare 404.
 */
final class ParameterConverters implements ParamConverterProvider {

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <T> ParamConverter<T> getConverter(Class<T> type, Type genericType, Annotation[] annotations) {
        String name = name(annotations);
        if (type == LocalDate.class) {
            return (ParamConverter<T>) converter(name, LocalDate::parse, "not a date (YYYY-MM-DD)");
        }
        if (type == Year.class) {
            return (ParamConverter<T>) converter(name, s -> {
                if (!s.matches("\\d{4}")) {
                    throw new IllegalArgumentException();
                }
                return Year.parse(s);
            }, "not a year (YYYY)");
        }
        if (type == YearMonth.class) {
            return (ParamConverter<T>) converter(name, YearMonth::parse, "not a month (YYYY-MM)");
        }
        if (type == Integer.class || type == int.class) {
            return (ParamConverter<T>) converter(name, Integer::valueOf, "not a whole number");
        }
        if (type == Long.class || type == long.class) {
            return (ParamConverter<T>) converter(name, Long::valueOf, "not a whole number");
        }
        if (type == Boolean.class || type == boolean.class) {
            return (ParamConverter<T>) converter(name, ParameterConverters::bool, "must be true or false");
        }
        if (type.isEnum()) {
            Class<? extends Enum> e = (Class<? extends Enum>) type;
            String allowed = Arrays.stream(e.getEnumConstants()).map(c -> ((Enum<?>) c).name())
                    .collect(Collectors.joining(", "));
            return (ParamConverter<T>) converter(name,
                    s -> Enum.valueOf(e, s.trim().toUpperCase(Locale.ROOT).replace('-', '_')),
                    "must be one of " + allowed);
        }
        return null;
    }

    private static Boolean bool(String s) {
        return switch (s.trim().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "1" -> Boolean.TRUE;
            case "false", "no", "0" -> Boolean.FALSE;
            default -> throw new IllegalArgumentException(s);
        };
    }

    private static <T> ParamConverter<T> converter(String name, Function<String, T> parse, String expected) {
        return new ParamConverter<>() {
            @Override
            public T fromString(String value) {
                if (value == null || value.isBlank()) {
                    return null;
                }
                try {
                    return parse.apply(value.trim());
                } catch (IllegalArgumentException | DateTimeParseException e) {
                    throw invalid(name, expected + ": '" + value + "'");
                }
            }

            @Override
            public String toString(T value) {
                return value == null ? null : value instanceof Enum<?> en ? en.name() : value.toString();
            }
        };
    }

    /** @return a 400 carrying the problem, so the error mapper can name the parameter */
    static WebApplicationException invalid(String name, String message) {
        return new WebApplicationException(new ValidationException(name, message), 400);
    }

    private static String name(Annotation[] annotations) {
        for (Annotation a : annotations) {
            if (a instanceof QueryParam q) {
                return q.value();
            }
            if (a instanceof PathParam p) {
                return p.value();
            }
            if (a instanceof HeaderParam h) {
                return h.value();
            }
            if (a instanceof FormParam f) {
                return f.value();
            }
            if (a instanceof MatrixParam m) {
                return m.value();
            }
            if (a instanceof CookieParam c) {
                return c.value();
            }
        }
        return "";
    }
}

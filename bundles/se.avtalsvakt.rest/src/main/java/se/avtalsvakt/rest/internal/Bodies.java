package se.avtalsvakt.rest.internal;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import se.avtalsvakt.api.ValidationException;
import se.avtalsvakt.rest.JsonInput;
import se.avtalsvakt.rest.RestRequest;

/** Checks shared by the resources: media types and enum query parameters. */
final class Bodies {

    private Bodies() {
    }

    /** @throws se.avtalsvakt.rest.UnsupportedMediaTypeException unless the body is JSON */
    static void requireJson(RestRequest request) {
        JsonInput.requireJson(request);
    }

    /** @return the query parameter as a constant of {@code type} (any case), if given */
    static <E extends Enum<E>> Optional<E> queryEnum(RestRequest request, String name, Class<E> type) {
        Optional<String> text = request.query(name);
        try {
            return text.map(t -> Enum.valueOf(type, t.toUpperCase(Locale.ROOT).replace('-', '_')));
        } catch (IllegalArgumentException e) {
            throw new ValidationException(name, "must be one of " + Arrays.stream(type.getEnumConstants())
                    .map(Enum::name).collect(Collectors.joining(", ")) + ": '" + text.get() + "'");
        }
    }
}

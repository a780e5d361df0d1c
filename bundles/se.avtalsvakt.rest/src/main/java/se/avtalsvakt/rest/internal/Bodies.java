package se.avtalsvakt.rest.internal;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import se.avtalsvakt.api.ValidationException;
import se.avtalsvakt.rest.RestRequest;

/** Checks shared by the resources: media types and enum query parameters. */
final class Bodies {

    private Bodies() {
    }

    /** @throws ApiServlet.UnsupportedMediaType unless the body is JSON */
    static void requireJson(RestRequest request) {
        String type = request.contentType().orElse("");
        if (!type.equals("application/json") && !type.endsWith("+json")) {
            throw new ApiServlet.UnsupportedMediaType("send the body as application/json"
                    + (type.isEmpty() ? "" : ", not " + type));
        }
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

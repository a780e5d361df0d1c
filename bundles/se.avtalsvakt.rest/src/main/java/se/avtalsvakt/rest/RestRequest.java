package se.avtalsvakt.rest;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.Optional;

import se.avtalsvakt.api.Dates;
import se.avtalsvakt.api.ValidationException;

/** One call to a route. */
public interface RestRequest {

    /** @return the path parameter {@code name} of the route's template */
    String path(String name);

    /** @return the query parameter {@code name}, if given and not blank */
    Optional<String> query(String name);

    /** @return the request body */
    InputStream body();

    /** @return the body's media type without parameters, e.g. {@code application/json}, or empty */
    Optional<String> contentType();

    /** @return the authenticated user's name */
    String user();

    /**
     * @return whether the authenticated user has {@code role} or a role that includes it; false unless the
     *         dispatcher knows the user's roles
     * @since 1.2
     */
    default boolean hasRole(Role role) {
        return false;
    }

    /**
     * @return the query parameter {@code name} as an ISO date, if given
     * @throws ValidationException naming the parameter if it is not a date
     */
    default Optional<LocalDate> queryDate(String name) {
        return Optional.ofNullable(Dates.parse(name, query(name).orElse(null)));
    }

    /**
     * @return the query parameter {@code name} as a whole number, if given
     * @throws ValidationException naming the parameter if it is not one
     */
    default Optional<Integer> queryInt(String name) {
        Optional<String> text = query(name);
        try {
            return text.map(Integer::valueOf);
        } catch (NumberFormatException e) {
            throw new ValidationException(name, "not a whole number: '" + text.get() + "'");
        }
    }
}

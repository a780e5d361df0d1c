package se.avtalsvakt.rest;

import java.util.Objects;

/**
 * One endpoint.
 *
 * @param method   the HTTP method, e.g. {@code GET}
 * @param template the path below {@code /api}, with {@code {name}} for path parameters, e.g.
 *                 {@code /v1/agreements/{id}}
 * @param role     the least role a caller needs
 * @param handler  what answers
 */
public record Route(String method, String template, Role role, RestHandler handler) {

    public Route {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(handler, "handler");
        if (!template.startsWith("/")) {
            throw new IllegalArgumentException("a route template starts with '/': " + template);
        }
    }

    /** A GET route for viewers. */
    public static Route get(String template, RestHandler handler) {
        return new Route("GET", template, Role.VIEWER, handler);
    }

    /** A POST route for operators. */
    public static Route post(String template, RestHandler handler) {
        return new Route("POST", template, Role.OPERATOR, handler);
    }

    /** A PUT route for operators. */
    public static Route put(String template, RestHandler handler) {
        return new Route("PUT", template, Role.OPERATOR, handler);
    }
}

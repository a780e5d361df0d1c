package se.avtalsvakt.rest.internal;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import javax.annotation.Priority;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.PreMatching;

/**
 * Trims every query parameter and drops the blank ones, so that {@code ?party=} means the same as no
 * {@code party} at all, for every resource.
 */
@PreMatching
@Priority(100)
final class QueryNormalizer implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        URI uri = request.getUriInfo().getRequestUri();
        String raw = uri.getRawQuery();
        if (raw == null) {
            return;
        }
        String normalized = normalize(raw);
        if (!normalized.equals(raw)) {
            String base = uri.toString();
            base = base.substring(0, base.indexOf('?'));
            request.setRequestUri(URI.create(normalized.isEmpty() ? base : base + "?" + normalized));
        }
    }

    /** @return the query with each value trimmed and blank values left out, in the same order */
    static String normalize(String rawQuery) {
        List<String> kept = new ArrayList<>();
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq)).trim();
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1)).trim();
            if (!name.isEmpty() && !value.isEmpty()) {
                kept.add(encode(name) + "=" + encode(value));
            }
        }
        String joined = String.join("&", kept);
        return joined.equals(rawQuery) ? rawQuery : joined;
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}

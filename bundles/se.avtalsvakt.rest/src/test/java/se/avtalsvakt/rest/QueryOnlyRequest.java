package se.avtalsvakt.rest;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.Map;
import java.util.Optional;

/** A GET request for tests: no path parameters, no body, query parameters from a map. */
public final class QueryOnlyRequest implements RestRequest {

    private final Map<String, String> query;
    private final String user;

    public QueryOnlyRequest(Map<String, String> query, String user) {
        this.query = Map.copyOf(query);
        this.user = user;
    }

    @Override
    public String path(String name) {
        return null;
    }

    @Override
    public Optional<String> query(String name) {
        return Optional.ofNullable(query.get(name));
    }

    @Override
    public InputStream body() {
        return new ByteArrayInputStream(new byte[0]);
    }

    @Override
    public Optional<String> contentType() {
        return Optional.empty();
    }

    @Override
    public String user() {
        return user;
    }
}

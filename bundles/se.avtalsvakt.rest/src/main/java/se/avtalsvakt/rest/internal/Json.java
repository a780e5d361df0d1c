package se.avtalsvakt.rest.internal;

import com.fasterxml.jackson.databind.ObjectMapper;

/** The platform's JSON settings, for the resources that still build JSON trees here. */
final class Json {

    static final ObjectMapper MAPPER = se.avtalsvakt.api.json.Json.mapper();

    private Json() {
    }
}

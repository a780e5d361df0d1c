package se.avtalsvakt.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;

import org.junit.Test;

import se.avtalsvakt.api.ValidationException;

public class JsonInputTest {

    record Meeting(String body, LocalDate date) {
    }

    @Test
    public void aJsonBodyIsReadIntoTheRecord() {
        Meeting m = JsonInput.body(request("application/json",
                "{\"body\": \"ledningsradet\", \"date\": \"2026-10-06\"}"), Meeting.class);
        assertEquals(new Meeting("ledningsradet", LocalDate.of(2026, 10, 6)), m);
    }

    @Test
    public void anotherContentTypeIsUnsupportedAndNamedInTheMessage() {
        UnsupportedMediaTypeException e = assertThrows(UnsupportedMediaTypeException.class,
                () -> JsonInput.body(request("text/csv", "body;date"), Meeting.class));
        assertEquals("send the body as application/json, not text/csv", e.getMessage());
    }

    @Test
    public void aBadFieldIsAValidationErrorNamingIt() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> JsonInput.body(request("application/json", "{\"body\": \"x\", \"date\": \"2026-13-01\"}"),
                        Meeting.class));
        assertEquals("date", e.problems().get(0).path());
    }

    private static RestRequest request(String contentType, String body) {
        return new RestRequest() {
            @Override
            public String path(String name) {
                return null;
            }

            @Override
            public Optional<String> query(String name) {
                return Optional.empty();
            }

            @Override
            public InputStream body() {
                return new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8));
            }

            @Override
            public Optional<String> contentType() {
                return Optional.of(contentType);
            }

            @Override
            public String user() {
                return "operator";
            }
        };
    }
}

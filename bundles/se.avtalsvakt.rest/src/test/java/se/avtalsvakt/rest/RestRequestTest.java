package se.avtalsvakt.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import org.junit.Test;

import se.avtalsvakt.api.Problem;
import se.avtalsvakt.api.ValidationException;

/** The default methods of {@link RestRequest}. */
public class RestRequestTest {

    /** A request whose query parameters are a map. */
    private static RestRequest withQuery(Map<String, String> query) {
        return new QueryOnlyRequest(query, "test");
    }

    private static Problem onlyProblem(ValidationException e) {
        assertEquals(1, e.problems().size());
        return e.problems().get(0);
    }

    @Test
    public void queryDateParsesAnIsoDate() {
        RestRequest r = withQuery(Map.of("asOf", "2026-11-22"));
        assertEquals(Optional.of(LocalDate.of(2026, 11, 22)), r.queryDate("asOf"));
    }

    @Test
    public void absentQueryDateIsEmpty() {
        assertEquals(Optional.empty(), withQuery(Map.of("asOf", "2026-11-22")).queryDate("from"));
    }

    @Test
    public void badQueryDateIsAProblemNamingTheParameter() {
        for (String bad : new String[] {"2026-13-01", "22/11/2026", "2026-02-29", "idag", "2026-11-22T10:00"}) {
            RestRequest r = withQuery(Map.of("asOf", bad));
            Problem p = onlyProblem(assertThrows(ValidationException.class, () -> r.queryDate("asOf")));
            assertEquals("asOf", p.path());
            assertTrue(p.message(), p.message().contains("'" + bad + "'"));
            assertTrue(p.message(), p.message().contains("ISO date"));
        }
    }

    @Test
    public void queryIntParsesAWholeNumber() {
        RestRequest r = withQuery(Map.of("limit", "25", "offset", "-3"));
        assertEquals(Optional.of(25), r.queryInt("limit"));
        assertEquals(Optional.of(-3), r.queryInt("offset"));
        assertEquals(Optional.empty(), r.queryInt("page"));
    }

    @Test
    public void badQueryIntIsAProblemNamingTheParameter() {
        for (String bad : new String[] {"ten", "2.5", "1e3", "99999999999", "12x"}) {
            RestRequest r = withQuery(Map.of("limit", bad));
            Problem p = onlyProblem(assertThrows(ValidationException.class, () -> r.queryInt("limit")));
            assertEquals("limit", p.path());
            assertTrue(p.message(), p.message().contains("'" + bad + "'"));
            assertTrue(p.message(), p.message().contains("whole number"));
        }
    }
}

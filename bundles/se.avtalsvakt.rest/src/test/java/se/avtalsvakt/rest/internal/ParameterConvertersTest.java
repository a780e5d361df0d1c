package se.avtalsvakt.rest.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.lang.annotation.Annotation;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;

import javax.ws.rs.QueryParam;
import javax.ws.rs.WebApplicationException;
import javax.ws.rs.ext.ParamConverter;

import org.junit.Test;

import se.avtalsvakt.api.ValidationException;

/** Typed query parameters: converted, or a 400 that names the parameter. */
public class ParameterConvertersTest {

    enum State { OPEN, IN_PROGRESS }

    private static <T> ParamConverter<T> converter(Class<T> type, String name) {
        QueryParam q = new QueryParam() {
            @Override public String value() { return name; }
            @Override public Class<? extends Annotation> annotationType() { return QueryParam.class; }
        };
        return new ParameterConverters().getConverter(type, type, new Annotation[] {q});
    }

    private static ValidationException refused(ParamConverter<?> c, String value) {
        try {
            c.fromString(value);
            fail("'" + value + "' was accepted");
            return null;
        } catch (WebApplicationException e) {
            assertEquals(400, e.getResponse().getStatus());
            assertTrue(e.getCause() instanceof ValidationException);
            return (ValidationException) e.getCause();
        }
    }

    @Test
    public void datesYearsMonthsNumbers() {
        assertEquals(LocalDate.of(2026, 11, 22), converter(LocalDate.class, "asOf").fromString("2026-11-22"));
        assertEquals(Year.of(2026), converter(Year.class, "year").fromString("2026"));
        assertEquals(YearMonth.of(2026, 2), converter(YearMonth.class, "month").fromString("2026-02"));
        assertEquals(Integer.valueOf(50), converter(Integer.class, "limit").fromString("50"));
        assertEquals(Boolean.TRUE, converter(Boolean.class, "unchecked").fromString("true"));
        assertNull(converter(LocalDate.class, "asOf").fromString(""));
    }

    @Test
    public void enumsInAnyCaseWithDashes() {
        assertEquals(State.IN_PROGRESS, converter(State.class, "state").fromString("in-progress"));
        assertEquals(State.OPEN, converter(State.class, "state").fromString("Open"));
    }

    @Test
    public void aBadValueNamesTheParameter() {
        ValidationException e = refused(converter(LocalDate.class, "asOf"), "22/11/2026");
        assertEquals("asOf", e.problems().get(0).path());
        assertTrue(e.getMessage(), e.getMessage().contains("not a date"));
        assertEquals("year", refused(converter(Year.class, "year"), "abc").problems().get(0).path());
        assertEquals("limit", refused(converter(Integer.class, "limit"), "ten").problems().get(0).path());
        ValidationException state = refused(converter(State.class, "state"), "closed");
        assertTrue(state.getMessage(), state.getMessage().contains("must be one of OPEN, IN_PROGRESS: 'closed'"));
    }

    @Test
    public void otherTypesAreLeftToJaxRs() {
        assertNull(new ParameterConverters().getConverter(String.class, String.class, new Annotation[0]));
    }
}

package se.avtalsvakt.rest.internal;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.util.List;
import java.util.Map;

import javax.ws.rs.core.Response;

import org.junit.Test;

/** The outer limit on request bodies: refused by length at once, or while a chunked body is read. */
public class BodyLimitFilterTest {

    private static final long MIB = 1L << 20;

    private final BodyLimits limits = new BodyLimits(MIB, List.of(new BodyLimits.Override("suppliers/", 256 * MIB),
            new BodyLimits.Override("deliveries/checks", 256 * MIB), new BodyLimits.Override("reports/", 16 * MIB)));
    private final BodyLimitFilter filter = new BodyLimitFilter(() -> limits);

    /** A body that counts what is read of it and fails if anything is. */
    private static final class Untouchable extends InputStream {
        @Override
        public int read() {
            throw new AssertionError("the body was read");
        }
    }

    @Test
    public void aDeclaredLengthOverTheLimitIsRefusedWithoutReadingTheBody() {
        FakeRequest request = new FakeRequest("POST", "agreements", new Untouchable())
                .header("Content-Length", String.valueOf(MIB + 1));
        filter.filter(request);
        assertEquals(413, request.aborted.getStatus());
        assertEquals("application/problem+json", request.aborted.getMediaType().toString());
        assertEquals("close", request.aborted.getHeaderString("Connection"));
        @SuppressWarnings("unchecked")
        Map<String, Object> body = (Map<String, Object>) request.aborted.getEntity();
        assertEquals(413, body.get("status"));
        assertEquals("the request body is larger than the 1 MiB accepted here", body.get("detail"));
    }

    @Test
    public void aDeclaredLengthWithinTheLimitPassesUntouched() {
        InputStream body = new ByteArrayInputStream(new byte[10]);
        FakeRequest request = new FakeRequest("POST", "agreements", body).header("Content-Length", "1048576");
        filter.filter(request);
        assertNull(request.aborted);
        assertSame(body, request.getEntityStream());
    }

    @Test
    public void theLongestMatchingPrefixSetsTheLimit() {
        assertEquals(256 * MIB, limits.limitFor("suppliers/hjalpmedelscentralen/deliveries"));
        assertEquals(256 * MIB, limits.limitFor("/deliveries/checks"));
        assertEquals(MIB, limits.limitFor("deliveries/d-1/check"));
        assertEquals(16 * MIB, limits.limitFor("reports/cost-allocation"));
        assertEquals(MIB, limits.limitFor("agreements"));
        assertEquals(MIB, limits.limitFor(""));
        BodyLimits nested = new BodyLimits(MIB, List.of(new BodyLimits.Override("suppliers/", 256 * MIB),
                new BodyLimits.Override("suppliers/x/invoice-lines", 2 * MIB)));
        assertEquals(2 * MIB, nested.limitFor("suppliers/x/invoice-lines"));
        assertEquals(256 * MIB, nested.limitFor("suppliers/x/deliveries"));

        FakeRequest upload = new FakeRequest("POST", "suppliers/hjalpmedelscentralen/deliveries",
                new Untouchable()).header("Content-Length", String.valueOf(200 * MIB));
        filter.filter(upload);
        assertNull(upload.aborted);
        FakeRequest tooLarge = new FakeRequest("POST", "suppliers/hjalpmedelscentralen/deliveries",
                new Untouchable()).header("Content-Length", String.valueOf(300 * MIB));
        filter.filter(tooLarge);
        assertEquals(413, tooLarge.aborted.getStatus());
    }

    @Test
    public void aChunkedBodyIsReadUpToTheLimitAndRefusedPastIt() throws IOException {
        BodyLimits small = new BodyLimits(100, List.of());
        FakeRequest exact = new FakeRequest("POST", "agreements", new ByteArrayInputStream(new byte[100]));
        new BodyLimitFilter(() -> small).filter(exact);
        assertNull(exact.aborted);
        assertArrayEquals(new byte[100], exact.getEntityStream().readAllBytes());

        FakeRequest over = new FakeRequest("POST", "agreements", new ByteArrayInputStream(new byte[10_000]));
        new BodyLimitFilter(() -> small).filter(over);
        assertNull("nothing is known before the body is read", over.aborted);
        InputStream in = over.getEntityStream();
        byte[] buffer = new byte[64];
        assertEquals(64, in.read(buffer));
        try {
            while (in.read(buffer) >= 0) {
                // read on: the limit is passed on the way
            }
            fail("read past the limit");
        } catch (BodyTooLargeException e) {
            assertEquals(413, e.getResponse().getStatus());
            assertEquals("close", e.getResponse().getHeaderString("Connection"));
        }
    }

    @Test
    public void aChunkedBodyIsRefusedOneByteAtATimeToo() throws IOException {
        FakeRequest over = new FakeRequest("POST", "agreements", new ByteArrayInputStream(new byte[11]));
        new BodyLimitFilter(() -> new BodyLimits(10, List.of())).filter(over);
        InputStream in = over.getEntityStream();
        for (int i = 0; i < 10; i++) {
            assertEquals(0, in.read());
        }
        try {
            in.read();
            fail("the eleventh byte is past the limit");
        } catch (BodyTooLargeException e) {
            assertTrue(e.getMessage(), e.getMessage().contains("10 bytes"));
        }
    }

    @Test
    public void theProblemMapperAnswers413EvenWhenAReaderWrappedTheRefusal() {
        ProblemMapper mapper = new ProblemMapper(null);
        Response r = mapper.toResponse(new IllegalStateException("reading failed",
                new java.io.UncheckedIOException(new IOException(new BodyTooLargeException(MIB)))));
        assertEquals(413, r.getStatus());
        assertEquals("close", r.getHeaderString("Connection"));
    }

    @Test
    public void aBodyCutOffInsideJsonIs413NotAnInvalidField() throws Exception {
        // what Jackson makes of it: a mapping problem of the field it was reading
        InputStream body = new LimitedInputStream(new ByteArrayInputStream(("{\"year\": 2025, \"mainArea\": \""
                + "a".repeat(20_000) + "\"}").getBytes(java.nio.charset.StandardCharsets.UTF_8)), 9000);
        try {
            se.avtalsvakt.api.json.Json.mapper().readValue(body, Map.class);
            fail("read past the limit");
        } catch (Exception e) {
            Response r = new ProblemMapper(null).toResponse(e);
            assertEquals(e.toString(), 413, r.getStatus());
            assertEquals("close", r.getHeaderString("Connection"));
        }
    }

    /** A record read by Jackson, as a resource's body is. */
    public record Body(int year, String mainArea) {
    }

    @Test
    public void aBodyCutOffInsideARecordIs413Too() {
        InputStream body = new LimitedInputStream(new ByteArrayInputStream(("{\"year\": 2025, \"mainArea\": \""
                + "a".repeat(20_000) + "\"}").getBytes(java.nio.charset.StandardCharsets.UTF_8)), 9000);
        try {
            se.avtalsvakt.api.json.Json.mapper().readValue(body, Body.class);
            fail("read past the limit");
        } catch (Exception e) {
            assertEquals(e.toString(), 413, new ProblemMapper(null).toResponse(e).getStatus());
        }
    }

    @Test
    public void sizesAreBytesOrHaveAUnit() {
        assertEquals(1048576, BodyLimits.size("1048576"));
        assertEquals(MIB, BodyLimits.size("1MiB"));
        assertEquals(512 * 1024, BodyLimits.size("512k"));
        assertEquals(256 * MIB, BodyLimits.size(" 256 MB "));
        assertEquals(1L << 30, BodyLimits.size("1g"));
        for (String bad : new String[] {"", "lots", "-1", "1.5MiB", "1TiB"}) {
            try {
                BodyLimits.size(bad);
                fail(bad);
            } catch (IllegalArgumentException e) {
                assertTrue(e.getMessage(), e.getMessage().contains("not a size"));
            }
        }
        assertEquals("16 MiB", BodyLimits.describe(16 * MIB));
        assertEquals("1000 bytes", BodyLimits.describe(1000));
    }

    @Test
    public void theConfigurationIsReadWithBadEntriesLeftOut() {
        RestConfig config = config("2MiB", new String[] {"suppliers/=268435456, reports/=16MiB", "broken", "x=lots"});
        BodyLimits read = BodyLimits.of(config);
        assertEquals(2 * MIB, read.limitFor("agreements"));
        assertEquals(256 * MIB, read.limitFor("suppliers/a/b"));
        assertEquals(16 * MIB, read.limitFor("reports/x"));
        assertEquals(2 * MIB, read.limitFor("x"));
        assertEquals(MIB, BodyLimits.of(config("much", new String[0])).limitFor("agreements"));
    }

    static RestConfig config(String bodyLimit, String[] bodyLimits) {
        return new RestConfig() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return RestConfig.class;
            }

            @Override
            public String realm() {
                return "karaf";
            }

            @Override
            public String httpRealm() {
                return "Avtalsvakt";
            }

            @Override
            public int loginCacheSeconds() {
                return 60;
            }

            @Override
            public int loginCacheSize() {
                return 1000;
            }

            @Override
            public String bodyLimit() {
                return bodyLimit;
            }

            @Override
            public String[] bodyLimits() {
                return bodyLimits;
            }
        };
    }
}

package se.avtalsvakt.supplier.internal.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.ws.rs.WebApplicationException;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;

import se.avtalsvakt.api.supplier.RecordType;

/** Bounded uploads: refused at once by their declared length, or as soon as their count passes the limit. */
public class UploadsTest {

    private static final long LIMIT = 1000;

    private Path temp;
    private final List<String> ingested = new ArrayList<>();
    private Uploads uploads;

    @Before
    public void setUp() throws IOException {
        temp = Files.createTempDirectory("uploads-test");
        uploads = new Uploads((supplier, type, format, body, user) -> {
            try {
                ingested.add(new String(body.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return Fakes.receipt(supplier, type);
        }, () -> LIMIT, temp);
    }

    @After
    public void tearDown() throws IOException {
        try (var files = Files.list(temp)) {
            assertEquals("no temporary file is left behind", List.of(), files.toList());
        }
        Files.delete(temp);
    }

    /** A body that fails the test if anyone reads it. */
    private static InputStream unread() {
        return new InputStream() {
            @Override
            public int read() {
                throw new AssertionError("the body was read");
            }
        };
    }

    /** A chunked body of {@code n} bytes that counts how much was read of it. */
    private static final class Endless extends InputStream {
        private final long n;
        long read;

        Endless(long n) {
            this.n = n;
        }

        @Override
        public int read() {
            return read < n ? (++read > 0 ? 'x' : 0) : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (read >= n) {
                return -1;
            }
            int k = (int) Math.min(Math.min(len, 100), n - read);
            java.util.Arrays.fill(b, off, off + k, (byte) 'x');
            read += k;
            return k;
        }
    }

    @Test
    public void aDeclaredLengthAboveTheLimitIsRefusedWith413WithoutReadingTheBody() {
        WebApplicationException e = assertThrows(WebApplicationException.class, () -> uploads.ingest("hmc",
                RecordType.ORDERS, "text/csv", "1001", unread(), "olle"));
        assertEquals(413, e.getResponse().getStatus());
        assertTrue(e.getMessage(), e.getMessage().contains("upload.maxBytes") && e.getMessage().contains("inbox"));
        assertEquals(List.of(), ingested);
    }

    @Test
    public void aChunkedBodyIsRefusedAsSoonAsItPassesTheLimitAndNothingIsImported() {
        Endless body = new Endless(1_000_000);
        WebApplicationException e = assertThrows(WebApplicationException.class, () -> uploads.ingest("hmc",
                RecordType.DELIVERIES, "text/csv", null, body, "olle"));
        assertEquals(413, e.getResponse().getStatus());
        assertTrue("read " + body.read, body.read <= LIMIT + 64 * 1024);
        assertEquals(List.of(), ingested);
    }

    @Test
    public void aBodyWithinTheLimitIsImportedWholeAfterItHasArrived() {
        uploads.ingest("hmc", RecordType.ORDERS, "text/csv", null, new Endless(LIMIT), "olle");
        uploads.ingest("hmc", RecordType.ORDERS, "text/csv", "3", new ByteArrayInputStream("a;b".getBytes(
                StandardCharsets.UTF_8)), "olle");
        assertEquals(LIMIT, ingested.get(0).length());
        assertEquals("a;b", ingested.get(1));
    }

    @Test
    public void anUploadThatBreaksOffIsRefusedNamingTheBodyAndNothingIsImported() {
        InputStream broken = new InputStream() {
            private int n;

            @Override
            public int read() throws IOException {
                if (n++ < 10) {
                    return 'x';
                }
                throw new IOException("Early EOF");
            }
        };
        var e = assertThrows(se.avtalsvakt.api.ValidationException.class, () -> uploads.ingest("hmc",
                RecordType.ORDERS, "text/csv", "500", broken, "olle"));
        assertEquals("body", e.problems().get(0).path());
        assertEquals(List.of(), ingested);
    }

    @Test
    public void theLimitIsSaidInMebibytes() {
        assertEquals("50 MiB (52428800 bytes)", Uploads.size(50L << 20));
        assertEquals("1000 bytes", Uploads.size(1000));
    }
}

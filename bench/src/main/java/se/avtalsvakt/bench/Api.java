package se.avtalsvakt.bench;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Calls to a running distribution's REST API, as a client sees it: HTTP Basic, JSON, Link headers. */
final class Api {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern NEXT = Pattern.compile("<([^>]+)>\\s*;\\s*rel=\"?next\"?");

    final String base;
    private final HttpClient client;

    Api(int port) {
        this.base = "http://localhost:" + port;
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    static String basic(String user, String password) {
        return Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** A list answer, counted as it streams in: rows of the JSON array, bytes, time, and the next page's link. */
    record ListAnswer(String path, int status, long rows, long bytes, long nanos, String next) {
        double millis() {
            return nanos / 1e6;
        }
    }

    /** An answer's status, or -1 when nothing answers. */
    int status(String path, String auth) {
        try {
            return send(request(path, auth).GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    JsonNode get(String path, String auth) throws IOException, InterruptedException {
        HttpResponse<byte[]> r = send(request(path, auth).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        check(path, r.statusCode(), r.body());
        return JSON.readTree(r.body());
    }

    JsonNode post(String path, String auth, String json, Duration timeout) throws IOException, InterruptedException {
        HttpRequest.Builder b = request(path, auth).timeout(timeout);
        b = json == null ? b.POST(HttpRequest.BodyPublishers.noBody())
                : b.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        HttpResponse<byte[]> r = send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
        check(path, r.statusCode(), r.body());
        return r.body().length == 0 ? null : JSON.readTree(r.body());
    }

    /**
     * GETs a JSON array and counts its elements with a streaming parser (a list of 200 000 rows is not held),
     * handing each element to {@code each} if given.
     */
    ListAnswer list(String path, String auth, Consumer<JsonNode> each) throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        HttpResponse<InputStream> r = send(request(path, auth).timeout(Duration.ofMinutes(10)).GET().build(),
                HttpResponse.BodyHandlers.ofInputStream());
        long rows = 0;
        CountingStream counted = new CountingStream(r.body());
        try (counted) {
            if (r.statusCode() / 100 != 2) {
                check(path, r.statusCode(), counted.readAllBytes());
            }
            try (JsonParser p = JSON.getFactory().createParser(counted)
                    .disable(JsonParser.Feature.AUTO_CLOSE_SOURCE)) {
                if (p.nextToken() != JsonToken.START_ARRAY) {
                    throw new IllegalStateException(path + " did not answer a JSON array");
                }
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    if (each != null) {
                        each.accept(p.readValueAsTree());
                    } else {
                        p.skipChildren();
                    }
                    rows++;
                }
            }
            counted.readAllBytes();
        }
        long nanos = System.nanoTime() - t0;
        return new ListAnswer(path, r.statusCode(), rows, counted.count, nanos, next(r).orElse(null));
    }

    /** Follows {@code rel="next"} links from {@code path}, at most {@code maxPages} pages. */
    List<ListAnswer> allPages(String path, String auth, int maxPages, Consumer<JsonNode> each)
            throws IOException, InterruptedException {
        List<ListAnswer> pages = new ArrayList<>();
        String at = path;
        while (at != null && pages.size() < maxPages) {
            ListAnswer page = list(at, auth, each);
            pages.add(page);
            at = page.next();
        }
        return pages;
    }

    private Optional<String> next(HttpResponse<?> r) {
        for (String link : r.headers().allValues("Link")) {
            Matcher m = NEXT.matcher(link);
            if (m.find()) {
                String url = m.group(1);
                return Optional.of(url.startsWith(base) ? url.substring(base.length()) : url.replaceFirst(
                        "^https?://[^/]+", ""));
            }
        }
        return Optional.empty();
    }

    private HttpRequest.Builder request(String path, String auth) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(5))
                .header("Accept", "application/json");
        return auth == null ? b : b.header("Authorization", "Basic " + auth);
    }

    private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler)
            throws IOException, InterruptedException {
        return client.send(request, handler);
    }

    private static void check(String path, int status, byte[] body) {
        if (status / 100 != 2) {
            String text = new String(body, 0, Math.min(body.length, 500), StandardCharsets.UTF_8);
            throw new IllegalStateException(path + " answered " + status + ": " + text);
        }
    }

    private static final class CountingStream extends InputStream {
        private final InputStream in;
        long count;

        CountingStream(InputStream in) {
            this.in = in;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = in.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}

package se.avtalsvakt.web.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;

/**
 * The dashboard's files, read once, with what serving them needs: media type, ETag, a gzip copy and the cache
 * policy. The HTML page refers to the other files under {@code /assets/<stamp>/}, where the stamp is a hash of all
 * files: those URLs change whenever any file does, so they can be cached for a year; the page itself is
 * revalidated on every load.
 */
public final class WebResources {

    /** What the browser gets for one path. */
    public record Resource(String path, String contentType, byte[] content, byte[] gzipped, String etag,
                           String cacheControl) {
    }

    static final String INDEX = "/index.html";
    static final String ASSETS = "/assets/";
    static final String STAMP_PLACEHOLDER = "{{assets}}";
    static final String IMMUTABLE = "public, max-age=31536000, immutable";
    static final String REVALIDATE = "no-cache";

    private static final Pattern SAFE_PATH = Pattern.compile("(/[a-z0-9][a-z0-9._-]*)+");
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=UTF-8",
            "css", "text/css; charset=UTF-8",
            "js", "text/javascript; charset=UTF-8",
            "svg", "image/svg+xml",
            "json", "application/json",
            "webmanifest", "application/manifest+json",
            "png", "image/png",
            "ico", "image/x-icon",
            "txt", "text/plain; charset=UTF-8");

    private final String stamp;
    private final Map<String, Resource> assets = new TreeMap<>();
    private final Resource index;

    /**
     * @param files the files by path below the web root, e.g. {@code /index.html}, {@code /js/app.js}; must hold
     *              {@code /index.html}
     */
    public WebResources(Map<String, byte[]> files) {
        byte[] page = files.get(INDEX);
        if (page == null) {
            throw new IllegalArgumentException("the web root has no " + INDEX);
        }
        this.stamp = stampOf(files);
        files.forEach((path, content) -> {
            if (!path.equals(INDEX)) {
                assets.put(path, resource(path, content, IMMUTABLE));
            }
        });
        String html = new String(page, StandardCharsets.UTF_8).replace(STAMP_PLACEHOLDER, ASSETS + stamp);
        this.index = resource(INDEX, html.getBytes(StandardCharsets.UTF_8), REVALIDATE);
    }

    /** @return the hash that names this set of files in asset URLs */
    public String stamp() {
        return stamp;
    }

    /**
     * @param requestPath the path asked for below the context root, e.g. {@code /}, {@code /assets/<stamp>/app.js}
     * @return what to send, or empty for 404
     */
    public Optional<Resource> find(String requestPath) {
        if (requestPath == null || requestPath.isEmpty() || requestPath.equals("/") || requestPath.equals(INDEX)) {
            return Optional.of(index);
        }
        if (!requestPath.startsWith(ASSETS)) {
            return Optional.empty();
        }
        String rest = requestPath.substring(ASSETS.length());
        int slash = rest.indexOf('/');
        if (slash < 0) {
            return Optional.empty();
        }
        String askedStamp = rest.substring(0, slash);
        String path = rest.substring(slash);
        if (!SAFE_PATH.matcher(path).matches() || path.contains("..")) {
            return Optional.empty();
        }
        Resource found = assets.get(path);
        if (found == null) {
            return Optional.empty();
        }
        // a page loaded before an update asks with the old stamp: answer, but do not let it be cached for long
        return Optional.of(askedStamp.equals(stamp) ? found
                : new Resource(found.path(), found.contentType(), found.content(), found.gzipped(), found.etag(),
                        REVALIDATE));
    }

    static Resource resource(String path, byte[] content, String cacheControl) {
        String type = contentType(path);
        byte[] gzipped = type.startsWith("text/") || type.contains("json") || type.contains("svg")
                ? gzip(content) : null;
        return new Resource(path, type, content, gzipped, "\"" + sha256(content).substring(0, 20) + "\"",
                cacheControl);
    }

    static String contentType(String path) {
        int dot = path.lastIndexOf('.');
        String ext = dot < 0 ? "" : path.substring(dot + 1).toLowerCase(Locale.ROOT);
        return TYPES.getOrDefault(ext, "application/octet-stream");
    }

    private static String stampOf(Map<String, byte[]> files) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            new TreeMap<>(files).forEach((path, content) -> {
                digest.update(path.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(content);
            });
            return HexFormat.of().formatHex(digest.digest()).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] gzip(byte[] content) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}

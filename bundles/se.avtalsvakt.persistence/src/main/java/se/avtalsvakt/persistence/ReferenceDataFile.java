package se.avtalsvakt.persistence;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A reference data file as read for loading, with the SHA-256 of its content: a bundle loads each version of a
 * file once, and remembers the versions it loaded by {@link #marker()}.
 *
 * @param name    the name it was asked for: a file shipped in the bundle, or a path
 * @param content the bytes
 * @param sha256  the SHA-256 of the bytes, hex
 */
public record ReferenceDataFile(String name, byte[] content, String sha256) {

    /** The folder inside a bundle that holds its shipped reference data. */
    public static final String BUNDLED = "reference-data/";

    /**
     * Reads a reference data file: a plain name is a file shipped in the bundle under {@value #BUNDLED}; a name with
     * a slash is a path, relative to Karaf's {@code etc} folder unless absolute.
     *
     * @param name   the file
     * @param bundle a class of the bundle that ships the file
     * @return the file
     * @throws IllegalStateException if the bundle has no such file
     * @throws UncheckedIOException  if the file cannot be read
     */
    public static ReferenceDataFile read(String name, Class<?> bundle) {
        try {
            if (name.contains("/") || name.contains("\\")) {
                Path path = Path.of(name);
                String etc = System.getProperty("karaf.etc");
                return of(name, Files.readAllBytes(path.isAbsolute() || etc == null ? path : Path.of(etc).resolve(path)));
            }
            try (InputStream in = bundle.getClassLoader().getResourceAsStream(BUNDLED + name)) {
                if (in == null) {
                    throw new IllegalStateException("no reference data file '" + name + "' in the bundle");
                }
                return of(name, in.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read reference data file " + name, e);
        }
    }

    /** @return the file {@code name} with {@code content} */
    public static ReferenceDataFile of(String name, byte[] content) {
        try {
            return new ReferenceDataFile(name, content,
                    HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** @return {@code <name>:<sha256>}: what a bundle stores to remember it loaded this version */
    public String marker() {
        return name + ":" + sha256;
    }

    /** @return the content, to parse */
    public InputStream open() {
        return new ByteArrayInputStream(content);
    }
}

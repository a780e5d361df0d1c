package se.avtalsvakt.api.supplier;

/**
 * A file that cannot be read at all: wrong encoding, no or wrong header, not JSON. Retrying does not help; the
 * file goes to the dead letters.
 */
public class UnreadableFileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UnreadableFileException(String message) {
        super(message);
    }

    public UnreadableFileException(String message, Throwable cause) {
        super(message, cause);
    }
}

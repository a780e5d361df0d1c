package se.avtalsvakt.api;

/** A request clashes with the current state, e.g. creating an agreement whose id is taken. */
public class ConflictException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** @param message what clashes, in a sentence a user can act on */
    public ConflictException(String message) {
        super(message);
    }
}

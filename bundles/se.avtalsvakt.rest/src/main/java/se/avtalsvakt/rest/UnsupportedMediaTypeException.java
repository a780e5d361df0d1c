package se.avtalsvakt.rest;

/** A request body of a type the route does not read: the dispatcher answers 415 with this message. */
public class UnsupportedMediaTypeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UnsupportedMediaTypeException(String message) {
        super(message);
    }
}

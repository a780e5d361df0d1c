package se.avtalsvakt.api;

import java.util.Objects;

/**
 * One thing wrong with some input, located by a path such as {@code agreements[2].renewal.period}.
 *
 * @param path    where the problem is, in the input's own terms; empty for the input as a whole
 * @param message what is wrong, in a sentence a user can act on
 */
public record Problem(String path, String message) {

    public Problem {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return path.isEmpty() ? message : path + ": " + message;
    }
}

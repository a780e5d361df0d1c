package se.avtalsvakt.governance.internal.rest;

import se.avtalsvakt.api.NotFoundException;

/** Numeric ids in paths. */
final class Numbers {

    private Numbers() {
    }

    /** @throws NotFoundException naming the kind when the text is not a number: no such thing can exist */
    static long id(String text, String kind) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new NotFoundException(kind, text);
        }
    }
}

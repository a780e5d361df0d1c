package se.avtalsvakt.cases.internal.rest;

import se.avtalsvakt.api.NotFoundException;

/** Numbers in paths: something that is not one is simply not there. */
final class Ids {

    private Ids() {
    }

    static long number(String text, String kind) {
        try {
            long n = Long.parseLong(text);
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // not found below
        }
        throw new NotFoundException(kind, text);
    }
}

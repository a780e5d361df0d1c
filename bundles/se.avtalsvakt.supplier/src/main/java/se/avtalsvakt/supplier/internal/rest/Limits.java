package se.avtalsvakt.supplier.internal.rest;

import se.avtalsvakt.api.ValidationException;

/** The {@code limit} of a listing of receipts: 50 unless given, at most 1000. */
final class Limits {

    static final int DEFAULT = 50;
    static final int MAX = 1000;

    private Limits() {
    }

    static int of(Integer limit) {
        int n = limit == null ? DEFAULT : limit;
        if (n < 1 || n > MAX) {
            throw new ValidationException("limit", "must be between 1 and " + MAX);
        }
        return n;
    }
}

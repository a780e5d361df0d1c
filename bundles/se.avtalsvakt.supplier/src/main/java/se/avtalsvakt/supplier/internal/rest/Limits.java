package se.avtalsvakt.supplier.internal.rest;

import se.avtalsvakt.api.page.PageRequest;

/**
 * The page of a listing of receipts: 50 unless a {@code limit} is given (a receipt carries up to a thousand refused
 * lines, so its pages are smaller than other lists'), at most {@link PageRequest#MAX_LIMIT}.
 */
final class Limits {

    static final int DEFAULT = 50;

    private Limits() {
    }

    /** @throws se.avtalsvakt.api.ValidationException naming {@code limit} if it is out of range */
    static PageRequest of(Integer limit, String cursor) {
        return new PageRequest(limit == null ? DEFAULT : limit, cursor);
    }
}

package se.avtalsvakt.api.page;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

import se.avtalsvakt.api.ValidationException;

/**
 * A request for one page of a list: at most {@code limit} items, after the item the cursor points at.
 *
 * @param limit  how many items at most, 1 to {@link #MAX_LIMIT}
 * @param cursor the {@link Page#next()} of the page before, or null for the first page
 */
public record PageRequest(int limit, String cursor) {

    /** The page size when none is asked for. */
    public static final int DEFAULT_LIMIT = 100;
    /** The largest page anyone can ask for. */
    public static final int MAX_LIMIT = 1000;

    public PageRequest {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new ValidationException("limit", "must be between 1 and " + MAX_LIMIT + ", was " + limit);
        }
        if (cursor != null && cursor.isBlank()) {
            cursor = null;
        }
    }

    /**
     * @param limit  the asked size, or null for {@link #DEFAULT_LIMIT}
     * @param cursor the asked cursor, or null for the first page
     * @return the request
     * @throws ValidationException naming {@code limit} if it is out of range
     */
    public static PageRequest of(Integer limit, String cursor) {
        return new PageRequest(limit == null ? DEFAULT_LIMIT : limit, cursor);
    }

    /** @return the first page of at most {@code limit} items */
    public static PageRequest first(int limit) {
        return new PageRequest(limit, null);
    }

    /** @return the first page of {@link #DEFAULT_LIMIT} items */
    public static PageRequest first() {
        return first(DEFAULT_LIMIT);
    }

    /**
     * @return the sort key of the last item of the page before ({@link Page#of}), or empty for the first page
     * @throws ValidationException naming {@code cursor} if it was not made by {@link Page}
     */
    public Optional<String> after() {
        if (cursor == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            throw new ValidationException("cursor", "not a cursor of this list: take it from the Link header "
                    + "of the page before");
        }
    }

    /**
     * @return the sort key of the last item of the page before as a number, for lists sorted by a numeric id
     * @throws ValidationException naming {@code cursor} if it does not hold one
     */
    public Optional<Long> afterNumber() {
        Optional<String> key = after();
        try {
            return key.map(Long::parseLong);
        } catch (NumberFormatException e) {
            throw new ValidationException("cursor", "not a cursor of this list: take it from the Link header "
                    + "of the page before");
        }
    }

    /** @return the request for the next page after an item with this sort key */
    public PageRequest next(String key) {
        return new PageRequest(limit, Page.cursor(key));
    }
}

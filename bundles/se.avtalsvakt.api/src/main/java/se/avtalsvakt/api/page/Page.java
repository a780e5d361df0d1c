package se.avtalsvakt.api.page;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * One page of a list, and where the next one starts.
 *
 * <p>A list is sorted by a key per item that is unique and orders the list ({@code String} order); the cursor is
 * that key of the page's last item, encoded. Two ways to make a page:
 * <ul>
 * <li>from a query that fetched up to {@code limit + 1} rows after the key ({@link #of(List, PageRequest,
 * Function)}): the extra row only tells that there is a next page;</li>
 * <li>from a whole list already in memory and sorted by the key ({@link #slice(List, PageRequest, Function)}).</li>
 * </ul>
 *
 * @param items the page's items, at most the request's limit
 * @param next  the cursor of the next page, or null if this is the last
 * @param <T>   the item type
 */
public record Page<T>(List<T> items, String next) {

    public Page {
        items = List.copyOf(items);
    }

    /** @return the cursor that continues after an item with this key */
    public static String cursor(String key) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(key.getBytes(StandardCharsets.UTF_8));
    }

    /** @return a page of a list that fits in one, with no next page */
    public static <T> Page<T> all(List<T> items) {
        return new Page<>(items, null);
    }

    /**
     * @param fetched up to {@code request.limit() + 1} items after the request's cursor, in key order
     * @param request the request
     * @param key     an item's sort key
     * @return the first {@code limit} items, and a cursor if there were more
     */
    public static <T> Page<T> of(List<T> fetched, PageRequest request, Function<? super T, String> key) {
        if (fetched.size() <= request.limit()) {
            return new Page<>(fetched, null);
        }
        List<T> items = fetched.subList(0, request.limit());
        return new Page<>(items, cursor(key.apply(items.get(items.size() - 1))));
    }

    /**
     * @param sorted  every item of the list, in key order ({@code String} order of {@code key})
     * @param request the request
     * @param key     an item's sort key
     * @return the items after the cursor's key, at most {@code limit}, and a cursor if there are more
     */
    public static <T> Page<T> slice(List<T> sorted, PageRequest request, Function<? super T, String> key) {
        Optional<String> after = request.after();
        int start = 0;
        if (after.isPresent()) {
            int lo = 0;
            int hi = sorted.size();
            while (lo < hi) { // the first item whose key is after the cursor's
                int mid = (lo + hi) >>> 1;
                if (key.apply(sorted.get(mid)).compareTo(after.get()) <= 0) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            start = lo;
        }
        int end = Math.min(sorted.size(), start + request.limit() + 1);
        return of(sorted.subList(start, end), request, key);
    }

    /**
     * @param source  the items in key order, read lazily (e.g. a query's stream), from the start of the list
     * @param request the request
     * @param key     an item's sort key
     * @return the items after the cursor's key, at most {@code limit}; reads at most one item past the page
     */
    public static <T> Page<T> scan(Iterator<T> source, PageRequest request, Function<? super T, String> key) {
        Optional<String> after = request.after();
        List<T> fetched = new ArrayList<>();
        while (source.hasNext() && fetched.size() <= request.limit()) {
            T item = source.next();
            if (after.isEmpty() || key.apply(item).compareTo(after.get()) > 0) {
                fetched.add(item);
            }
        }
        return of(fetched, request, key);
    }

    /** @return a page of the same shape with each item mapped */
    public <U> Page<U> map(Function<? super T, ? extends U> f) {
        List<U> mapped = new ArrayList<>(items.size());
        items.forEach(i -> mapped.add(f.apply(i)));
        return new Page<>(mapped, next);
    }
}

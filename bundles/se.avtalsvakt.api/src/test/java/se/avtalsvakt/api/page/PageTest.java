package se.avtalsvakt.api.page;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;

import org.junit.Test;

import se.avtalsvakt.api.ValidationException;

public class PageTest {

    private static final Function<String, String> KEY = Function.identity();

    private static List<String> items(int n) {
        return IntStream.range(0, n).mapToObj(i -> String.format("k%04d", i)).toList();
    }

    @Test
    public void slicesWalkTheWholeListOnceInOrder() {
        List<String> all = items(250);
        List<String> seen = new ArrayList<>();
        PageRequest request = PageRequest.of(100, null);
        int pages = 0;
        while (true) {
            Page<String> page = Page.slice(all, request, KEY);
            seen.addAll(page.items());
            pages++;
            if (page.next() == null) {
                break;
            }
            request = PageRequest.of(100, page.next());
        }
        assertEquals(3, pages);
        assertEquals(all, seen);
    }

    @Test
    public void aCursorStillWorksWhenItsItemIsGone() {
        List<String> all = new ArrayList<>(items(10));
        Page<String> first = Page.slice(all, PageRequest.of(3, null), KEY);
        all.remove("k0002");
        Page<String> second = Page.slice(all, PageRequest.of(3, first.next()), KEY);
        assertEquals(List.of("k0003", "k0004", "k0005"), second.items());
    }

    @Test
    public void aFetchOfLimitPlusOneTellsThatThereIsMore() {
        PageRequest request = PageRequest.of(2, null);
        Page<String> page = Page.of(List.of("a", "b", "c"), request, KEY);
        assertEquals(List.of("a", "b"), page.items());
        assertEquals("b", PageRequest.of(2, page.next()).after().orElseThrow());
        assertNull(Page.of(List.of("a", "b"), request, KEY).next());
    }

    @Test
    public void aScanReadsOnlyOnePastThePage() {
        List<String> all = items(1000);
        int[] read = {0};
        var counting = all.stream().peek(x -> read[0]++).iterator();
        Page<String> page = Page.scan(counting, PageRequest.of(5, Page.cursor("k0009")), KEY);
        assertEquals(List.of("k0010", "k0011", "k0012", "k0013", "k0014"), page.items());
        // ten before the cursor, the page and the one that tells there is more, and the iterator's look-ahead
        assertTrue("read " + read[0], read[0] <= 17);
    }

    @Test
    public void theLimitIsBoundedAndDefaulted() {
        assertEquals(PageRequest.DEFAULT_LIMIT, PageRequest.of(null, null).limit());
        ValidationException tooMany = assertThrows(ValidationException.class, () -> PageRequest.of(1001, null));
        assertEquals("limit", tooMany.problems().get(0).path());
        assertThrows(ValidationException.class, () -> PageRequest.of(0, null));
    }

    @Test
    public void aForeignCursorIsRefusedByName() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> PageRequest.of(10, "not*base64!").after());
        assertEquals("cursor", e.problems().get(0).path());
        assertThrows(ValidationException.class, () -> PageRequest.of(10, Page.cursor("abc")).afterNumber());
        assertEquals(42L, (long) PageRequest.of(10, Page.cursor("42")).afterNumber().orElseThrow());
    }
}

package se.avtalsvakt.rest.internal;

import static org.junit.Assert.assertEquals;

import java.net.URI;

import javax.ws.rs.core.UriBuilder;

import org.junit.Test;

import se.avtalsvakt.api.page.Page;

public class PageLinksTest {

    @Test
    public void theNextLinkKeepsTheQueryAndReplacesTheCursor() {
        String cursor = Page.cursor("2027-01-31\u0000agreement\u0000boras");
        URI next = PageLinks.nextUri(UriBuilder.fromUri(
                "http://localhost:8181/api/v1/deadlines?from=2026-01-01&limit=5&cursor=old"), cursor);
        assertEquals("http://localhost:8181/api/v1/deadlines?from=2026-01-01&limit=5&cursor=" + cursor,
                next.toString());
    }

    @Test
    public void theFirstPageGetsACursorParameter() {
        URI next = PageLinks.nextUri(UriBuilder.fromUri("http://localhost:8181/api/v1/alerts"), "MTA");
        assertEquals("http://localhost:8181/api/v1/alerts?cursor=MTA", next.toString());
    }
}

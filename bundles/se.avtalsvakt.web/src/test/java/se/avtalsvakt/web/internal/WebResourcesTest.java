package se.avtalsvakt.web.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.Test;

public class WebResourcesTest {

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static WebResources site(String js) {
        return new WebResources(Map.of(
                "/index.html", utf8("<script type=module src=\"{{assets}}/js/app.js\"></script>"),
                "/js/app.js", utf8(js),
                "/img/logo.png", new byte[] {1, 2, 3}));
    }

    @Test
    public void theRootIsThePageWithAssetUrlsNamingTheStampAndIsRevalidated() {
        WebResources site = site("console.log('hej')");
        var page = site.find("/").orElseThrow();
        assertEquals("text/html; charset=UTF-8", page.contentType());
        assertEquals(WebResources.REVALIDATE, page.cacheControl());
        assertTrue(new String(page.content(), StandardCharsets.UTF_8)
                .contains("src=\"/assets/" + site.stamp() + "/js/app.js\""));
        assertEquals(page, site.find("/index.html").orElseThrow());
    }

    @Test
    public void assetsUnderTheCurrentStampAreCachedForAYearAndGzipped() {
        WebResources site = site("console.log('hej')");
        var js = site.find("/assets/" + site.stamp() + "/js/app.js").orElseThrow();
        assertEquals("text/javascript; charset=UTF-8", js.contentType());
        assertEquals(WebResources.IMMUTABLE, js.cacheControl());
        assertNotNull(js.gzipped());
        assertTrue(js.etag().startsWith("\"") && js.etag().endsWith("\""));
        assertNull("binary files are not gzipped", site.find("/assets/" + site.stamp() + "/img/logo.png")
                .orElseThrow().gzipped());
    }

    @Test
    public void anOldStampIsAnsweredButNotCachedForLong() {
        WebResources site = site("console.log('hej')");
        var js = site.find("/assets/0123456789ab/js/app.js").orElseThrow();
        assertEquals(WebResources.REVALIDATE, js.cacheControl());
    }

    @Test
    public void anyChangeOfAFileChangesTheStamp() {
        assertNotEquals(site("a").stamp(), site("b").stamp());
        assertEquals(site("a").stamp(), site("a").stamp());
    }

    @Test
    public void unknownAndUnsafePathsAreNotFound() {
        WebResources site = site("x");
        String base = "/assets/" + site.stamp();
        assertFalse(site.find(base + "/js/nope.js").isPresent());
        assertFalse(site.find(base + "/../index.html").isPresent());
        assertFalse(site.find(base + "/js/..%2fapp.js").isPresent());
        assertFalse(site.find("/js/app.js").isPresent());
        assertFalse(site.find("/favicon.ico").isPresent());
        assertFalse(site.find("/assets/").isPresent());
    }
}

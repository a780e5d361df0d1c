package se.avtalsvakt.web.internal;

import static org.junit.Assert.assertEquals;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * The dashboard's paging helper ({@code web/js/paging.js}) run by Node.js: the Link header read as RFC 8288 says,
 * the next page's address kept on the dashboard's own origin, and a list from an endpoint that does not page yet
 * shown a page at a time. DashboardIT runs it in Chromium against the platform.
 */
public class PagingScriptTest {

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    private String run(String expression) throws Exception {
        return NodeScript.run(folder.getRoot().toPath(), "/web/js/paging.js", "p", expression);
    }

    @Test
    public void theNextLinkIsFoundAmongOtherLinksWithQuotedOrBareRelations() throws Exception {
        assertEquals("http://h:8181/api/v1/deliveries?unchecked=true&cursor=YWJj",
                run("p.nextLink('<http://h:8181/api/v1/deliveries?unchecked=true&cursor=YWJj>; rel=\"next\"')"));
        assertEquals("/b", run("p.nextLink('</a>; rel=\"prev\", </b>; rel=next')"));
        assertEquals("/c", run("p.nextLink('</a>; title=\"x, rel=next\"; rel=\"first\", </c>; rel=\"last NEXT\"')"));
        assertEquals("[null,null,null]", run("[p.nextLink(null), p.nextLink(''), p.nextLink('</a>; rel=\"prev\"')]"));
    }

    @Test
    public void theNextPageIsAskedOfTheDashboardsOwnOriginAndOnlyInsideTheApi() throws Exception {
        assertEquals("/deliveries?unchecked=true&cursor=YWJj",
                run("p.apiPath('http://internal:8181/api/v1/deliveries?unchecked=true&cursor=YWJj', '/api/v1')"));
        assertEquals("/alerts?cursor=MTI", run("p.apiPath('/api/v1/alerts?cursor=MTI', '/api/v1')"));
        assertEquals("refused", run("(() => { try { return p.apiPath('http://evil/steal?x=1', '/api/v1'); }"
                + " catch { return 'refused'; } })()"));
    }

    @Test
    public void aQueryParameterIsSetReplacedOrLeftOut() throws Exception {
        assertEquals("/deliveries?unchecked=true&limit=100&careProvider=vgr",
                run("p.withQuery('/deliveries?unchecked=true&limit=5',"
                        + " {limit: 100, careProvider: 'vgr', checkDue: null, cursor: undefined})"));
        assertEquals("/agreements", run("p.withQuery('/agreements', {status: '', kind: null})"));
        assertEquals("[100,1,1000,7]", run("[p.limitOf(), p.limitOf(0), p.limitOf(5000), p.limitOf(7.5)]"));
    }

    @Test
    public void aPagedAnswerIsFollowedByItsLinkAndTheLastPageHasNoNext() throws Exception {
        String pages = run("(async () => {"
                + " const calls = [];"
                + " const get = async (path) => { calls.push(path);"
                + "   return { items: [3, 4], link: null }; };"
                + " const first = p.pageOf([1, 2], '<http://x/api/v1/obligations?limit=2&cursor=Mg>; rel=\"next\"', 2,"
                + " '/api/v1');"
                + " const second = await p.continuePage(first.next, get, '/api/v1');"
                + " return { first: first.items, second: second.items, last: second.next, calls };"
                + "})()");
        assertEquals("{\"first\":[1,2],\"second\":[3,4],\"last\":null,\"calls\":[\"/obligations?limit=2&cursor=Mg\"]}",
                pages);
    }

    @Test
    public void aWholeListFromAnEndpointThatDoesNotPageYetIsShownAPageAtATimeWithoutAskingAgain() throws Exception {
        String pages = run("(async () => {"
                + " const get = async () => { throw new Error('no call expected'); };"
                + " const all = Array.from({length: 250}, (_, i) => i);"
                + " const seen = []; let page = p.pageOf(all, null, 100, '/api/v1'); seen.push(page.items.length);"
                + " while (page.next) { page = await p.continuePage(page.next, get, '/api/v1');"
                + "   seen.push(page.items.length); }"
                + " return { seen, last: page.items[page.items.length - 1] };"
                + "})()");
        assertEquals("{\"seen\":[100,100,50],\"last\":249}", pages);
        assertEquals("Svaret är ingen lista.", run("(() => { try { p.pageOf({a: 1}, null, 100, '/api/v1'); }"
                + " catch (e) { return e.message; } })()"));
    }
}

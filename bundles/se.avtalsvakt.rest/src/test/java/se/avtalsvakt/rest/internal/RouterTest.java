package se.avtalsvakt.rest.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.Test;

import se.avtalsvakt.rest.RestHandler;
import se.avtalsvakt.rest.RestResource;
import se.avtalsvakt.rest.RestResponse;
import se.avtalsvakt.rest.Route;

public class RouterTest {

    /** A resource with fixed routes; identity matters to {@link Router#remove}. */
    private static final class Resource implements RestResource {
        private final List<Route> routes;

        Resource(Route... routes) {
            this.routes = List.of(routes);
        }

        @Override
        public List<Route> routes() {
            return routes;
        }
    }

    private static RestHandler answering(String body) {
        return request -> RestResponse.ok(body);
    }

    private static final Route LIST = Route.get("/v1/agreements", answering("list"));
    private static final Route ONE = Route.get("/v1/agreements/{id}", answering("one"));
    private static final Route CREATE = Route.post("/v1/agreements", answering("create"));
    private static final Route UPDATE = Route.put("/v1/agreements/{id}", answering("update"));
    private static final Route REVISION = Route.post("/v1/agreements/{id}/specifications/{spec}/revisions",
            answering("revision"));
    private static final Route ORGANISATIONS = Route.get("/v1/organisations", answering("organisations"));

    private static Router router(RestResource... resources) {
        Router router = new Router();
        for (RestResource r : resources) {
            router.add(r);
        }
        return router;
    }

    private static Router.Match match(Router router, String method, String path) {
        return router.match(method, path).orElseThrow(() -> new AssertionError(method + " " + path + " matches nothing"));
    }

    @Test
    public void literalTemplateMatchesItsPathWithoutParameters() {
        Router router = router(new Resource(LIST, ONE, CREATE, UPDATE));
        Router.Match m = match(router, "GET", "/v1/agreements");
        assertSame(LIST, m.route());
        assertEquals(Map.of(), m.parameters());
    }

    @Test
    public void templateParametersAreExtracted() {
        Router router = router(new Resource(LIST, ONE, CREATE, UPDATE, REVISION));
        Router.Match m = match(router, "GET", "/v1/agreements/samarbetsavtal-hjalpmedel");
        assertSame(ONE, m.route());
        assertEquals(Map.of("id", "samarbetsavtal-hjalpmedel"), m.parameters());

        Router.Match r = match(router, "POST", "/v1/agreements/samarbetsavtal-hjalpmedel/specifications/tjanster/revisions");
        assertSame(REVISION, r.route());
        assertEquals(Map.of("id", "samarbetsavtal-hjalpmedel", "spec", "tjanster"), r.parameters());
    }

    @Test
    public void theMethodChoosesBetweenRoutesOfTheSameTemplate() {
        Router router = router(new Resource(LIST, ONE, CREATE, UPDATE));
        assertSame(UPDATE, match(router, "PUT", "/v1/agreements/x").route());
        assertSame(ONE, match(router, "GET", "/v1/agreements/x").route());
        assertSame(CREATE, match(router, "POST", "/v1/agreements").route());
    }

    @Test
    public void literalSegmentsMatchOnlyWhenEqual() {
        Router router = router(new Resource(LIST, ONE, REVISION));
        assertEquals(Optional.empty(), router.match("GET", "/v1/agreement"));
        assertEquals(Optional.empty(), router.match("GET", "/v1/Agreements"));
        assertEquals(Optional.empty(), router.match("GET", "/v2/agreements"));
        assertEquals(Optional.empty(), router.match("POST", "/v1/agreements/x/specification/tjanster/revisions"));
        assertEquals(Optional.empty(), router.match("POST", "/v1/agreements/x/specifications/tjanster"));
    }

    @Test
    public void segmentCountMustBeEqual() {
        Router router = router(new Resource(LIST, ONE));
        assertEquals(Optional.empty(), router.match("GET", "/v1/agreements/x/y"));
        assertEquals(Optional.empty(), router.match("GET", "/v1"));
        assertEquals(Optional.empty(), router.match("GET", "/"));
    }

    @Test
    public void parameterDoesNotMatchAnEmptySegment() {
        Router router = router(new Resource(REVISION));
        assertEquals(Optional.empty(), router.match("POST", "/v1/agreements//specifications/tjanster/revisions"));
    }

    @Test
    public void literalRouteWinsOverAParameterWhateverTheOrderOfRegistration() {
        Route export = Route.get("/v1/agreements/export", answering("export"));
        for (Router router : List.of(router(new Resource(ONE), new Resource(export)),
                router(new Resource(export), new Resource(ONE)),
                router(new Resource(ONE, export)))) {
            assertSame(export, match(router, "GET", "/v1/agreements/export").route());
            Router.Match other = match(router, "GET", "/v1/agreements/exports");
            assertSame(ONE, other.route());
            assertEquals(Map.of("id", "exports"), other.parameters());
        }
    }

    @Test
    public void trailingAndLeadingSlashesAreTolerated() {
        Router router = router(new Resource(LIST, ONE));
        assertSame(LIST, match(router, "GET", "/v1/agreements/").route());
        assertSame(LIST, match(router, "GET", "/v1/agreements//").route());
        assertSame(LIST, match(router, "GET", "v1/agreements").route());
        Router.Match m = match(router, "GET", "/v1/agreements/x/");
        assertSame(ONE, m.route());
        assertEquals(Map.of("id", "x"), m.parameters());
    }

    @Test
    public void rootTemplateMatchesTheRoot() {
        Route root = Route.get("/", answering("root"));
        Router router = router(new Resource(root, LIST));
        assertSame(root, match(router, "GET", "/").route());
        assertSame(root, match(router, "GET", "").route());
    }

    @Test
    public void wrongMethodMatchesNothingButItsMethodsAreListed() {
        Router router = router(new Resource(LIST, ONE, CREATE, UPDATE), new Resource(ORGANISATIONS));
        assertEquals(Optional.empty(), router.match("DELETE", "/v1/agreements/x"));
        assertEquals(List.of("GET", "PUT"), router.methodsFor("/v1/agreements/x"));
        assertEquals(Optional.empty(), router.match("PUT", "/v1/agreements"));
        assertEquals(List.of("GET", "POST"), router.methodsFor("/v1/agreements/"));
        assertEquals(Optional.empty(), router.match("POST", "/v1/organisations"));
        assertEquals(List.of("GET"), router.methodsFor("/v1/organisations"));
    }

    @Test
    public void methodsAreCaseSensitive() {
        Router router = router(new Resource(LIST));
        assertEquals(Optional.empty(), router.match("get", "/v1/agreements"));
    }

    @Test
    public void unknownPathHasNoMethods() {
        Router router = router(new Resource(LIST, ONE, CREATE, UPDATE));
        assertEquals(List.of(), router.methodsFor("/v1/nothing"));
        assertEquals(List.of(), router.methodsFor("/v1/agreements/x/y"));
    }

    @Test
    public void methodsAreListedOnceEvenWhenSeveralRoutesShareThem() {
        Route other = Route.get("/v1/{collection}/{id}", answering("other"));
        Router router = router(new Resource(ONE, UPDATE), new Resource(other));
        assertEquals(List.of("GET", "PUT"), router.methodsFor("/v1/agreements/x"));
    }

    @Test
    public void removedResourcesRoutesAreGone() {
        Resource agreements = new Resource(LIST, ONE, CREATE, UPDATE);
        Resource organisations = new Resource(ORGANISATIONS);
        Router router = router(agreements, organisations);
        assertTrue(router.match("GET", "/v1/agreements/x").isPresent());

        router.remove(agreements);

        assertEquals(Optional.empty(), router.match("GET", "/v1/agreements/x"));
        assertEquals(Optional.empty(), router.match("POST", "/v1/agreements"));
        assertEquals(List.of(), router.methodsFor("/v1/agreements"));
        assertSame(ORGANISATIONS, match(router, "GET", "/v1/organisations").route());
    }

    @Test
    public void removeGoesByIdentityNotByEqualRoutes() {
        Resource first = new Resource(LIST);
        Resource second = new Resource(LIST);
        Router router = router(first, second);
        router.remove(first);
        assertSame(LIST, match(router, "GET", "/v1/agreements").route());
        router.remove(second);
        assertEquals(Optional.empty(), router.match("GET", "/v1/agreements"));
    }

    @Test
    public void resourceAddedAgainAfterRemovalIsLiveAgain() {
        Resource agreements = new Resource(LIST);
        Router router = router(agreements);
        router.remove(agreements);
        router.add(agreements);
        assertSame(LIST, match(router, "GET", "/v1/agreements").route());
    }
}

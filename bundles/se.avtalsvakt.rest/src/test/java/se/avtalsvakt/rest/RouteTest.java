package se.avtalsvakt.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import org.junit.Test;

public class RouteTest {

    private static final RestHandler HANDLER = request -> RestResponse.noContent();

    @Test
    public void templateMustStartWithASlash() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Route("GET", "v1/agreements", Role.VIEWER, HANDLER));
        assertTrue(e.getMessage(), e.getMessage().contains("v1/agreements"));
        assertThrows(IllegalArgumentException.class, () -> Route.get("", HANDLER));
        assertThrows(IllegalArgumentException.class, () -> Route.post("{id}", HANDLER));
        assertEquals("/", Route.get("/", HANDLER).template());
    }

    @Test
    public void everyPartIsRequired() {
        assertThrows(NullPointerException.class, () -> new Route(null, "/v1", Role.VIEWER, HANDLER));
        assertThrows(NullPointerException.class, () -> new Route("GET", null, Role.VIEWER, HANDLER));
        assertThrows(NullPointerException.class, () -> new Route("GET", "/v1", null, HANDLER));
        assertThrows(NullPointerException.class, () -> new Route("GET", "/v1", Role.VIEWER, null));
    }

    @Test
    public void getIsForViewers() {
        Route r = Route.get("/v1/agreements", HANDLER);
        assertEquals("GET", r.method());
        assertEquals("/v1/agreements", r.template());
        assertEquals(Role.VIEWER, r.role());
        assertSame(HANDLER, r.handler());
    }

    @Test
    public void postIsForOperators() {
        Route r = Route.post("/v1/agreements", HANDLER);
        assertEquals("POST", r.method());
        assertEquals(Role.OPERATOR, r.role());
        assertSame(HANDLER, r.handler());
    }

    @Test
    public void putIsForOperators() {
        Route r = Route.put("/v1/agreements/{id}", HANDLER);
        assertEquals("PUT", r.method());
        assertEquals("/v1/agreements/{id}", r.template());
        assertEquals(Role.OPERATOR, r.role());
    }

    @Test
    public void anExplicitRoleIsKept() {
        assertEquals(Role.ADMIN, new Route("DELETE", "/v1/agreements/{id}", Role.ADMIN, HANDLER).role());
    }
}

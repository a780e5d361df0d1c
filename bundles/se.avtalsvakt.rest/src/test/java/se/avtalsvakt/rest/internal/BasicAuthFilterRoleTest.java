package se.avtalsvakt.rest.internal;

import static org.junit.Assert.assertEquals;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import javax.servlet.http.HttpServletRequest;

import org.junit.Test;

import se.avtalsvakt.rest.Role;

/** {@link BasicAuthFilter#hasRole}: a caller's role includes every role before it (viewer < operator < admin). */
public class BasicAuthFilterRoleTest {

    /** The request attribute under which the filter leaves the caller's JAAS role names. */
    private static final String ROLES_ATTRIBUTE = BasicAuthFilter.class.getName() + ".roles";

    /** A request that only answers getAttribute, built with a JDK proxy. */
    private static HttpServletRequest requestWithRoles(Set<String> roles) {
        return (HttpServletRequest) Proxy.newProxyInstance(BasicAuthFilterRoleTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getAttribute")) {
                        return ROLES_ATTRIBUTE.equals(args[0]) ? roles : null;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    private static List<Role> allowed(Set<String> roles) {
        HttpServletRequest request = requestWithRoles(roles);
        List<Role> allowed = new ArrayList<>();
        for (Role r : Role.values()) {
            if (BasicAuthFilter.hasRole(request, r)) {
                allowed.add(r);
            }
        }
        return allowed;
    }

    @Test
    public void viewerMayOnlyView() {
        assertEquals(List.of(Role.VIEWER), allowed(Set.of("viewer")));
    }

    @Test
    public void operatorMayAlsoView() {
        assertEquals(List.of(Role.VIEWER, Role.OPERATOR), allowed(Set.of("operator")));
    }

    @Test
    public void adminMayDoEverything() {
        assertEquals(List.of(Role.VIEWER, Role.OPERATOR, Role.ADMIN), allowed(Set.of("admin")));
    }

    @Test
    public void otherJaasRolesGrantNothing() {
        assertEquals(List.of(), allowed(Set.of()));
        assertEquals(List.of(), allowed(Set.of("manager", "ssh", "Admin", "VIEWER")));
        assertEquals(List.of(Role.VIEWER, Role.OPERATOR), allowed(Set.of("ssh", "operator", "viewer")));
    }

    @Test
    public void requestThatWasNotAuthenticatedHasNoRole() {
        assertEquals(List.of(), allowed(null));
    }
}

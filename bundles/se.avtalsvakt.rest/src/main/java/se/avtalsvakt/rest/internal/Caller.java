package se.avtalsvakt.rest.internal;

import java.security.Principal;
import java.util.Set;

import javax.ws.rs.core.SecurityContext;

/** Who is calling, after login: the user and the JAAS roles, with the roles' order (viewer < operator < admin). */
final class Caller implements SecurityContext {

    private final String user;
    private final Set<String> roles;
    private final boolean secure;

    Caller(String user, Set<String> roles, boolean secure) {
        this.user = user;
        this.roles = Set.copyOf(roles);
        this.secure = secure;
    }

    @Override
    public Principal getUserPrincipal() {
        return () -> user;
    }

    @Override
    public boolean isUserInRole(String role) {
        return role != null && Roles.has(roles, role);
    }

    @Override
    public boolean isSecure() {
        return secure;
    }

    @Override
    public String getAuthenticationScheme() {
        return BASIC_AUTH;
    }

    Set<String> roles() {
        return roles;
    }
}

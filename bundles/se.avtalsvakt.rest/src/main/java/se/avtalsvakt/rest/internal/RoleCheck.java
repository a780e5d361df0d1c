package se.avtalsvakt.rest.internal;

import java.lang.reflect.Method;

import javax.annotation.Priority;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.GET;
import javax.ws.rs.HEAD;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.DynamicFeature;
import javax.ws.rs.container.ResourceInfo;
import javax.ws.rs.core.FeatureContext;

/**
 * The role a resource method needs: {@link RolesAllowed} on the method or its class; without one, reading
 * (GET, HEAD) needs {@code viewer} and everything else {@code operator}. A caller without it gets 403.
 */
final class RoleCheck implements DynamicFeature {

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        Method method = resource.getResourceMethod();
        if (method == null) {
            return;
        }
        context.register(new Filter(needed(resource.getResourceClass(), method)));
    }

    static String[] needed(Class<?> type, Method method) {
        RolesAllowed allowed = method.getAnnotation(RolesAllowed.class);
        if (allowed == null && type != null) {
            allowed = type.getAnnotation(RolesAllowed.class);
        }
        if (allowed != null && allowed.value().length > 0) {
            return allowed.value();
        }
        boolean reads = method.isAnnotationPresent(GET.class) || method.isAnnotationPresent(HEAD.class);
        return new String[] {reads ? Roles.VIEWER : Roles.OPERATOR};
    }

    @Priority(Priorities.AUTHORIZATION)
    static final class Filter implements ContainerRequestFilter {
        private final String[] roles;

        Filter(String[] roles) {
            this.roles = roles.clone();
        }

        @Override
        public void filter(ContainerRequestContext request) {
            var security = request.getSecurityContext();
            for (String role : roles) {
                if (security != null && security.isUserInRole(role)) {
                    return;
                }
            }
            request.abortWith(Problems.response(403, "Forbidden", "this needs the role '"
                    + String.join("' or '", roles) + "'").build());
        }
    }
}

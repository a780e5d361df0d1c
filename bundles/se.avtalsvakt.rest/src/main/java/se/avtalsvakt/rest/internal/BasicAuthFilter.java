package se.avtalsvakt.rest.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Base64;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import javax.security.auth.Subject;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.callback.UnsupportedCallbackException;
import javax.security.auth.login.LoginContext;
import javax.security.auth.login.LoginException;
import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletRequestWrapper;
import javax.servlet.http.HttpServletResponse;

import org.apache.karaf.jaas.boot.ProxyLoginModule;
import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.avtalsvakt.rest.Role;

/**
 * HTTP Basic login against a Karaf JAAS realm for everything under {@code /api}. A caller without valid
 * credentials gets 401; the request passed on knows its user and roles.
 */
@Component(name = "se.avtalsvakt.rest", service = Filter.class, property = {
        "osgi.http.whiteboard.filter.name=avtalsvakt-login",
        "osgi.http.whiteboard.filter.pattern=/api/*"})
@Designate(ocd = AuthConfig.class)
public class BasicAuthFilter implements Filter {

    private static final Logger LOG = LoggerFactory.getLogger(BasicAuthFilter.class);
    private static final String ROLES = BasicAuthFilter.class.getName() + ".roles";

    private volatile AuthConfig config;

    @Activate
    @Modified
    void configure(AuthConfig config) {
        this.config = config;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse resp = (HttpServletResponse) response;
        String header = req.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            challenge(resp, "log in with HTTP Basic authentication");
            return;
        }
        String[] credentials = decode(header.substring(6).trim());
        if (credentials == null) {
            challenge(resp, "malformed Basic credentials");
            return;
        }
        Subject subject = login(credentials[0], credentials[1]);
        if (subject == null) {
            challenge(resp, "wrong user name or password");
            return;
        }
        Set<String> roles = subject.getPrincipals(RolePrincipal.class).stream().map(Principal::getName)
                .collect(Collectors.toUnmodifiableSet());
        String user = subject.getPrincipals(UserPrincipal.class).stream().map(Principal::getName).findFirst()
                .orElse(credentials[0]);
        req.setAttribute(ROLES, roles);
        chain.doFilter(new Authenticated(req, user, roles), response);
    }

    /** @return whether the logged-in caller has {@code role} or a role that includes it */
    static boolean hasRole(HttpServletRequest req, Role role) {
        @SuppressWarnings("unchecked")
        Set<String> roles = (Set<String>) req.getAttribute(ROLES);
        if (roles == null) {
            return false;
        }
        for (Role r : Role.values()) {
            if (r.compareTo(role) >= 0 && roles.contains(r.roleName())) {
                return true;
            }
        }
        return false;
    }

    private Subject login(String user, String password) {
        Subject subject = new Subject();
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        // JAAS finds Karaf's login modules through the boot class loader
        thread.setContextClassLoader(ProxyLoginModule.class.getClassLoader());
        try {
            LoginContext context = new LoginContext(config.realm(), subject, callbacks -> {
                for (var callback : callbacks) {
                    if (callback instanceof NameCallback name) {
                        name.setName(user);
                    } else if (callback instanceof PasswordCallback pass) {
                        pass.setPassword(password.toCharArray());
                    } else {
                        throw new UnsupportedCallbackException(callback);
                    }
                }
            });
            context.login();
            return subject;
        } catch (LoginException e) {
            LOG.debug("Login of '{}' refused: {}", user, e.getMessage());
            return null;
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private static String[] decode(String encoded) {
        try {
            String text = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = text.indexOf(':');
            return colon < 0 ? null : new String[] {text.substring(0, colon), text.substring(colon + 1)};
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private void challenge(HttpServletResponse resp, String detail) throws IOException {
        resp.setHeader("WWW-Authenticate", "Basic realm=\"" + config.httpRealm() + "\", charset=\"UTF-8\"");
        Problems.write(resp, 401, "Unauthorized", detail);
    }

    /** The request as seen after login. */
    private static final class Authenticated extends HttpServletRequestWrapper {
        private final String user;
        private final Set<String> roles;

        Authenticated(HttpServletRequest request, String user, Set<String> roles) {
            super(request);
            this.user = user;
            this.roles = roles;
        }

        @Override
        public String getRemoteUser() {
            return user;
        }

        @Override
        public Principal getUserPrincipal() {
            return () -> user;
        }

        @Override
        public boolean isUserInRole(String role) {
            return roles.contains(role.toLowerCase(Locale.ROOT));
        }

        @Override
        public String getAuthType() {
            return BASIC_AUTH;
        }
    }
}

package se.avtalsvakt.rest.internal;

import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Base64;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import javax.annotation.Priority;
import javax.security.auth.Subject;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.callback.UnsupportedCallbackException;
import javax.security.auth.login.LoginContext;
import javax.security.auth.login.LoginException;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.PreMatching;
import javax.ws.rs.core.HttpHeaders;

import org.apache.karaf.jaas.boot.ProxyLoginModule;
import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * HTTP Basic login against a Karaf JAAS realm, before anything else: a caller without valid credentials gets 401
 * with a challenge, whatever the path; after it the request's {@link javax.ws.rs.core.SecurityContext} knows the
 * user and roles. A successful login is remembered for {@code loginCacheSeconds} ({@link LoginCache}).
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION)
final class LoginFilter implements ContainerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(LoginFilter.class);

    private final Supplier<RestConfig> config;
    private final LoginCache cache;

    LoginFilter(Supplier<RestConfig> config) {
        this(config, new LoginCache(LoginFilter::jaasLogin, System::nanoTime));
    }

    LoginFilter(Supplier<RestConfig> config, LoginCache cache) {
        this.config = config;
        this.cache = cache;
    }

    /** Forgets the remembered logins (the configuration changed). */
    void forget() {
        cache.clear();
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            request.abortWith(challenge("log in with HTTP Basic authentication"));
            return;
        }
        String[] credentials = decode(header.substring(6).trim());
        if (credentials == null) {
            request.abortWith(challenge("malformed Basic credentials"));
            return;
        }
        RestConfig c = config.get();
        LoginCache.Login login = cache.login(c.realm(), credentials[0], credentials[1], c.loginCacheSeconds(),
                c.loginCacheSize());
        if (login == null) {
            request.abortWith(challenge("wrong user name or password"));
            return;
        }
        boolean secure = request.getSecurityContext() != null && request.getSecurityContext().isSecure();
        request.setSecurityContext(new Caller(login.user(), login.roles(), secure));
    }

    private javax.ws.rs.core.Response challenge(String detail) {
        return Problems.response(401, "Unauthorized", detail).header(HttpHeaders.WWW_AUTHENTICATE,
                "Basic realm=\"" + config.get().httpRealm() + "\", charset=\"UTF-8\"").build();
    }

    /** @return the JAAS login of the user in the realm, or null if refused */
    static LoginCache.Login jaasLogin(String realm, String user, String password) {
        Subject subject = new Subject();
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        // JAAS finds Karaf's login modules through the boot class loader
        thread.setContextClassLoader(ProxyLoginModule.class.getClassLoader());
        try {
            LoginContext context = new LoginContext(realm, subject, callbacks -> {
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
            Set<String> roles = subject.getPrincipals(RolePrincipal.class).stream().map(Principal::getName)
                    .collect(Collectors.toUnmodifiableSet());
            String name = subject.getPrincipals(UserPrincipal.class).stream().map(Principal::getName).findFirst()
                    .orElse(user);
            return new LoginCache.Login(name, roles);
        } catch (LoginException e) {
            LOG.debug("Login of '{}' refused: {}", user, e.getMessage());
            return null;
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    static String[] decode(String encoded) {
        try {
            String text = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = text.indexOf(':');
            return colon < 0 ? null : new String[] {text.substring(0, colon), text.substring(colon + 1)};
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}

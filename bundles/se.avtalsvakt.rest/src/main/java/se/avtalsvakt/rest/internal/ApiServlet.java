package se.avtalsvakt.rest.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;

import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.avtalsvakt.api.ConflictException;
import se.avtalsvakt.api.NotFoundException;
import se.avtalsvakt.api.ValidationException;
import se.avtalsvakt.rest.RestRequest;
import se.avtalsvakt.rest.RestResource;
import se.avtalsvakt.rest.RestResponse;
import se.avtalsvakt.rest.UnsupportedMediaTypeException;
import se.avtalsvakt.rest.Role;

/**
 * Dispatches {@code /api/*} to the routes of every registered {@link RestResource}. Login has happened in
 * {@link BasicAuthFilter}; this checks the route's role, runs it and turns the outcome into JSON or problem
 * details.
 */
@Component(service = Servlet.class, property = {
        "osgi.http.whiteboard.servlet.name=" + ApiServlet.NAME,
        "osgi.http.whiteboard.servlet.pattern=/api/*"})
public class ApiServlet extends HttpServlet {

    static final String NAME = "avtalsvakt-api";

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(ApiServlet.class);

    private final transient Router router = new Router();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addResource(RestResource resource) {
        router.add(resource);
    }

    void removeResource(RestResource resource) {
        router.remove(resource);
    }

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = Optional.ofNullable(req.getPathInfo()).orElse("/");
        String method = req.getMethod();
        Optional<Router.Match> match = router.match(method, path);
        if (match.isEmpty()) {
            var allowed = router.methodsFor(path);
            if (allowed.isEmpty()) {
                Problems.write(resp, 404, "Not Found", "no resource at /api" + path);
            } else {
                resp.setHeader("Allow", String.join(", ", allowed));
                Problems.write(resp, 405, "Method Not Allowed", method + " is not allowed here; use "
                        + String.join(", ", allowed));
            }
            return;
        }
        Role needed = match.get().route().role();
        if (!BasicAuthFilter.hasRole(req, needed)) {
            Problems.write(resp, 403, "Forbidden", "this needs the role '" + needed.roleName() + "'");
            return;
        }
        try {
            write(resp, match.get().route().handler().handle(new Request(req, match.get().parameters())));
        } catch (ValidationException e) {
            Problems.write(resp, 400, "Invalid input", e.getMessage(), e.problems());
        } catch (NotFoundException e) {
            Problems.write(resp, 404, "Not Found", e.getMessage());
        } catch (ConflictException e) {
            Problems.write(resp, 409, "Conflict", e.getMessage());
        } catch (UnsupportedMediaTypeException e) {
            Problems.write(resp, 415, "Unsupported Media Type", e.getMessage());
        } catch (Exception e) {
            LOG.error("{} /api{} failed", method, path, e);
            Problems.write(resp, 500, "Internal Server Error",
                    "the server failed to answer; the error is in the platform log");
        }
    }

    private static void write(HttpServletResponse resp, RestResponse response) throws IOException {
        resp.setStatus(response.status());
        response.headers().forEach(resp::setHeader);
        Object body = response.body();
        if (body instanceof RestResponse.Raw raw) {
            resp.setContentType(raw.contentType());
            resp.getOutputStream().write(raw.content());
        } else if (body != null) {
            resp.setContentType("application/json");
            resp.setCharacterEncoding("UTF-8");
            Json.MAPPER.writeValue(resp.getOutputStream(), body);
        }
    }


    private static final class Request implements RestRequest {
        private final HttpServletRequest req;
        private final Map<String, String> parameters;

        Request(HttpServletRequest req, Map<String, String> parameters) {
            this.req = req;
            this.parameters = parameters;
        }

        @Override
        public String path(String name) {
            return parameters.get(name);
        }

        @Override
        public Optional<String> query(String name) {
            return Optional.ofNullable(req.getParameter(name)).map(String::trim).filter(s -> !s.isEmpty());
        }

        @Override
        public InputStream body() {
            try {
                return req.getInputStream();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public Optional<String> contentType() {
            return Optional.ofNullable(req.getContentType()).map(t -> t.split(";")[0].trim().toLowerCase());
        }

        @Override
        public String user() {
            return req.getRemoteUser();
        }

        @Override
        public boolean hasRole(Role role) {
            return BasicAuthFilter.hasRole(req, role);
        }
    }
}

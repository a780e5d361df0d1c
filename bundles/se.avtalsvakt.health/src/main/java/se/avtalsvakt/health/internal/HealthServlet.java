package se.avtalsvakt.health.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

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

import com.fasterxml.jackson.databind.ObjectMapper;

import se.avtalsvakt.api.json.Json;

/**
 * {@code GET /system/health}: 200 when every check of the platform passes (OK or WARN), 503 with
 * {@code Retry-After} otherwise, always with a JSON body naming each check, its status and messages, and the
 * failing ones. No login: a load balancer probes it; the body holds nothing but check names and messages.
 */
@Component(service = Servlet.class, property = {
        "osgi.http.whiteboard.servlet.name=avtalsvakt-health",
        "osgi.http.whiteboard.servlet.pattern=" + HealthServlet.PATH})
public class HealthServlet extends HttpServlet {

    static final String PATH = "/system/health";
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(HealthServlet.class);
    private static final ObjectMapper JSON = Json.mapper();

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile PlatformHealth health;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        PlatformHealth h = health;
        int status;
        Map<String, Object> body;
        if (h == null) {
            status = HttpServletResponse.SC_SERVICE_UNAVAILABLE;
            body = Map.of("status", "CRITICAL", "failing", List.of("Health checks"), "checks",
                    List.of(Map.of("name", "Health checks", "status", "CRITICAL",
                            "messages", List.of("the health check executor is not running"))));
        } else {
            HealthReport report;
            try {
                report = h.report();
            } catch (RuntimeException e) {
                LOG.warn("Health checks could not be run: {}", e.toString());
                report = HealthReport.of(List.of(new HealthReport.Check("Health checks",
                        org.apache.felix.hc.api.Result.Status.HEALTH_CHECK_ERROR,
                        List.of("the health checks could not be run"))), List.of());
            }
            status = report.ready() ? HttpServletResponse.SC_OK : HttpServletResponse.SC_SERVICE_UNAVAILABLE;
            body = report.toJson();
        }
        resp.setStatus(status);
        if (status != HttpServletResponse.SC_OK) {
            resp.setHeader("Retry-After", "10");
        }
        resp.setHeader("Cache-Control", "no-store");
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.setContentType("application/json");
        resp.setCharacterEncoding(StandardCharsets.UTF_8.name());
        JSON.writeValue(resp.getOutputStream(), body);
    }
}

package se.avtalsvakt.web.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/**
 * Serves the dashboard at the root of the HTTP service, as the whiteboard's default servlet ({@code /}): the more
 * specific {@code /api/*} of the REST bundle keeps its requests. The files hold no data and are served without
 * login; every piece of data comes from {@code /api/v1} with the user's own credentials.
 */
@Component(service = Servlet.class, property = {
        "osgi.http.whiteboard.servlet.name=avtalsvakt-web",
        "osgi.http.whiteboard.servlet.pattern=/"})
public class DashboardServlet extends HttpServlet {

    static final String ROOT = "web";
    /** Only this origin's own files and API; no inline script, no framing. */
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:;"
            + " connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

    private static final long serialVersionUID = 1L;

    private final transient WebResources resources;

    @Activate
    public DashboardServlet(BundleContext context) {
        this.resources = new WebResources(read(context));
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getServletPath() + Optional.ofNullable(req.getPathInfo()).orElse("");
        Optional<WebResources.Resource> found = resources.find(path);
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.setHeader("Referrer-Policy", "no-referrer");
        if (found.isEmpty()) {
            resp.setHeader("Cache-Control", "no-store");
            resp.setStatus(HttpServletResponse.SC_NOT_FOUND);
            resp.setContentType("text/plain; charset=UTF-8");
            resp.getWriter().write("Sidan finns inte. Webbpanelen finns på /.\n");
            return;
        }
        WebResources.Resource r = found.get();
        resp.setHeader("Cache-Control", r.cacheControl());
        resp.setHeader("ETag", r.etag());
        resp.setHeader("Vary", "Accept-Encoding");
        if (r.contentType().startsWith("text/html")) {
            resp.setHeader("Content-Security-Policy", CSP);
            resp.setHeader("X-Frame-Options", "DENY");
        }
        String ifNoneMatch = req.getHeader("If-None-Match");
        if (ifNoneMatch != null && (ifNoneMatch.contains(r.etag()) || ifNoneMatch.trim().equals("*"))) {
            resp.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        resp.setContentType(r.contentType());
        byte[] body = r.content();
        String accept = req.getHeader("Accept-Encoding");
        if (r.gzipped() != null && accept != null && accept.contains("gzip")) {
            resp.setHeader("Content-Encoding", "gzip");
            body = r.gzipped();
        }
        resp.setContentLength(body.length);
        if (!"HEAD".equals(req.getMethod())) {
            resp.getOutputStream().write(body);
        }
    }

    /** @return every file under the bundle's {@code web/} folder, by path below it */
    private static Map<String, byte[]> read(BundleContext context) {
        Map<String, byte[]> files = new HashMap<>();
        Enumeration<URL> entries = context.getBundle().findEntries(ROOT, "*", true);
        while (entries != null && entries.hasMoreElements()) {
            URL url = entries.nextElement();
            String path = url.getPath();
            if (path.endsWith("/")) {
                continue;
            }
            try (InputStream in = url.openStream()) {
                files.put(path.substring(path.indexOf("/" + ROOT + "/") + ROOT.length() + 1), in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + url, e);
            }
        }
        return files;
    }
}

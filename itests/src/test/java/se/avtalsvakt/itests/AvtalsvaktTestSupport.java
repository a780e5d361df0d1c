package se.avtalsvakt.itests;

import static org.awaitility.Awaitility.await;
import static org.ops4j.pax.exam.CoreOptions.maven;
import static org.ops4j.pax.exam.CoreOptions.mavenBundle;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.CoreOptions.systemTimeout;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.configureConsole;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.karafDistributionConfiguration;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.keepRuntimeFolder;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.logLevel;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import javax.inject.Inject;

import org.apache.karaf.features.BootFinished;
import org.awaitility.core.ConditionTimeoutException;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.api.console.SessionFactory;
import org.junit.Rule;
import org.junit.rules.Timeout;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.karaf.options.LogLevelOption.LogLevel;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Boots the built distribution once per test class and drives it like a user: through the console (a real
 * shell session) and through the REST API over HTTP. Waits use Awaitility; every test has a timeout.
 */
public abstract class AvtalsvaktTestSupport {

    /** The HTTP port of the container under test: chosen free by the driver, handed to the container. */
    static final String HTTP_PORT_PROPERTY = "avtalsvakt.itest.httpPort";
    static final String TODAY = "2026-11-22";
    /** The readiness endpoint: 200 when every health check passes (no login). */
    static final String HEALTH = "/system/health";
    static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicInteger UNIQUE = new AtomicInteger();

    @Rule
    public Timeout timeout = Timeout.seconds(180);

    @Inject
    protected BundleContext bundleContext;

    @Inject
    protected SessionFactory sessionFactory;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Configuration
    public Option[] config() {
        String localRepo = System.getProperty("maven.repo.local", System.getProperty("user.home") + "/.m2/repository");
        // free ports per container, so a container that outlives its test cannot break the next one
        String httpPort = freePort();
        return new Option[] {
            systemProperty(HTTP_PORT_PROPERTY).value(httpPort),
            // the probe bundle's own waits for Pax Exam's invoker factory and Injector (these two properties, 10 s
            // by default, not pax.exam.service.timeout): too short when the boot features start slowly, and the
            // test then hangs until the system timeout
            systemProperty("org.ops4j.pax.exam.raw.extender.intern.Parser.DEFAULT_TIMEOUT").value("120000"),
            systemProperty("org.ops4j.pax.exam.invoker.junit.internal.JUnitProbeInvokerFactory.DEFAULT_TIMEOUT")
                    .value("120000"),
            // versions of bundles a test installs itself, read inside the container
            systemProperty("avtalsvakt.itest.greenmail.version").value(property("greenmail.version")),
            // the probe waits for Pax Exam's services while Karaf is still booting: give a slow machine time
            systemProperty("pax.exam.service.timeout").value("180000"),
            karafDistributionConfiguration()
                    .frameworkUrl(maven().groupId("se.avtalsvakt").artifactId("avtalsvakt-karaf").type("tar.gz")
                            .version(property("project.version")))
                    .name("Avtalsvakt")
                    .unpackDirectory(new File("target/exam"))
                    .useDeployFolder(false),
            keepRuntimeFolder(),
            logLevel(LogLevel.INFO),
            // Karaf must be up (remote bundle context bound) within this; a loaded 2-core machine needs minutes
            systemTimeout(300_000),
            configureConsole().ignoreLocalConsole(),
            editConfigurationFilePut("etc/org.ops4j.pax.url.mvn.cfg", "org.ops4j.pax.url.mvn.localRepository",
                    localRepo),
            editConfigurationFilePut("etc/org.ops4j.pax.url.mvn.cfg", "org.ops4j.pax.url.mvn.repositories", ""),
            editConfigurationFilePut("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port", httpPort),
            editConfigurationFilePut("etc/org.apache.karaf.shell.cfg", "sshPort", freePort()),
            editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiRegistryPort", freePort()),
            editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiServerPort", freePort()),
            editConfigurationFilePut("etc/se.avtalsvakt.clock.cfg", "fixedDate", TODAY),
            mavenBundle("org.hamcrest", "hamcrest", property("hamcrest.version")),
            mavenBundle("org.awaitility", "awaitility", property("awaitility.version")),
        };
    }

    /** @return inside the container: the version of a bundle a test installs itself, handed over by the build */
    protected static String version(String artifact) {
        return property("avtalsvakt.itest." + artifact + ".version");
    }

    private static String freePort() {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return String.valueOf(socket.getLocalPort());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("no free port", e);
        }
    }

    /** @return the container's HTTP port (inside the container) */
    static int httpPort() {
        return Integer.parseInt(System.getProperty(HTTP_PORT_PROPERTY));
    }

    /** @return a version or setting handed over by the build (failsafe's systemPropertyVariables) */
    private static String property(String name) {
        String value = System.getProperty(name);
        if (value == null) {
            throw new IllegalStateException("system property " + name + " is not set: run the tests through Maven");
        }
        return value;
    }

    /** @return a fresh id, unique within this run */
    static String uniqueId(String prefix) {
        return prefix + "-" + System.nanoTime() % 1_000_000 + "-" + UNIQUE.incrementAndGet();
    }

    // --- console

    /** Runs a console command as a user would type it; returns what it printed, or "Error: …" on failure. */
    protected String console(String command) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        ExecutorService executor = Executors.newSingleThreadExecutor();
        try {
            Future<String> result = executor.submit(() -> {
                Session session = sessionFactory.create(System.in, out, out);
                try {
                    session.execute(command);
                    return bytes.toString(StandardCharsets.UTF_8);
                } catch (Exception e) {
                    return bytes.toString(StandardCharsets.UTF_8) + "Error: " + e.getMessage();
                } finally {
                    session.close();
                }
            });
            return result.get(60, TimeUnit.SECONDS);
        } finally {
            executor.shutdownNow();
        }
    }

    /** Runs a console command as an administrator: feature:*, scr:* and bundle:* need the admin role (command ACL). */
    protected String asAdmin(String command) throws Exception {
        javax.security.auth.Subject subject = new javax.security.auth.Subject();
        subject.getPrincipals().add(new org.apache.karaf.jaas.boot.principal.UserPrincipal("admin"));
        subject.getPrincipals().add(new org.apache.karaf.jaas.boot.principal.RolePrincipal("admin"));
        return javax.security.auth.Subject.doAs(subject,
                (java.security.PrivilegedExceptionAction<String>) () -> console(command));
    }

    /** @return whether the DS component of that name is registered as a service */
    protected boolean serviceOfComponent(String componentName) throws Exception {
        var refs = bundleContext.getAllServiceReferences(null, "(component.name=" + componentName + ")");
        return refs != null && refs.length > 0;
    }

    // --- REST

    protected HttpResponse<String> get(String path, String user) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).GET(), user);
    }

    protected HttpResponse<String> post(String path, String user, String json) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)), user);
    }

    /** Posts a body of any type: a supplier file as {@code text/csv}, a body of the wrong type. */
    protected HttpResponse<String> post(String path, String user, String contentType, String body)
            throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)), user);
    }

    protected HttpResponse<String> put(String path, String user, String json) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)), user);
    }

    private HttpResponse<String> send(HttpRequest.Builder builder, String user) throws Exception {
        if (user != null) {
            builder.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(builder.timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static URI uri(String path) {
        return URI.create("http://localhost:" + httpPort() + path);
    }

    static JsonNode json(HttpResponse<String> response) throws Exception {
        return JSON.readTree(response.body());
    }

    /**
     * Waits until Karaf has installed every boot feature (it registers {@link BootFinished} then; a test that stops
     * bundles meanwhile races the features service) and the platform says it is ready: {@code GET /system/health}
     * answers 200, so every health check passes (bundles, components, datasource, migrations, reference data,
     * scheduler). If it never does, the test fails with the last answer, which names the failing checks.
     */
    protected void awaitPlatform() {
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(200))
                .until(() -> bundleContext.getServiceReference(BootFinished.class) != null);
        awaitHealth(200);
    }

    /**
     * Waits until {@code GET /system/health} answers {@code status}; fails with its last answer if it does not.
     *
     * @return the last answer
     */
    protected HttpResponse<String> awaitHealth(int status) {
        AtomicReference<HttpResponse<String>> last = new AtomicReference<>();
        try {
            await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500)).ignoreExceptions()
                    .until(() -> {
                        last.set(get(HEALTH, null));
                        return last.get().statusCode() == status;
                    });
        } catch (ConditionTimeoutException e) {
            HttpResponse<String> answer = last.get();
            String said = answer == null ? "no answer" : answer.statusCode() + " " + answer.body();
            System.err.println("GET " + HEALTH + " did not answer " + status + ": " + said);
            throw new AssertionError("GET " + HEALTH + " did not answer " + status + " within 120 s; last answer: "
                    + said, e);
        }
        return last.get();
    }

    /** Pins the platform clock to {@code date}, as an operator would in etc/se.avtalsvakt.clock.cfg. */
    protected static void setDate(org.osgi.service.cm.Configuration clock, String date) throws Exception {
        java.util.Dictionary<String, Object> props = new java.util.Hashtable<>();
        props.put("fixedDate", date);
        clock.update(props);
    }

    protected Bundle bundle(String symbolicName) {
        for (Bundle b : bundleContext.getBundles()) {
            if (b.getSymbolicName().equals(symbolicName)) {
                return b;
            }
        }
        throw new AssertionError("no bundle " + symbolicName);
    }

    /** An agreement in the exchange format with a fresh id. */
    static String agreementJson(String id, String title) {
        return "{\"id\": \"" + id + "\", \"title\": \"" + title + "\", \"kind\": \"SUPPLY_CONTRACT\","
                + " \"parties\": [{\"organisation\": \"goteborg\", \"role\": \"CARE_PROVIDER\"},"
                + " {\"organisation\": \"hjalpmedelscentralen\", \"role\": \"SUPPLIER\"}],"
                + " \"ownerBody\": \"ledningsradet\", \"start\": \"2025-01-01\", \"firstTermEnd\": \"2026-12-31\","
                + " \"renewal\": {\"type\": \"AUTO_EXTEND\", \"period\": \"P1Y\", \"noticePeriod\": \"P3M\","
                + " \"writtenNoticeRequired\": true}, \"renegotiationAnyTime\": false}";
    }
}

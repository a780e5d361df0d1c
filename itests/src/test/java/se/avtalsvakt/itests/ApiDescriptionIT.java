package se.avtalsvakt.itests;

import static org.awaitility.Awaitility.await;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.ServiceReference;
import org.osgi.service.jaxrs.runtime.JaxrsServiceRuntime;
import org.osgi.service.jaxrs.runtime.dto.ApplicationDTO;
import org.osgi.service.jaxrs.runtime.dto.ResourceDTO;
import org.osgi.service.jaxrs.runtime.dto.ResourceMethodInfoDTO;

/**
 * docs/openapi.yaml describes exactly the endpoints the distribution serves: every resource method registered
 * in the JAX-RS application (read from the whiteboard's runtime) is described, and every described operation
 * exists.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ApiDescriptionIT extends AvtalsvaktTestSupport {

    static final String OPENAPI = "avtalsvakt.itest.openapi";
    private static final Pattern PATH = Pattern.compile("^  (/\\S*):\\s*$");
    private static final Pattern OPERATION = Pattern.compile("^    (get|put|post|delete|patch|head):\\s*$");

    @Override
    @Configuration
    public Option[] config() {
        Option[] base = super.config();
        Option[] all = Arrays.copyOf(base, base.length + 1);
        all[base.length] = systemProperty(OPENAPI).value(
                Path.of("..", "docs", "openapi.yaml").toAbsolutePath().normalize().toString());
        return all;
    }

    @Test
    public void theDescriptionAndTheServedEndpointsAgree() throws IOException {
        Set<String> described = described(Path.of(System.getProperty(OPENAPI)));
        assertTrue("docs/openapi.yaml describes operations", described.size() > 50);
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            Set<String> served = served();
            Set<String> undocumented = new TreeSet<>(served);
            undocumented.removeAll(described);
            Set<String> missing = new TreeSet<>(described);
            missing.removeAll(served);
            assertEquals("served but not in docs/openapi.yaml", Set.of(), undocumented);
            assertEquals("in docs/openapi.yaml but not served", Set.of(), missing);
        });
    }

    /** @return "METHOD /path" for every operation of docs/openapi.yaml, path parameters as {} */
    static Set<String> described(Path file) throws IOException {
        Set<String> operations = new TreeSet<>();
        String path = null;
        for (String line : Files.readAllLines(file)) {
            Matcher p = PATH.matcher(line);
            Matcher o = OPERATION.matcher(line);
            if (p.matches()) {
                path = normalize(p.group(1));
            } else if (!line.startsWith("  ") && !line.isBlank()) {
                path = null;
            } else if (path != null && o.matches()) {
                operations.add(o.group(1).toUpperCase() + " " + path);
            }
        }
        return operations;
    }

    /** @return "METHOD /path" for every resource method of the application "avtalsvakt" */
    private Set<String> served() {
        ServiceReference<JaxrsServiceRuntime> ref = bundleContext.getServiceReference(JaxrsServiceRuntime.class);
        assertTrue("the JAX-RS whiteboard runs", ref != null);
        JaxrsServiceRuntime runtime = bundleContext.getService(ref);
        try {
            Set<String> operations = new TreeSet<>();
            for (ApplicationDTO app : runtime.getRuntimeDTO().applicationDTOs) {
                if (!"avtalsvakt".equals(app.name)) {
                    continue;
                }
                for (ResourceDTO resource : app.resourceDTOs) {
                    for (ResourceMethodInfoDTO m : resource.resourceMethods) {
                        if (m.method != null) {
                            operations.add(m.method + " " + normalize(m.path));
                        }
                    }
                }
            }
            return operations;
        } finally {
            bundleContext.ungetService(ref);
        }
    }

    /** {@code agreements/{id: [a-z]+}/terms/} → {@code /agreements/{}/terms} */
    static String normalize(String path) {
        String p = path.replaceAll("\\{[^}]*\\}", "{}").replaceAll("/+", "/").replaceAll("/$", "");
        return p.startsWith("/") ? p : "/" + p;
    }
}

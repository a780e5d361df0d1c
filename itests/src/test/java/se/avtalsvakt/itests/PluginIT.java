package se.avtalsvakt.itests;

import static org.awaitility.Awaitility.await;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.inject.Inject;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceReference;
import org.osgi.service.cm.ConfigurationAdmin;

import com.fasterxml.jackson.databind.JsonNode;

import se.avtalsvakt.api.organisation.OrganisationService;
import se.avtalsvakt.api.plugin.Plugin;
import se.avtalsvakt.api.plugin.PluginRoute;
import se.avtalsvakt.api.plugin.PluginService;

/**
 * The example plug-in "case files" installed at runtime from the distribution's system folder: it writes the
 * alert of the seed agreement's notice ladder as a JSON file through its Camel route, plugin:list and
 * GET /api/v1/plugins show it with that route and its exchanges, and uninstalling it removes it without
 * restarting or refreshing anything else. Then a project generated from the plug-in archetype (built and
 * installed into the local Maven repository by the archetype module's integration test) is installed the way
 * regional IT would, and delivers an alert through its route.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
@org.junit.FixMethodOrder(org.junit.runners.MethodSorters.NAME_ASCENDING)
public class PluginIT extends AvtalsvaktTestSupport {

    static final String AGREEMENT = "samarbetsavtal-hjalpmedel";
    static final String BSN = "se.avtalsvakt.plugin.casefile";

    @Inject
    protected ConfigurationAdmin configurationAdmin;

    @Inject
    protected PluginService plugins;

    private Optional<Plugin> casefile() {
        return plugins.find(BSN);
    }

    /** @return every bundle but the plug-in's, by id, with its state and last modification */
    private Map<Long, String> otherBundles() {
        return Arrays.stream(bundleContext.getBundles()).filter(b -> !b.getSymbolicName().equals(BSN))
                .collect(Collectors.toMap(Bundle::getBundleId,
                        b -> b.getSymbolicName() + " " + b.getState() + " " + b.getLastModified(),
                        (a, b) -> a, TreeMap::new));
    }

    private long serviceId(String type, String filter) throws Exception {
        ServiceReference<?>[] refs = bundleContext.getServiceReferences(type, filter);
        assertTrue(type + " " + filter, refs != null && refs.length == 1);
        return (Long) refs[0].getProperty("service.id");
    }

    private long supplierCamelContext() throws Exception {
        return serviceId("org.apache.camel.CamelContext", "(camel.context.name=avtalsvakt-supplier)");
    }

    @Test
    public void a_theCaseFilePluginInstallsWritesAlertsAsJsonFilesShowsItsRouteAndUninstallsCleanly()
            throws Exception {
        awaitPlatform();
        // the platform's own plug-in-like bundles are listed with their routes; the example is not installed
        await().atMost(Duration.ofSeconds(60)).until(() -> plugins.find("se.avtalsvakt.supplier")
                .map(p -> !p.routes().isEmpty()).orElse(false));
        String before = console("plugin:list");
        assertTrue(before, before.contains("se.avtalsvakt.supplier") && before.contains("supplier-http")
                && before.contains("se.avtalsvakt.channel.mail"));
        assertFalse(before, before.contains(BSN));
        assertTrue(casefile().isEmpty());

        Map<Long, String> bundlesBefore = otherBundles();
        long organisations = serviceId(OrganisationService.class.getName(), null);
        long supplierContext = supplierCamelContext();

        // as an operator would: the configuration first (the feature keeps an existing file), then install
        Path folder = Path.of(System.getProperty("karaf.data"), "itest-case-import");
        Files.writeString(Path.of(System.getProperty("karaf.etc"), BSN + ".cfg"),
                "folder = " + folder + "\n", StandardCharsets.UTF_8);
        String out = asAdmin("feature:install avtalsvakt-plugin-casefile");
        assertFalse(out, out.contains("Error"));
        await().atMost(Duration.ofSeconds(90)).until(() -> casefile()
                .map(p -> p.routes().size() == 1 && p.routes().get(0).state().equals("Started"))
                .orElse(false));
        Plugin installed = casefile().orElseThrow();
        assertEquals("Case files", installed.name());
        assertEquals("ACTIVE", installed.state());
        assertEquals(BSN, installed.configurations().get(0).pid());
        assertTrue(installed.configurations().get(0).present());

        // the seed agreement's first notice step falls due: its alert becomes a file
        setDate(configurationAdmin.getConfiguration("se.avtalsvakt.clock", null), "2027-04-08");
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500))
                .until(() -> alertFile(folder).isPresent());
        Path file = alertFile(folder).orElseThrow();
        JsonNode written = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
        JsonNode alert = json(get("/api/v1/alerts/" + written.get("id").asLong(), "viewer"));
        assertEquals(file.getFileName().toString(),
                "avtalsvakt-" + alert.get("id").asLong() + "-" + AGREEMENT + "-540.json");
        for (String field : new String[] {"source", "subject", "subjectTitle", "kind", "dueDate", "practicalDate",
            "threshold", "raisedFor", "addressee", "severity", "description"}) {
            assertEquals(field, alert.get(field).asText(), written.get(field).asText());
        }
        assertEquals("2028-09-29", written.get("practicalDate").asText());
        assertTrue(written.get("title").asText().startsWith("[Avtalsvakt] Sista dag för uppsägning om 540 dagar"));
        // the kind's text comes from the agreement bundle's catalogue, the same in the file and in the API
        assertEquals("Sista dag för uppsägning", written.get("kindLabel").asText());
        assertEquals(alert.at("/kindText/label").asText(), written.get("kindLabel").asText());
        assertEquals(alert.at("/kindText/action").asText(), written.get("action").asText());
        assertTrue(written.get("text").asText().contains(written.get("action").asText()));
        try (Stream<Path> files = Files.list(folder)) {
            assertTrue("no temporary file left", files.noneMatch(p -> p.toString().endsWith(".part")));
        }

        // plugin:list and REST show the route with the exchanges it handled
        await().atMost(Duration.ofSeconds(30)).until(() -> casefile().orElseThrow().routes().get(0).exchangesTotal() > 0);
        PluginRoute route = casefile().orElseThrow().routes().get(0);
        assertEquals("plugin-casefile", route.id());
        assertEquals(0, route.exchangesFailed());
        String listed = console("plugin:list");
        assertTrue(listed, listed.lines().anyMatch(l -> l.contains(BSN) && l.contains("Case files")
                && l.contains("ACTIVE")));
        assertTrue(listed, listed.lines().anyMatch(l -> l.contains("plugin-casefile") && l.contains("Started")
                && l.contains("direct://plugin-casefile")));
        boolean inRest = false;
        for (JsonNode p : json(get("/api/v1/plugins", "viewer"))) {
            if (p.get("symbolicName").asText().equals(BSN)) {
                inRest = true;
                assertEquals("plugin-casefile", p.at("/routes/0/id").asText());
                assertTrue(p.at("/routes/0/exchangesTotal").asLong() > 0);
                assertEquals(BSN, p.at("/configurations/0/pid").asText());
            }
        }
        assertTrue(inRest);
        assertEquals(200, get("/api/v1/plugins/" + BSN, "viewer").statusCode());

        // uninstall: the bundle and its route go, nothing else was restarted or refreshed
        out = asAdmin("feature:uninstall avtalsvakt-plugin-casefile");
        assertFalse(out, out.contains("Error"));
        await().atMost(Duration.ofSeconds(60)).until(() -> Arrays.stream(bundleContext.getBundles())
                .noneMatch(b -> b.getSymbolicName().equals(BSN)));
        assertTrue(casefile().isEmpty());
        String after = console("plugin:list");
        assertFalse(after, after.contains(BSN) || after.contains("plugin-casefile"));
        assertEquals(404, get("/api/v1/plugins/" + BSN, "viewer").statusCode());
        assertEquals(bundlesBefore, otherBundles());
        assertEquals(organisations, serviceId(OrganisationService.class.getName(), null));
        assertEquals(supplierContext, supplierCamelContext());
    }

    /** The project the archetype's integration test generates, builds and installs (archetype/src/test/resources). */
    static final String GENERATED = "region-alert-log";

    @Test
    public void b_aPluginGeneratedFromTheArchetypeInstallsIntoTheRunningPlatformAndDeliversThroughItsRoute()
            throws Exception {
        awaitPlatform();
        long organisations = serviceId(OrganisationService.class.getName(), null);
        String out = asAdmin("feature:repo-add mvn:se.region.itest/" + GENERATED + "/1.0.0-SNAPSHOT/xml/features");
        assertFalse(out, out.contains("Error"));
        out = asAdmin("feature:install " + GENERATED);
        assertFalse(out, out.contains("Error"));
        await().atMost(Duration.ofSeconds(90)).until(() -> plugins.find(GENERATED)
                .map(p -> p.routes().size() == 1 && p.routes().get(0).state().equals("Started")).orElse(false));
        Plugin generated = plugins.find(GENERATED).orElseThrow();
        assertEquals("Region alert log", generated.name());
        assertEquals("se.region.itest.alertlog", generated.configurations().get(0).pid());
        assertTrue("its cfg was installed by the feature", generated.configurations().get(0).present());

        // the 365-day step of the seed agreement's notice ladder: its alert goes through the generated route
        setDate(configurationAdmin.getConfiguration("se.avtalsvakt.clock", null), "2027-09-30");
        await().atMost(Duration.ofSeconds(90)).until(() -> plugins.find(GENERATED).orElseThrow().routes().get(0)
                .exchangesTotal() > 0);
        assertEquals(0, plugins.find(GENERATED).orElseThrow().routes().get(0).exchangesFailed());
        String listed = console("plugin:list");
        assertTrue(listed, listed.lines().anyMatch(l -> l.contains(GENERATED) && l.contains("Region alert log")));

        // its own endpoint, a JAX-RS whiteboard resource: GET for viewers, the test for administrators only
        await().atMost(Duration.ofSeconds(60)).until(() -> get("/api/v1/" + GENERATED, "viewer").statusCode() == 200);
        JsonNode status = json(get("/api/v1/" + GENERATED, "viewer"));
        assertEquals(GENERATED, status.get("channel").asText());
        long sent = status.get("sent").asLong();
        assertTrue(status.toString(), sent > 0);
        assertEquals(403, post("/api/v1/" + GENERATED + "/test", "operator", "{\"addressee\": \"x\"}").statusCode());
        var noAddressee = post("/api/v1/" + GENERATED + "/test", "admin", "{\"text\": \"hej\"}");
        assertEquals(400, noAddressee.statusCode());
        assertEquals("addressee", json(noAddressee).at("/errors/0/path").asText());
        var tested = post("/api/v1/" + GENERATED + "/test", "admin", "{\"addressee\": \"registrator\"}");
        assertEquals(202, tested.statusCode());
        assertEquals(sent + 1, json(tested).get("sent").asLong());

        out = asAdmin("feature:uninstall " + GENERATED);
        assertFalse(out, out.contains("Error"));
        await().atMost(Duration.ofSeconds(60)).until(() -> plugins.find(GENERATED).isEmpty());
        assertEquals(404, get("/api/v1/" + GENERATED, "viewer").statusCode());
        asAdmin("feature:repo-remove mvn:se.region.itest/" + GENERATED + "/1.0.0-SNAPSHOT/xml/features");
        assertEquals(organisations, serviceId(OrganisationService.class.getName(), null));
    }

    private static Optional<Path> alertFile(Path folder) throws Exception {
        if (!Files.isDirectory(folder)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().endsWith("-" + AGREEMENT + "-540.json")).findFirst();
        }
    }
}

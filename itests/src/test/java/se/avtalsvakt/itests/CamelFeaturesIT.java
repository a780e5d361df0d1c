package se.avtalsvakt.itests;

import static org.awaitility.Awaitility.await;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.util.List;


import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceReference;

import se.avtalsvakt.api.organisation.OrganisationService;

/**
 * The reusable Camel features install at runtime from the distribution's system folder: every bundle they bring
 * is active and camel-core-osgi offers the components they contain (smtp, http, file, …) to Camel contexts.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class CamelFeaturesIT extends AvtalsvaktTestSupport {

    @Before
    public void platformIsUp() {
        awaitPlatform();
    }

    @Test
    public void mailAndHttpFeaturesInstallWithEveryBundleActive() throws Exception {
        long organisationsBefore = organisationServiceId();
        String out = asAdmin("feature:install avtalsvakt-camel-mail");
        assertFalse(out, out.contains("Error"));
        out = asAdmin("feature:install avtalsvakt-camel-http");
        assertFalse(out, out.contains("Error"));
        String installed = asAdmin("feature:list -i");
        assertTrue(installed, installed.contains("avtalsvakt-camel-mail") && installed.contains("avtalsvakt-camel-http"));

        List<String> expected = List.of("camel-core-osgi", "camel-api", "camel-core-engine", "camel-file",
                "camel-mail", "camel-http", "org.eclipse.angus.mail", "org.apache.aries.spifly.dynamic.bundle");
        for (String name : expected) {
            Bundle b = bundle(name);
            await().atMost(Duration.ofSeconds(30)).until(b::getState, s -> s == Bundle.ACTIVE);
        }
        for (Bundle b : bundleContext.getBundles()) {
            if (b.getSymbolicName().startsWith("camel-")) {
                assertEquals(b.getSymbolicName() + " is not active", Bundle.ACTIVE, b.getState());
            }
        }

        // nothing of the platform was refreshed (a refresh re-registers its services)
        assertEquals(organisationsBefore, organisationServiceId());

        // camel-core-osgi's activator registers a resolver for each component found in the wrapped bundles
        for (String component : List.of("smtp", "imap", "http", "https", "file", "direct", "seda", "timer", "log",
                "bean")) {
            await().atMost(Duration.ofSeconds(30)).until(() -> componentResolver(component) != null);
        }
    }

    private long organisationServiceId() {
        return (Long) bundleContext.getServiceReference(OrganisationService.class).getProperty("service.id");
    }

    private ServiceReference<?>[] componentResolver(String component) throws Exception {
        return bundleContext.getServiceReferences("org.apache.camel.spi.ComponentResolver",
                "(component=" + component + ")");
    }
}

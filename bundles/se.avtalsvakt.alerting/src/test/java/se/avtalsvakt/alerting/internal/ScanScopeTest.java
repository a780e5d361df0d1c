package se.avtalsvakt.alerting.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.Map;
import java.util.Set;

import org.junit.Test;

import se.avtalsvakt.api.event.Topics;
import se.avtalsvakt.api.supplier.SupplierTopics;

/** Which sources a platform event rescans. */
public class ScanScopeTest {

    private static final Set<String> INSTALLED = Set.of("agreement", "obligation", "governance", "supplier",
            "casefile");

    @Test
    public void theDomainOfATopicNamesTheSourcesItCanHaveChanged() {
        ScanScope scope = ScanScope.from(Map.of());
        assertEquals(Set.of("agreement", "obligation", "governance"),
                scope.sourcesFor(Topics.AGREEMENT_UPDATED, INSTALLED).ids());
        assertEquals(Set.of("supplier"), scope.sourcesFor(SupplierTopics.DELIVERY_CHECKED, INSTALLED).ids());
        assertEquals(Set.of("casefile"), scope.sourcesFor("se/avtalsvakt/casefile/WRITTEN", INSTALLED).ids());
        assertTrue(scope.sourcesFor(Topics.CLOCK_CHANGED, INSTALLED).all());
    }

    @Test
    public void alertingsOwnEventsAndDomainsWithoutASourceRescanNothing() {
        ScanScope scope = ScanScope.from(Map.of());
        assertTrue(scope.sourcesFor("se/avtalsvakt/alert/RAISED", INSTALLED).isEmpty());
        assertTrue(scope.sourcesFor("se/avtalsvakt/audit/RECORDED", INSTALLED).isEmpty());
        assertTrue(scope.sourcesFor("org/osgi/framework/BundleEvent/STARTED", INSTALLED).isEmpty());
    }

    @Test
    public void theConfigurationNamesTheSourcesOfADomain() {
        ScanScope scope = ScanScope.from(Map.of("rescan.audit", "governance, supplier", "rescan.agreement",
                "agreement", "ladder.K", "30"));
        assertEquals(Set.of("governance", "supplier"), scope.sourcesFor("se/avtalsvakt/audit/X", INSTALLED).ids());
        assertEquals(Set.of("agreement"), scope.sourcesFor(Topics.AGREEMENT_CREATED, INSTALLED).ids());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ScanScope.from(Map.of("rescan.supplier", " , ")));
        assertTrue(e.getMessage(), e.getMessage().startsWith("rescan.supplier: empty"));
    }
}

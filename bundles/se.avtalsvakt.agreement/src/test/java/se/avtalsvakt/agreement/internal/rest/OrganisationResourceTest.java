package se.avtalsvakt.agreement.internal.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.util.List;
import java.util.Optional;

import org.junit.Test;

import se.avtalsvakt.api.NotFoundException;
import se.avtalsvakt.api.organisation.Organisation;
import se.avtalsvakt.api.organisation.OrganisationKind;
import se.avtalsvakt.api.organisation.OrganisationService;

public class OrganisationResourceTest {

    private static final List<Organisation> ALL = List.of(
            new Organisation("vgr", "Västra Götalandsregionen", OrganisationKind.REGION, null),
            new Organisation("skaraborg", "Skaraborgs kommunalförbund", OrganisationKind.MUNICIPAL_ASSOCIATION, null),
            new Organisation("skovde", "Skövde kommun", OrganisationKind.MUNICIPALITY, "skaraborg"),
            new Organisation("boras", "Borås Stad", OrganisationKind.MUNICIPALITY, "sjuharad"));

    private final OrganisationResource resource = new OrganisationResource(new OrganisationService() {
        @Override
        public List<Organisation> list() {
            return ALL;
        }

        @Override
        public List<Organisation> list(OrganisationKind kind) {
            return ALL.stream().filter(o -> o.kind() == kind).toList();
        }

        @Override
        public Optional<Organisation> find(String id) {
            return ALL.stream().filter(o -> o.id().equals(id)).findFirst();
        }
    });

    private static List<String> ids(List<Organisation> organisations) {
        return organisations.stream().map(Organisation::id).toList();
    }

    @Test
    public void everyOrganisationWithoutAFilter() {
        assertEquals(List.of("vgr", "skaraborg", "skovde", "boras"), ids(resource.list(null, null)));
    }

    @Test
    public void byKindAndByParent() {
        assertEquals(List.of("skovde", "boras"), ids(resource.list(OrganisationKind.MUNICIPALITY, null)));
        assertEquals(List.of("skovde"), ids(resource.list(null, "skaraborg")));
        assertEquals(List.of(), ids(resource.list(OrganisationKind.REGION, "skaraborg")));
    }

    @Test
    public void oneOrganisationOrNotFound() {
        assertEquals("Borås Stad", resource.get("boras").name());
        NotFoundException e = assertThrows(NotFoundException.class, () -> resource.get("atlantis"));
        assertEquals(true, e.getMessage().contains("atlantis"));
    }
}

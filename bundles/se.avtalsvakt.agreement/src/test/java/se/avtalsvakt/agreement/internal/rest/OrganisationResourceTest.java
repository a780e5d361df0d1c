package se.avtalsvakt.agreement.internal.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.Test;

import se.avtalsvakt.api.NotFoundException;
import se.avtalsvakt.api.ValidationException;
import se.avtalsvakt.api.organisation.Organisation;
import se.avtalsvakt.api.organisation.OrganisationKind;
import se.avtalsvakt.api.organisation.OrganisationService;
import se.avtalsvakt.api.page.Page;

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

    private static List<String> ids(Page<Organisation> page) {
        return ids(page.items());
    }

    private static List<String> ids(List<Organisation> organisations) {
        return organisations.stream().map(Organisation::id).toList();
    }

    @Test
    public void everyOrganisationWithoutAFilter() {
        assertEquals(List.of("vgr", "skaraborg", "skovde", "boras"), ids(resource.list(null, null, null, null)));
    }

    @Test
    public void byKindAndByParent() {
        assertEquals(List.of("skovde", "boras"), ids(resource.list(OrganisationKind.MUNICIPALITY, null, null, null)));
        assertEquals(List.of("skovde"), ids(resource.list(null, "skaraborg", null, null)));
        assertEquals(List.of(), ids(resource.list(OrganisationKind.REGION, "skaraborg", null, null)));
    }

    @Test
    public void pagesFollowTheRegistersOrderOfKindThenSwedishNameAndEndWithoutACursor() {
        List<Organisation> sorted = List.of(
                new Organisation("vgr", "Västra Götalandsregionen", OrganisationKind.REGION, null),
                new Organisation("amal", "Åmåls kommun", OrganisationKind.MUNICIPALITY, "fyrbodal"),
                new Organisation("boras", "Borås Stad", OrganisationKind.MUNICIPALITY, "sjuharad"),
                new Organisation("vanersborg", "Vänersborgs kommun", OrganisationKind.MUNICIPALITY, "fyrbodal"),
                new Organisation("vargarda", "Vårgårda kommun", OrganisationKind.MUNICIPALITY, "sjuharad"),
                new Organisation("ockero", "Öckerö kommun", OrganisationKind.MUNICIPALITY, "gr"));
        // the register's order: Swedish collation within each kind
        List<Organisation> registerOrder = sorted.stream().sorted(java.util.Comparator
                .comparing(Organisation::kind).thenComparing(Organisation::name,
                        java.text.Collator.getInstance(java.util.Locale.forLanguageTag("sv-SE")))).toList();
        OrganisationResource paged = new OrganisationResource(new OrganisationService() {
            @Override
            public List<Organisation> list() {
                return registerOrder;
            }

            @Override
            public List<Organisation> list(OrganisationKind kind) {
                return registerOrder.stream().filter(o -> o.kind() == kind).toList();
            }

            @Override
            public Optional<Organisation> find(String id) {
                return Optional.empty();
            }
        });
        List<String> seen = new java.util.ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            Page<Organisation> page = paged.list(null, null, 2, cursor);
            assertTrue(page.items().size() <= 2);
            seen.addAll(ids(page));
            cursor = page.next();
            pages++;
        } while (cursor != null);
        assertEquals(List.of("vgr", "boras", "vargarda", "vanersborg", "amal", "ockero"), seen);
        assertEquals(3, pages);
        assertEquals(List.of("vanersborg", "amal", "ockero"), ids(paged.list(OrganisationKind.MUNICIPALITY, null,
                10, Page.cursor(OrganisationResource.key(registerOrder.get(2))))));
        ValidationException tooMany = assertThrows(ValidationException.class,
                () -> paged.list(null, null, 1001, null));
        assertEquals("limit", tooMany.problems().get(0).path());
    }

    @Test
    public void oneOrganisationOrNotFound() {
        assertEquals("Borås Stad", resource.get("boras").name());
        NotFoundException e = assertThrows(NotFoundException.class, () -> resource.get("atlantis"));
        assertEquals(true, e.getMessage().contains("atlantis"));
    }
}

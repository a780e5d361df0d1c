package se.avtalsvakt.governance.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.Test;

import se.avtalsvakt.api.Problem;
import se.avtalsvakt.api.governance.Body;
import se.avtalsvakt.api.governance.Representative;
import se.avtalsvakt.api.governance.Seat;
import se.avtalsvakt.api.governance.Side;
import se.avtalsvakt.api.organisation.Organisation;
import se.avtalsvakt.api.organisation.OrganisationKind;

public class SeatRulesTest {

    static final Map<String, Organisation> ORGS = Map.ofEntries(
            org("vgr", "Västra Götalandsregionen", OrganisationKind.REGION, null),
            org("sjuharad", "Sjuhärad (Boråsregionen)", OrganisationKind.MUNICIPAL_ASSOCIATION, null),
            org("fyrbodal", "Fyrbodal", OrganisationKind.MUNICIPAL_ASSOCIATION, null),
            org("goteborgsregionen", "Göteborgsregionen (GR)", OrganisationKind.MUNICIPAL_ASSOCIATION, null),
            org("skaraborg", "Skaraborg", OrganisationKind.MUNICIPAL_ASSOCIATION, null),
            org("vastkom", "VästKom", OrganisationKind.JOINT_BODY, null),
            org("boras", "Borås", OrganisationKind.MUNICIPALITY, "sjuharad"),
            org("uddevalla", "Uddevalla", OrganisationKind.MUNICIPALITY, "fyrbodal"),
            org("skovde", "Skövde", OrganisationKind.MUNICIPALITY, "skaraborg"),
            org("goteborg", "Göteborg", OrganisationKind.MUNICIPALITY, "goteborgsregionen"),
            org("lerum", "Lerum", OrganisationKind.MUNICIPALITY, "goteborgsregionen"),
            org("hjalpmedelscentralen", "Hjälpmedelscentralen", OrganisationKind.SUPPLIER, "vgr"),
            org("koncernledning-halso-och-sjukvard", "Koncernledning Hälso- och sjukvård",
                    OrganisationKind.GOVERNANCE_BODY, "vgr"));

    static final SeatRules RULES = new SeatRules(id -> Optional.ofNullable(ORGS.get(id)));
    static final LocalDate START = LocalDate.parse("2026-01-01");

    private static Map.Entry<String, Organisation> org(String id, String name, OrganisationKind kind, String parent) {
        return Map.entry(id, new Organisation(id, name, kind, parent));
    }

    private static Representative rep(long id, String org, String seat, String from, String to) {
        return new Representative(id, "P" + id, org, "ledningsradet", seat, null, LocalDate.parse(from),
                to == null ? null : LocalDate.parse(to), null, null);
    }

    private static List<Problem> check(Body body, String seat, Representative r, List<Representative> holders) {
        List<Problem> problems = new ArrayList<>();
        RULES.check(body, body.seat(seat), r, holders, problems);
        return problems;
    }

    @Test
    public void boråsInAVgrSeatIsRefusedNamingTheOrganisation() {
        Body lr = Fixtures.body("ledningsradet");
        List<Problem> problems = check(lr, "vgr", rep(1, "boras", "vgr", "2026-01-01", null), List.of());
        assertEquals(1, problems.size());
        assertEquals("organisation", problems.get(0).path());
        assertTrue(problems.get(0).message(), problems.get(0).message().contains("Borås"));
    }

    @Test
    public void aMunicipalityBelongsToItsAssociationsSeat() {
        Body lr = Fixtures.body("ledningsradet");
        assertEquals(List.of(), check(lr, "kommunerna", rep(1, "boras", "kommunerna", "2026-01-01", null), List.of()));
        assertEquals("sjuharad", RULES.representedBy(lr.seat("kommunerna"), "boras"));
        // Göteborg appoints its own: the nearest of the seat's organisations wins over its association
        assertEquals("goteborg", RULES.representedBy(lr.seat("kommunerna"), "goteborg"));
        assertEquals(List.of("organisation"), check(lr, "kommunerna", rep(1, "vgr", "kommunerna", "2026-01-01",
                null), List.of()).stream().map(Problem::path).toList());
    }

    @Test
    public void aVgrUnitMaySitInAVgrSeat() {
        Body lr = Fixtures.body("ledningsradet");
        assertEquals(List.of(), check(lr, "vgr", rep(1, "hjalpmedelscentralen", "vgr", "2026-01-01", null),
                List.of()));
    }

    @Test
    public void aSixthPersonInAFiveSeatGroupIsRefusedNamingTheSeat() {
        Body lr = Fixtures.body("ledningsradet");
        List<Representative> five = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            five.add(rep(i, "vgr", "vgr", "2026-01-01", null));
        }
        List<Problem> problems = check(lr, "vgr", rep(6, "vgr", "vgr", "2026-06-01", null), five);
        assertEquals(List.of("seat"), problems.stream().map(Problem::path).toList());
        // a sixth whose term starts before one of the five's: full from that day on
        List<Representative> later = new ArrayList<>(five.subList(0, 4));
        later.add(rep(5, "vgr", "vgr", "2026-09-01", null));
        assertEquals(List.of("seat"), check(lr, "vgr", rep(6, "vgr", "vgr", "2026-03-01", null), later).stream()
                .map(Problem::path).toList());
        // after a resignation the place is free from the next day
        List<Representative> oneLeaves = new ArrayList<>(five.subList(1, 5));
        oneLeaves.add(rep(1, "vgr", "vgr", "2026-01-01", "2026-05-31"));
        assertEquals(List.of(), check(lr, "vgr", rep(6, "vgr", "vgr", "2026-06-01", null), oneLeaves));
        assertEquals(List.of("seat"), check(lr, "vgr", rep(6, "vgr", "vgr", "2026-05-31", null), oneLeaves).stream()
                .map(Problem::path).toList());
    }

    @Test
    public void aSeatWithoutOrganisationsChecksTheSide() {
        Body custom = new Body("x", "X", null, null, List.of(new Seat("vgr", "VGR", 2, "VGR", Side.REGION, false)),
                null, null);
        assertEquals(List.of("organisation"), check(custom, "vgr", rep(1, "boras", "vgr", "2026-01-01", null),
                List.of()).stream().map(Problem::path).toList());
        assertEquals(List.of(), check(custom, "vgr", rep(1, "hjalpmedelscentralen", "vgr", "2026-01-01", null),
                List.of()));
    }

    @Test
    public void aVacancyAsksTheSeatsAppointingOrganisation() {
        Body lr = Fixtures.body("ledningsradet");
        assertEquals(List.of("koncernledning-halso-och-sjukvard"), RULES.nominators(lr.seat("vgr"), List.of(),
                START));
        Body bg = Fixtures.body("bg-it-stod");
        assertEquals(List.of("vastkom"), RULES.nominators(bg.seat("kommunerna"), List.of(), START));
    }

    @Test
    public void whenEachOrganisationAppointsOneTheOneWithoutAHolderIsAsked() {
        Body lr = Fixtures.body("ledningsradet");
        List<Representative> holders = List.of(rep(1, "uddevalla", "kommunerna", "2026-01-01", null),
                rep(2, "lerum", "kommunerna", "2026-01-01", null), rep(3, "skovde", "kommunerna", "2026-01-01", null),
                rep(4, "goteborg", "kommunerna", "2026-01-01", null),
                rep(5, "boras", "kommunerna", "2026-01-01", "2026-10-31"));
        assertEquals(List.of("sjuharad"), RULES.nominators(lr.seat("kommunerna"), holders,
                LocalDate.parse("2026-11-01")));
        assertEquals("Sjuhärad (Boråsregionen)", RULES.name("sjuharad"));
    }

    @Test
    public void otherwiseThePrincipalOfTheLastToLeaveIsAsked() {
        Body forum = Fixtures.body("hjalpmedelsforum-socialtjanst");
        Representative left = new Representative(1, "P", "boras", forum.id(), "kommunerna", null, START,
                LocalDate.parse("2026-10-31"), null, null);
        assertEquals(List.of("sjuharad"), RULES.nominators(forum.seat("kommunerna"), List.of(left),
                LocalDate.parse("2026-11-01")));
        assertEquals(List.of(), RULES.nominators(forum.seat("kommunerna"), List.of(), START));
        assertEquals("koncernledning-halso-och-sjukvard", RULES.principal(Fixtures.body("ledningsradet")
                .seat("vgr"), rep(1, "vgr", "vgr", "2026-01-01", null)));
    }

    @Test
    public void theShippedSeatsNameTheirOrganisations() {
        for (Body b : Fixtures.shippedBodies()) {
            for (Seat s : b.seats()) {
                assertTrue(b.id() + "/" + s.role(), !s.representing().isEmpty());
            }
        }
        assertEquals(List.of("fyrbodal", "goteborgsregionen", "sjuharad", "skaraborg", "goteborg"),
                Fixtures.body("ledningsradet").seat("kommunerna").representing());
        assertEquals("regionservice", Fixtures.body("bg-it-stod").seat("hjalpmedelscentralen")
                .appointingOrganisation());
    }
}

package se.avtalsvakt.governance.internal.store;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

import se.avtalsvakt.api.NotFoundException;
import se.avtalsvakt.api.governance.Body;
import se.avtalsvakt.api.governance.Decision;
import se.avtalsvakt.api.governance.DecisionOutcome;
import se.avtalsvakt.api.governance.Meeting;
import se.avtalsvakt.api.governance.Representative;
import se.avtalsvakt.api.json.Json;
import se.avtalsvakt.governance.internal.GovernanceReferenceData;
import se.avtalsvakt.testsupport.FixedClock;
import se.avtalsvakt.testsupport.TestDatabase;

/** The governance register's queries against Derby migrated with the bundle's changelog and the shipped bodies. */
public class GovernanceRepositoryTest {

    private static TestDatabase db;
    private static GovernanceRepository repository;
    private static List<Body> shipped;
    private static int firstInsert;

    @BeforeClass
    public static void database() throws IOException {
        db = TestDatabase.migrated(GovernanceSchema.CHANGELOG, "avtalsvakt-governance", GovernanceRepository.class);
        repository = new GovernanceRepository(db.jpa(), new GovernanceSchema(db.migrator()),
                FixedClock.on(LocalDate.of(2026, 11, 22)));
        try (InputStream in = GovernanceRepositoryTest.class.getClassLoader()
                .getResourceAsStream("reference-data/governance-bodies.json")) {
            // the register names a body without a name after its organisation; here after its id
            shipped = Json.read(in, GovernanceReferenceData.BodyFile.class).bodies().stream()
                    .map(b -> b.name() != null ? b : new Body(b.id(), b.id(), b.level(), b.parent(), b.seats(),
                            b.rules(), b.notes()))
                    .toList();
        }
        firstInsert = repository.insertMissing(shipped);
    }

    @AfterClass
    public static void drop() {
        db.close();
    }

    @Test
    public void onlyBodiesNotRegisteredAreInsertedWithTheirSeats() {
        assertEquals(shipped.size(), firstInsert);
        assertEquals(0, repository.insertMissing(shipped));

        Body ledningsradet = shipped.stream().filter(b -> b.id().equals("ledningsradet")).findFirst().orElseThrow();
        assertEquals(ledningsradet.seats(), repository.body("ledningsradet").orElseThrow().seats());
    }

    @Test
    public void bodiesAreListedByLevelThenName() {
        List<Body> bodies = repository.bodies();
        assertEquals(bodies.stream().sorted(Comparator.comparing((Body b) -> b.level().name())
                .thenComparing(Body::name)).toList(), bodies);
    }

    @Test
    public void savingABodyAgainReplacesItsSeats() {
        Body sro = repository.body("sro").orElseThrow();
        Body copy = new Body("sro-kopia", sro.name() + " (kopia)", sro.level(), sro.parent(), sro.seats(),
                sro.rules(), null);
        repository.save(copy);

        repository.save(new Body(copy.id(), copy.name(), copy.level(), copy.parent(), copy.seats().subList(0, 1),
                copy.rules(), "En plats kvar"));

        Body saved = repository.body("sro-kopia").orElseThrow();
        assertEquals(1, saved.seats().size());
        assertEquals("En plats kvar", saved.notes());
    }

    @Test
    public void aRepresentativeResignsAndAnUnknownOneIsNotFound() {
        Body sro = repository.body("sro").orElseThrow();
        Representative r = repository.insert(new Representative(0, "Anna Andersson", "vgr", "sro",
                sro.seats().get(0).role(), null, LocalDate.of(2026, 1, 1), null, null, null));

        Representative resigned = repository.resign(r.id(), LocalDate.of(2026, 12, 31), LocalDate.of(2026, 11, 20),
                null, null);

        assertTrue(r.id() > 0);
        assertEquals(LocalDate.of(2026, 12, 31), resigned.to());
        assertTrue(repository.representatives().stream().anyMatch(x -> x.id() == r.id()));
        assertThrows(NotFoundException.class, () -> repository.resign(-1, LocalDate.of(2026, 12, 31), null, null,
                null));
    }

    @Test
    public void meetingsComeByDateWithTheirDecisions() {
        Meeting later = repository.insert(meeting("2031-06-10"));
        Meeting earlier = repository.insert(meeting("2031-03-10"));
        Decision decided = repository.insert(later.id(),
                new Decision(0, later.id(), "Sortiment", "OTHER", null, DecisionOutcome.ADOPTED, null, List.of()));

        List<Meeting> of2031 = repository.meetings().stream()
                .filter(m -> m.date().getYear() == 2031).toList();

        assertEquals(List.of(earlier.id(), later.id()), of2031.stream().map(Meeting::id).toList());
        assertEquals(List.of(), of2031.get(0).decisions());
        assertEquals(List.of(decided.id()), of2031.get(1).decisions().stream().map(Decision::id).toList());
        assertThrows(NotFoundException.class, () -> repository.insert(-1L,
                new Decision(0, -1, "Ingen", "OTHER", null, DecisionOutcome.ADOPTED, null, List.of())));
        assertThrows(NotFoundException.class, () -> repository.update(-1, meeting("2031-01-01")));
    }

    @Test
    public void representativesAreReadByABoundedQueryPerFilter() {
        Body sro = repository.body("sro").orElseThrow();
        String seat = sro.seats().get(0).role();
        Representative gone = repository.insert(new Representative(0, "Bo Berg", "boras", "sro", seat, null,
                LocalDate.of(2020, 1, 1), LocalDate.of(2022, 12, 31), null, null));
        Representative now = repository.insert(new Representative(0, "Cilla Ek", "boras", "sro", seat, null,
                LocalDate.of(2023, 1, 1), null, null, null));
        Representative network = repository.insert(new Representative(0, "Dan Ås", "boras", null, null,
                "IT-nätverket", LocalDate.of(2023, 1, 1), null, null, null));

        assertEquals(List.of(now.id(), network.id()), repository.representatives(null, "boras",
                LocalDate.of(2026, 11, 22)).stream().map(Representative::id).toList());
        assertEquals(List.of(gone.id(), now.id()), repository.representatives("sro", "boras", null).stream()
                .map(Representative::id).toList());
        assertEquals(List.of(gone.id()), repository.representatives(null, "boras", LocalDate.of(2022, 12, 31))
                .stream().filter(r -> r.body() != null).map(Representative::id).toList());
        assertTrue(repository.representativesInSeat("sro", seat).stream().anyMatch(r -> r.id() == gone.id()));
        assertEquals("Cilla Ek", repository.representative(now.id()).orElseThrow().person());
        assertTrue(repository.representative(-5).isEmpty());
    }

    @Test
    public void meetingsArePagedByDateThenIdWithAKeysetQuery() {
        List<Long> inserted = new java.util.ArrayList<>();
        for (String date : List.of("2040-03-01", "2040-01-01", "2040-01-01", "2040-02-01", "2040-05-01")) {
            inserted.add(repository.insert(meeting(date)).id());
        }
        repository.insert(inserted.get(3), new Decision(0, inserted.get(3), "Beslut", "OTHER", null,
                DecisionOutcome.ADOPTED, null, List.of()));
        List<Long> walked = new java.util.ArrayList<>();
        se.avtalsvakt.api.page.PageRequest request = se.avtalsvakt.api.page.PageRequest.first(2);
        while (true) {
            se.avtalsvakt.api.page.Page<Meeting> page = repository.meetings("sro", 2040, request);
            page.items().forEach(m -> walked.add(m.id()));
            if (page.next() == null) {
                break;
            }
            request = se.avtalsvakt.api.page.PageRequest.of(2, page.next());
        }
        assertEquals(List.of(inserted.get(1), inserted.get(2), inserted.get(3), inserted.get(0), inserted.get(4)),
                walked);
        assertEquals(1, repository.meeting(inserted.get(3)).orElseThrow().decisions().size());
        Body sro = repository.body("sro").orElseThrow();
        long first = repository.insert(new Representative(0, "Eva Falk", "vgr", "sro", sro.seats().get(0).role(),
                null, LocalDate.of(2040, 1, 1), null, null, null)).id();
        long second = repository.insert(new Representative(0, "Gun Hed", "vgr", "sro", sro.seats().get(0).role(),
                null, LocalDate.of(2040, 1, 1), null, null, null)).id();
        Meeting attended = repository.insert(new Meeting(0, "sro", LocalDate.parse("2040-06-01"), null, null,
                List.of(second, first), List.of(first), null, null, List.of(), List.of()));
        Meeting read = repository.meetings("sro", 2040).stream().filter(m -> m.id() == attended.id()).findFirst()
                .orElseThrow();
        assertEquals(List.of(second, first), read.attendees());
        assertEquals(List.of(first), read.minutesSignedBy());
        inserted.add(attended.id());
        walked.add(attended.id());
        assertEquals(walked, repository.meetingsFrom(LocalDate.of(2040, 1, 1)).stream().map(Meeting::id).toList());
        assertEquals(6, repository.meetings("sro", 2040).size());
        assertTrue(repository.meetings("ledningsradet", 2040).isEmpty());
        assertTrue(repository.meeting(-1).isEmpty());
    }

    private static Meeting meeting(String date) {
        return new Meeting(0, "sro", LocalDate.parse(date), null, null, List.of(), List.of(), null, null, List.of(),
                List.of());
    }
}

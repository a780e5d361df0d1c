package se.avtalsvakt.agreement.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.AfterClass;
import org.junit.Before;
import org.junit.BeforeClass;
import org.junit.Test;

import se.avtalsvakt.agreement.internal.json.ExchangeJson;
import se.avtalsvakt.agreement.internal.store.AgreementRepository;
import se.avtalsvakt.agreement.internal.store.AgreementSchema;
import se.avtalsvakt.api.PlatformClock;
import se.avtalsvakt.api.agreement.Agreement;
import se.avtalsvakt.api.agreement.AgreementFilter;
import se.avtalsvakt.api.agreement.AgreementStatus;
import se.avtalsvakt.api.agreement.ExchangeDocument;
import se.avtalsvakt.api.agreement.ImportMode;
import se.avtalsvakt.api.agreement.TermChange;
import se.avtalsvakt.api.agreement.TerminationNotice;
import se.avtalsvakt.api.calendar.WorkingDayCalendar;
import se.avtalsvakt.api.organisation.Organisation;
import se.avtalsvakt.api.organisation.OrganisationKind;
import se.avtalsvakt.api.page.Page;
import se.avtalsvakt.api.page.PageRequest;
import se.avtalsvakt.testsupport.TestDatabase;

/**
 * The register on real Derby: how many statements reading the register costs, that its read model sees every write
 * and a moved clock, and its pages.
 */
public class AgreementRegisterTest {

    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    private static TestDatabase db;
    private static Statistics statistics;
    private static AgreementRepository repository;
    private static Agreement template;

    private final MovableClock clock = new MovableClock(LocalDate.of(2026, 11, 22));
    private RegisterCache cache;
    private AgreementRegister register;
    private ExchangeService exchange;

    /** A platform clock a test can move. */
    static final class MovableClock implements PlatformClock {
        private volatile LocalDate today;

        MovableClock(LocalDate today) {
            this.today = today;
        }

        void moveTo(LocalDate day) {
            today = day;
        }

        @Override
        public ZoneId zone() {
            return STOCKHOLM;
        }

        @Override
        public Clock clock() {
            return Clock.fixed(today.atTime(8, 0).atZone(STOCKHOLM).toInstant(), STOCKHOLM);
        }
    }

    /** Weekends off; no holidays. */
    static final WorkingDayCalendar WEEKDAYS = new WorkingDayCalendar() {
        @Override
        public boolean isWorkingDay(LocalDate date) {
            return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
        }

        @Override
        public LocalDate addWorkingDays(LocalDate from, int days) {
            LocalDate d = from;
            for (int i = 0; i < days; d = d.plusDays(1)) {
                if (isWorkingDay(d.plusDays(1))) {
                    i++;
                }
            }
            return d;
        }

        @Override
        public LocalDate lastWorkingDayOnOrBefore(LocalDate date) {
            LocalDate d = date;
            while (!isWorkingDay(d)) {
                d = d.minusDays(1);
            }
            return d;
        }

        @Override
        public List<se.avtalsvakt.api.calendar.Holiday> holidays(int year) {
            return List.of();
        }
    };

    @BeforeClass
    public static void database() throws IOException {
        db = TestDatabase.migrated(AgreementSchema.CHANGELOG, "avtalsvakt-agreement", AgreementRepository.class);
        statistics = db.entityManagerFactory().unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
        repository = new AgreementRepository(db.jpa(), new AgreementSchema(db.migrator()),
                se.avtalsvakt.testsupport.FixedClock.on(LocalDate.of(2026, 11, 22)));
        try (InputStream in = AgreementRegisterTest.class.getClassLoader()
                .getResourceAsStream("reference-data/vgr-hjalpmedel.json")) {
            ExchangeDocument doc = new ExchangeJson().readDocument(in);
            repository.importDocument(doc, ImportMode.KEEP_EXISTING);
        }
        // the cooperation agreement: 50 parties, four specifications with change logs
        template = repository.agreement("samarbetsavtal-hjalpmedel").orElseThrow();
        assertTrue(template.parties().size() >= 50);
    }

    @AfterClass
    public static void drop() {
        db.close();
    }

    @Before
    public void wire() {
        cache = new RegisterCache(repository);
        register = new AgreementRegister(repository, cache, clock, WEEKDAYS);
        exchange = new ExchangeService(repository, cache);
    }

    private static void insertCopies(String prefix, int n) {
        for (int i = 0; i < n; i++) {
            Agreement copy = template.withId(prefix + String.format("-%03d", i));
            if (i % 3 == 0) {
                copy = withNotice(copy, new TerminationNotice("boras", LocalDate.of(2026, 9, 1), true, "D-" + i));
            }
            repository.insert(copy);
        }
    }

    private static Agreement withNotice(Agreement a, TerminationNotice n) {
        return new Agreement(a.id(), a.title(), a.kind(), a.diaryNumber(), a.parties(), a.ownerBody(), a.start(),
                a.firstTermEnd(), a.renewal(), a.renegotiationAnyTime(), a.referenceOnly(), a.references(),
                a.notes(), a.specifications(), List.of(n), a.noticeEndsAgreementFor(),
                a.lastDayMovesToNextWorkingDay());
    }

    private static long statements(Runnable read) {
        statistics.clear();
        read.run();
        return statistics.getPrepareStatementCount();
    }

    @Test
    public void readingTheRegisterTakesTheSameFewStatementsForTenOrAHundredTimesAsManyAgreements() {
        insertCopies("few", 4);
        long few = statements(() -> repository.agreements());
        int before = repository.agreements().size();
        insertCopies("many", 60);
        List<Agreement>[] read = new List[1];
        long many = statements(() -> read[0] = repository.agreements());

        assertEquals(before + 60, read[0].size());
        // the agreements, then one statement per collection: parties, references, decision history, revisions,
        // specifications, notices
        assertTrue("statements for " + before + " agreements: " + few, few <= 7);
        assertEquals(few, many);
        // every collection is there, as lazy loading would have given it
        Agreement copy = read[0].stream().filter(a -> a.id().equals("many-003")).findFirst().orElseThrow();
        assertEquals(template.parties(), copy.parties());
        assertEquals(template.specifications(), copy.specifications());
        assertEquals(1, copy.terminationNotices().size());
        assertEquals(7L, statements(() -> repository.agreements(List.of("many-001", "many-002", "few-000"))));
    }

    @Test
    public void theReadModelIsLoadedOnceAndThenAnswersWithoutTheDatabase() {
        register.list(AgreementFilter.ALL);
        long again = statements(() -> {
            register.list(AgreementFilter.ALL);
            register.list(new AgreementFilter(AgreementStatus.ACTIVE, "boras", null));
            register.find("samarbetsavtal-hjalpmedel");
            register.page(AgreementFilter.ALL, PageRequest.first(5));
            register.parties("samarbetsavtal-hjalpmedel", LocalDate.of(2026, 11, 22));
            register.organisationName("boras");
        });
        assertEquals(0, again);
    }

    @Test
    public void everyWriteOfTheRegisterIsSeenByTheNextRead() {
        register.list(AgreementFilter.ALL); // loaded before the writes
        Agreement created = register.create(template.withId("written-1"));
        assertTrue(register.list(AgreementFilter.ALL).contains(created));
        assertEquals(created, register.find("written-1").orElseThrow());

        Agreement changed = new Agreement("written-1", "Ändrad titel", template.kind(), template.diaryNumber(),
                template.parties(), template.ownerBody(), template.start(), template.firstTermEnd(),
                template.renewal(), template.renegotiationAnyTime(), template.referenceOnly(), template.references(),
                template.notes(), template.specifications(), List.of(), template.noticeEndsAgreementFor(),
                template.lastDayMovesToNextWorkingDay());
        register.update("written-1", changed);
        assertEquals("Ändrad titel", register.find("written-1").orElseThrow().title());
        assertEquals("Ändrad titel", register.page(AgreementFilter.ALL, PageRequest.of(1,
                Page.cursor("written-0"))).items().get(0).title());

        register.recordTermination("written-1", new TerminationNotice("vgr", LocalDate.of(2026, 11, 20), true,
                "VGR-1"));
        assertEquals(AgreementStatus.NOTICE_GIVEN, register.status(register.get("written-1")));
        assertEquals(1, register.list(new AgreementFilter(AgreementStatus.NOTICE_GIVEN, null, null)).stream()
                .filter(a -> a.id().equals("written-1")).count());
    }

    @Test
    public void aMovedClockIsSeenByTheNextReadWithoutReloading() {
        register.create(template.withId("clocked-1"));
        register.recordTermination("clocked-1", new TerminationNotice("vgr", LocalDate.of(2026, 11, 20), true,
                "VGR-2"));
        AgreementFilter ended = new AgreementFilter(AgreementStatus.ENDED, null, null);
        assertTrue(register.list(ended).stream().noneMatch(a -> a.id().equals("clocked-1")));

        clock.moveTo(LocalDate.of(2031, 1, 1));
        long statements = statements(() -> assertTrue(register.list(ended).stream()
                .anyMatch(a -> a.id().equals("clocked-1"))));
        assertEquals(0, statements);
    }

    @Test
    public void anImportDropsTheReadModelSoTheNextReadSeesIt() {
        register.list(AgreementFilter.ALL);
        Organisation added = new Organisation("ny-kommun", "Nya kommunen", OrganisationKind.MUNICIPALITY, null);
        exchange.importDocument(new ExchangeDocument(ExchangeDocument.CURRENT_FORMAT, List.of(added),
                List.of(template.withId("imported-1"))), ImportMode.KEEP_EXISTING);

        assertTrue(register.find("imported-1").isPresent());
        assertEquals("Nya kommunen", register.organisationName("ny-kommun"));
        assertTrue(new OrganisationRegister(cache).find("ny-kommun").isPresent());
    }

    @Test
    public void pagesWalkTheFilteredRegisterInIdOrder() {
        for (int i = 0; i < 25; i++) {
            Agreement copy = template.withId(String.format("paged-%02d", i));
            repository.insert(i % 2 == 0 ? copy
                    : withNotice(copy, new TerminationNotice("vgr", LocalDate.of(2026, 9, 1), true, "P-" + i)));
        }
        AgreementFilter noticed = new AgreementFilter(AgreementStatus.NOTICE_GIVEN, null, null);
        List<String> seen = new ArrayList<>();
        PageRequest request = PageRequest.first(5);
        while (true) {
            Page<Agreement> page = register.page(noticed, request);
            page.items().stream().map(Agreement::id).filter(id -> id.startsWith("paged-")).forEach(seen::add);
            if (page.next() == null) {
                break;
            }
            request = PageRequest.of(5, page.next());
        }
        assertEquals(IntStream.range(0, 25).filter(i -> i % 2 == 1).mapToObj(i -> String.format("paged-%02d", i))
                .toList(), seen);
    }

    @Test
    public void theRenewalHistoryIsPagedByAKeysetQuery() {
        List<TermChange> changes = new ArrayList<>();
        java.time.Instant at = java.time.Instant.parse("2026-11-22T07:00:00Z");
        for (int i = 0; i < 7; i++) {
            changes.add(new TermChange("halso-och-sjukvardsavtalet", TermChange.Kind.EXTENDED, i + 2,
                    LocalDate.of(2030 + i, 1, 1), LocalDate.of(2030 + i, 12, 31), at));
            changes.add(new TermChange("overenskommelse-skola", TermChange.Kind.EXTENDED, i + 2,
                    LocalDate.of(2030 + i, 1, 1), LocalDate.of(2030 + i, 12, 31), at));
        }
        repository.recordNew(changes);
        List<TermChange> all = register.termChanges(null).stream()
                .filter(c -> !c.effectiveOn().isBefore(LocalDate.of(2030, 1, 1))).toList();
        List<TermChange> paged = new ArrayList<>();
        PageRequest request = PageRequest.first(3);
        int pages = 0;
        while (true) {
            long[] statementCount = new long[1];
            Page<TermChange>[] page = new Page[1];
            PageRequest asked = request;
            statementCount[0] = statements(() -> page[0] = register.termChanges(null, asked));
            assertEquals(1, statementCount[0]);
            page[0].items().stream().filter(c -> !c.effectiveOn().isBefore(LocalDate.of(2030, 1, 1)))
                    .forEach(paged::add);
            pages++;
            if (page[0].next() == null) {
                break;
            }
            request = PageRequest.of(3, page[0].next());
        }
        assertEquals(all, paged);
        assertTrue(pages >= 5);
        List<TermChange> of2031 = register.termChanges(LocalDate.of(2031, 1, 1), LocalDate.of(2031, 12, 31));
        assertEquals(List.of("halso-och-sjukvardsavtalet", "overenskommelse-skola"), of2031.stream()
                .map(TermChange::agreement).toList());
        Page<TermChange> one = register.termChanges("overenskommelse-skola", PageRequest.first(100));
        assertNull(one.next());
        assertTrue(one.items().stream().allMatch(c -> c.agreement().equals("overenskommelse-skola")));
    }

    /**
     * A reference-data load invalidates the read model inside its own transaction while a scan may be loading the
     * model and waiting for that transaction's rows: the invalidation must not wait for the load, and a load that
     * raced it must not be kept.
     */
    @Test(timeout = 30_000)
    public void anInvalidationDoesNotWaitForALoadInProgressAndTheRacedLoadIsNotKept() throws Exception {
        java.util.concurrent.CountDownLatch reading = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.atomic.AtomicInteger loads = new java.util.concurrent.atomic.AtomicInteger();
        AgreementRepository slow = new AgreementRepository(db.jpa(), new AgreementSchema(db.migrator()),
                se.avtalsvakt.testsupport.FixedClock.on(LocalDate.of(2026, 11, 22))) {
            @Override
            public List<se.avtalsvakt.api.organisation.Organisation> organisations() {
                if (loads.incrementAndGet() == 1) {
                    reading.countDown();
                    try {
                        release.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                return super.organisations();
            }
        };
        RegisterCache blocking = new RegisterCache(slow);
        java.util.concurrent.CompletableFuture<Integer> scan = java.util.concurrent.CompletableFuture.supplyAsync(
                () -> blocking.agreementList().size());
        reading.await();
        // the writer: returns at once although the reader is in the middle of its load
        java.util.concurrent.CompletableFuture<Void> writer = java.util.concurrent.CompletableFuture.runAsync(
                blocking::invalidate);
        writer.get(5, java.util.concurrent.TimeUnit.SECONDS);
        release.countDown();
        assertTrue(scan.get(10, java.util.concurrent.TimeUnit.SECONDS) > 0);
        blocking.agreementList();
        assertEquals("the load that raced the invalidation was dropped and read again", 2, loads.get());
    }
}

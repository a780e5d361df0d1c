package se.avtalsvakt.evaluation.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.lang.annotation.Annotation;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

import se.avtalsvakt.api.agreement.AgreementService;
import se.avtalsvakt.api.obligation.Fulfilment;
import se.avtalsvakt.api.obligation.ObligationKind;
import se.avtalsvakt.api.obligation.ObligationPlan;
import se.avtalsvakt.api.obligation.Occurrence;
import se.avtalsvakt.api.obligation.OccurrenceFilter;
import se.avtalsvakt.api.obligation.OccurrenceState;
import se.avtalsvakt.api.obligation.ScheduleType;
import se.avtalsvakt.api.organisation.Organisation;
import se.avtalsvakt.api.organisation.OrganisationKind;
import se.avtalsvakt.api.organisation.OrganisationService;
import se.avtalsvakt.api.page.Page;
import se.avtalsvakt.api.page.PageRequest;
import se.avtalsvakt.evaluation.internal.store.EvaluationSchema;
import se.avtalsvakt.evaluation.internal.store.ObligationRepository;
import se.avtalsvakt.testsupport.FixedClock;
import se.avtalsvakt.testsupport.TestDatabase;

/**
 * The obligation register on real Derby with many plans: occurrences are computed per window from plans read once,
 * states come from an index of fulfilment counts, fulfilments are read only for what is answered, and writes are
 * seen by the next read.
 */
public class ObligationRegisterTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    /** Monthly plans since 2020: about 80 occurrences each up to a year ahead. */
    private static final int PLANS = 200;

    private static TestDatabase db;
    private static Statistics statistics;
    private static ObligationRepository repository;
    private static ObligationRegister register;

    static EvaluationConfig config() {
        return new EvaluationConfig() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return EvaluationConfig.class;
            }

            @Override
            public int dueSoonDays() {
                return 60;
            }

            @Override
            public boolean referenceData() {
                return false;
            }

            @Override
            public String[] files() {
                return new String[0];
            }
        };
    }

    static ObligationPlan monthly(String id) {
        return new ObligationPlan(id, "Månadsrapport " + id, ObligationKind.REPORT, null, "ledningsradet",
                "ledningsradet", ScheduleType.RECURRING, null, LocalDate.of(2020, 1, 31), null, Period.ofMonths(1),
                null, null, null, null, null, null, List.of(), null, false);
    }

    @BeforeClass
    public static void database() {
        db = TestDatabase.migrated(EvaluationSchema.CHANGELOG, "avtalsvakt-evaluation", ObligationRepository.class);
        statistics = db.entityManagerFactory().unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
        FixedClock clock = FixedClock.on(TODAY);
        repository = new ObligationRepository(db.jpa(), new EvaluationSchema(db.migrator()), clock);
        List<ObligationPlan> plans = new ArrayList<>();
        for (int i = 0; i < PLANS; i++) {
            plans.add(monthly(String.format("plan-%03d", i)));
        }
        repository.insertMissing(plans);
        // every plan's occurrences up to the end of 2025 were done: most of the history is fulfilled
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < PLANS; i += 10) {
            for (int m = 0; m < 72; m++) {
                LocalDate due = LocalDate.of(2020, 1, 31).plusMonths(m);
                rows.append(rows.length() == 0 ? "" : ", ").append("('").append(String.format("plan-%03d", i))
                        .append("', '").append(due).append("', '").append(due)
                        .append("', 'ledningsradet', CURRENT_TIMESTAMP)");
            }
        }
        db.execute("insert into av_obligation_fulfilment (plan_id, due_date, fulfilled_on, fulfilled_by, "
                + "recorded_at) values " + rows);
        OrganisationService organisations = FakeServices.of(OrganisationService.class, Map.of("find",
                args -> Optional.of(new Organisation((String) args[0], "Ledningsrådet för hjälpmedel",
                        OrganisationKind.GOVERNANCE_BODY, null))));
        register = new ObligationRegister(repository, FakeServices.of(AgreementService.class, Map.of()),
                organisations, clock, config());
    }

    @AfterClass
    public static void drop() {
        db.close();
    }

    private static Fulfilment done(LocalDate on) {
        return new Fulfilment(0, null, on, "D-" + on, "ledningsradet", null, List.of(), null);
    }

    private static long statements(Runnable read) {
        statistics.clear();
        read.run();
        return statistics.getPrepareStatementCount();
    }

    @Test
    public void aPageOfAWideWindowReadsOnlyThePagesFulfilments() {
        register.plans(null, null); // plans and the fulfilment index are read once
        register.overdue(null, null);
        OccurrenceFilter allTime = new OccurrenceFilter(LocalDate.of(2020, 1, 1), TODAY.plusYears(1), null, null,
                null);
        Page<Occurrence>[] page = new Page[1];
        long statements = statements(() -> page[0] = register.occurrences(allTime, PageRequest.first(50)));
        assertEquals(50, page[0].items().size());
        // the page's fulfilments, and their criteria
        assertTrue("statements: " + statements, statements <= 2);
        // the first month: plans 000, 010, … fulfilled, with their fulfilment read
        Occurrence first = page[0].items().get(0);
        assertEquals("plan-000:2020-01-31", first.id());
        assertEquals(OccurrenceState.FULFILLED, first.state());
        assertEquals(1, first.fulfilments().size());
        assertEquals(OccurrenceState.OVERDUE, page[0].items().get(1).state());
    }

    @Test
    public void overdueAndTheDeadlineWindowAreComputedWithoutReadingFulfilledRows() {
        register.overdue(null, null);
        List<Occurrence>[] overdue = new List[1];
        assertEquals(0, statements(() -> overdue[0] = register.overdue(null, null)));
        // 82 months due before today per plan; a tenth of the plans fulfilled 72 of them (the last plans are left
        // to the test that writes)
        assertEquals(150 * 82 - 15 * 72, overdue[0].stream().filter(o -> o.plan().compareTo("plan-150") < 0)
                .count());
        assertTrue(overdue[0].stream().allMatch(o -> o.state() == OccurrenceState.OVERDUE));

        List<Occurrence>[] open = new List[1];
        assertEquals(0, statements(() -> open[0] = register.open(LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 12, 31))));
        assertEquals((PLANS - PLANS / 10) * 12, open[0].size());
    }

    @Test
    public void pagesWalkTheWholeListInOrderAndEnd() {
        OccurrenceFilter year = new OccurrenceFilter(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), null,
                null, null);
        List<Occurrence> all = register.occurrences(year);
        List<Occurrence> walked = new ArrayList<>();
        PageRequest request = PageRequest.first(333);
        int pages = 0;
        while (true) {
            Page<Occurrence> page = register.occurrences(year, request);
            walked.addAll(page.items());
            pages++;
            if (page.next() == null) {
                break;
            }
            request = PageRequest.of(333, page.next());
        }
        assertEquals(all, walked);
        assertEquals((PLANS * 12 + 332) / 333, pages);
        Page<ObligationPlan> plans = register.plans(null, "ledningsradet", PageRequest.first(150));
        assertEquals(150, plans.items().size());
        Page<ObligationPlan> rest = register.plans(null, "ledningsradet", PageRequest.of(150, plans.next()));
        assertEquals(PLANS - 150, rest.items().size());
        assertNull(rest.next());
    }

    @Test
    public void aFulfilmentAndASavedPlanAreSeenByTheNextRead() {
        register.overdue(null, null);
        String id = "plan-198:2026-10-31";
        assertEquals(OccurrenceState.OVERDUE, register.occurrence(id).state());
        register.fulfil(id, done(LocalDate.of(2026, 11, 2)));
        assertTrue(register.overdue(null, null).stream().noneMatch(o -> o.id().equals(id)));
        OccurrenceFilter october = new OccurrenceFilter(LocalDate.of(2026, 10, 31), LocalDate.of(2026, 10, 31),
                null, null, OccurrenceState.FULFILLED);
        assertEquals(List.of(id), register.occurrences(october).stream().map(Occurrence::id).toList());
        assertEquals(1, register.occurrences(october).get(0).fulfilments().size());

        ObligationPlan renamed = monthly("plan-199");
        register.savePlan(new ObligationPlan(renamed.id(), "Ny titel", renamed.kind(), null, renamed.body(),
                renamed.responsible(), renamed.type(), null, renamed.anchor(), null, renamed.every(), null, null,
                null, null, null, null, List.of(), null, false));
        assertEquals("Ny titel", register.plan("plan-199").orElseThrow().title());
        assertEquals("Ny titel", register.occurrence("plan-199:2026-10-31").title());
    }
}

package se.avtalsvakt.evaluation.internal.store;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

import se.avtalsvakt.api.json.Json;
import se.avtalsvakt.api.obligation.Fulfilment;
import se.avtalsvakt.api.obligation.ObligationPlan;
import se.avtalsvakt.evaluation.internal.ObligationReferenceData;
import se.avtalsvakt.testsupport.FixedClock;
import se.avtalsvakt.testsupport.TestDatabase;

/** The obligation plans' queries against Derby migrated with the bundle's changelog, holding the shipped plans. */
public class ObligationRepositoryTest {

    private static TestDatabase db;
    private static ObligationRepository repository;
    private static List<ObligationPlan> shipped;
    private static int firstInsert;

    @BeforeClass
    public static void database() throws IOException {
        db = TestDatabase.migrated(EvaluationSchema.CHANGELOG, "avtalsvakt-evaluation", ObligationRepository.class);
        repository = new ObligationRepository(db.jpa(), new EvaluationSchema(db.migrator()),
                FixedClock.on(LocalDate.of(2026, 11, 22)));
        try (InputStream in = ObligationRepositoryTest.class.getClassLoader()
                .getResourceAsStream("reference-data/obligation-plans.json")) {
            shipped = Json.read(in, ObligationReferenceData.PlanFile.class).plans();
        }
        firstInsert = repository.insertMissing(shipped);
    }

    @AfterClass
    public static void drop() {
        db.close();
    }

    @Test
    public void onlyPlansWhoseIdIsFreeAreInserted() {
        assertEquals(shipped.size(), firstInsert);
        ObligationPlan changed = withTitle(shipped.get(0), "Ändrad av en användare");
        repository.save(changed);

        assertEquals(1, repository.insertMissing(List.of(shipped.get(0), shipped.get(1).withId("ny-plan"))));

        assertEquals("Ändrad av en användare", repository.plan(shipped.get(0).id()).orElseThrow().title());
        assertTrue(repository.plan("ny-plan").isPresent());
    }

    @Test
    public void plansAreFilteredByAgreementAndBodyAndListedByIdWithTheirCriteria() {
        List<ObligationPlan> samarbetsavtal = repository.plans("samarbetsavtal-hjalpmedel", null);
        List<ObligationPlan> all = repository.plans(null, null);

        assertTrue(samarbetsavtal.size() >= 2);
        assertTrue(samarbetsavtal.stream().allMatch(p -> "samarbetsavtal-hjalpmedel".equals(p.agreement())));
        assertEquals(all.stream().map(ObligationPlan::id).sorted().toList(),
                all.stream().map(ObligationPlan::id).toList());
        assertEquals(List.of("ekonomi", "kvalitet"),
                repository.plan("samarbetsavtal-hjalpmedel-utvardering").orElseThrow().criteria());
        assertEquals(List.of(), repository.plans("samarbetsavtal-hjalpmedel", "no-such-body"));
    }

    @Test
    public void fulfilmentsAreFoundByOccurrenceAndDueDateRangeAndCountedPerOccurrence() {
        String plan = shipped.get(0).id();
        LocalDate due2026 = LocalDate.of(2026, 12, 31);
        LocalDate due2027 = LocalDate.of(2027, 12, 31);
        Fulfilment second = repository.addFulfilment(plan, due2026, fulfilment(LocalDate.of(2026, 12, 20)));
        Fulfilment first = repository.addFulfilment(plan, due2026, fulfilment(LocalDate.of(2026, 12, 1)));
        repository.addFulfilment(plan, due2027, fulfilment(LocalDate.of(2027, 6, 1)));

        assertEquals(List.of(first.id(), second.id()),
                repository.fulfilments(plan, due2026).stream().map(Fulfilment::id).toList());
        assertEquals(2, repository.fulfilments(LocalDate.of(2026, 12, 31), LocalDate.of(2026, 12, 31)).stream()
                .filter(f -> f.occurrence().startsWith(plan + ":")).count());
        Map<String, Integer> counts = repository.fulfilmentCounts(LocalDate.of(2026, 12, 31));
        assertEquals(Integer.valueOf(2), counts.get(plan + ":" + due2026));
        assertEquals(null, counts.get(plan + ":" + due2027));
        assertEquals(Integer.valueOf(1), repository.fulfilmentCounts(due2027).get(plan + ":" + due2027));
    }

    @Test
    public void fulfilmentsOfSomeOccurrencesAreReadTogetherWithTheirCriteriaInOrder() {
        String plan = "samarbetsavtal-hjalpmedel-utvardering";
        LocalDate due = LocalDate.of(2031, 6, 30);
        repository.addFulfilment(plan, due, new Fulfilment(0, null, LocalDate.of(2031, 6, 1), "D-9", "ledningsradet",
                null, List.of(new se.avtalsvakt.api.obligation.CriterionAssessment("ekonomi", "God"),
                        new se.avtalsvakt.api.obligation.CriterionAssessment("kvalitet", "Bättre")), null));
        repository.addFulfilment(plan, LocalDate.of(2034, 6, 30), fulfilment(LocalDate.of(2034, 6, 1)));

        Map<String, List<Fulfilment>> read = repository.fulfilments(List.of(plan + ":" + due, plan + ":2032-06-30"));

        assertEquals(java.util.Set.of(plan + ":" + due), read.keySet());
        assertEquals(List.of("ekonomi", "kvalitet"), read.get(plan + ":" + due).get(0).criteria().stream()
                .map(se.avtalsvakt.api.obligation.CriterionAssessment::criterion).toList());
        assertEquals("Bättre", read.get(plan + ":" + due).get(0).criteria().get(1).assessment());
    }

    private static Fulfilment fulfilment(LocalDate on) {
        return new Fulfilment(0, null, on, "D-" + on, "ledningsradet", null, List.of(), null);
    }

    private static ObligationPlan withTitle(ObligationPlan p, String title) {
        return new ObligationPlan(p.id(), title, p.kind(), p.agreement(), p.body(), p.responsible(), p.type(),
                p.date(), p.anchor(), p.offset(), p.every(), p.dayOfYear(), p.minPerYear(), p.maxPerYear(),
                p.leadTime(), p.from(), p.until(), p.criteria(), p.notes(), p.stopsAtNotice());
    }
}

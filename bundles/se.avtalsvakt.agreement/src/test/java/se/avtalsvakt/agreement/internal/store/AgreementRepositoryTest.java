package se.avtalsvakt.agreement.internal.store;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

import se.avtalsvakt.agreement.internal.json.ExchangeJson;
import se.avtalsvakt.api.NotFoundException;
import se.avtalsvakt.api.agreement.Agreement;
import se.avtalsvakt.api.agreement.ExchangeDocument;
import se.avtalsvakt.api.agreement.ImportMode;
import se.avtalsvakt.api.agreement.ImportResult;
import se.avtalsvakt.api.agreement.NoticeWithdrawal;
import se.avtalsvakt.api.agreement.RenegotiationRequest;
import se.avtalsvakt.api.agreement.TermChange;
import se.avtalsvakt.api.agreement.TerminationNotice;
import se.avtalsvakt.api.organisation.Organisation;
import se.avtalsvakt.testsupport.FixedClock;
import se.avtalsvakt.testsupport.TestDatabase;

/** The register's queries against Derby migrated with the bundle's changelog, holding the shipped reference data. */
public class AgreementRepositoryTest {

    private static TestDatabase db;
    private static AgreementRepository repository;
    private static ExchangeDocument referenceData;
    private static ImportResult firstImport;

    @BeforeClass
    public static void database() throws IOException {
        db = TestDatabase.migrated(AgreementSchema.CHANGELOG, "avtalsvakt-agreement", AgreementRepository.class);
        repository = new AgreementRepository(db.jpa(), new AgreementSchema(db.migrator()),
                FixedClock.on(LocalDate.of(2026, 11, 22)));
        try (InputStream in = AgreementRepositoryTest.class.getClassLoader()
                .getResourceAsStream("reference-data/vgr-hjalpmedel.json")) {
            referenceData = new ExchangeJson().readDocument(in);
        }
        firstImport = repository.importDocument(referenceData, ImportMode.KEEP_EXISTING);
    }

    @AfterClass
    public static void drop() {
        db.close();
    }

    @Test
    public void theReferenceDataIsImportedWholeAndAgainChangesNothing() {
        assertEquals(new ImportResult.Counts(73, 0, 0), firstImport.organisations());
        assertEquals(new ImportResult.Counts(3, 0, 0), firstImport.agreements());

        ImportResult again = repository.importDocument(referenceData, ImportMode.KEEP_EXISTING);

        assertEquals(new ImportResult.Counts(0, 0, 73), again.organisations());
        assertEquals(new ImportResult.Counts(0, 0, 3), again.agreements());
    }

    @Test
    public void organisationsAreListedByKindThenName() {
        List<Organisation> organisations = repository.organisations();
        assertTrue(organisations.size() >= 73);
        assertEquals(organisations.stream().sorted(Comparator.comparing((Organisation o) -> o.kind().name())
                .thenComparing(Organisation::name)).toList(), organisations);
        assertEquals("vgr", repository.organisation("vgr").orElseThrow().id());
        assertTrue(repository.organisation("no-such-organisation").isEmpty());
    }

    @Test
    public void anInsertedAgreementIsReadBackAndListedById() {
        Agreement seed = repository.agreement("overenskommelse-skola").orElseThrow();

        repository.insert(seed.withId("aa-copy"));

        Agreement copy = repository.agreement("aa-copy").orElseThrow();
        assertEquals(seed.title(), copy.title());
        assertEquals(seed.parties(), copy.parties());
        List<String> ids = repository.agreements().stream().map(Agreement::id).toList();
        assertEquals(ids.stream().sorted().toList(), ids);
        assertTrue(ids.contains("aa-copy"));
    }

    @Test
    public void anAgreementIdIsUnique() {
        Agreement seed = repository.agreement("overenskommelse-skola").orElseThrow();
        repository.insert(seed.withId("unique-once"));

        assertThrows(RuntimeException.class, () -> repository.insert(seed.withId("unique-once")));
    }

    @Test
    public void aNoticeIsStampedAndItsWithdrawalRecorded() {
        Agreement seed = repository.agreement("overenskommelse-skola").orElseThrow();
        repository.insert(new Agreement(seed.id() + "-notice", seed.title(), seed.kind(), seed.diaryNumber(),
                seed.parties(), seed.ownerBody(), seed.start(), seed.firstTermEnd(), seed.renewal(),
                seed.renegotiationAnyTime(), seed.referenceOnly(), seed.references(), seed.notes(),
                seed.specifications(), List.of(), seed.noticeEndsAgreementFor(), seed.lastDayMovesToNextWorkingDay()));
        String party = seed.parties().get(0).organisation();

        Agreement noticed = repository.addNotice(seed.id() + "-notice",
                new TerminationNotice(party, LocalDate.of(2026, 11, 20), true, "VGR 2026-17"));
        Agreement withdrawn = repository.withdrawNotice(seed.id() + "-notice", 0,
                new NoticeWithdrawal(LocalDate.of(2026, 11, 21), "Återtagen", null));

        Instant recorded = FixedClock.on(LocalDate.of(2026, 11, 22)).now().toInstant();
        assertEquals(recorded, noticed.terminationNotices().get(0).recordedAt());
        assertEquals(LocalDate.of(2026, 11, 21), withdrawn.terminationNotices().get(0).withdrawal().on());
        assertThrows(NotFoundException.class, () -> repository.withdrawNotice(seed.id() + "-notice", 1,
                new NoticeWithdrawal(LocalDate.of(2026, 11, 21), "Ingen sådan", null)));
        assertThrows(NotFoundException.class, () -> repository.addNotice("no-such-agreement",
                new TerminationNotice(party, LocalDate.of(2026, 11, 20), true, null)));
    }

    @Test
    public void termChangesAreRecordedOnceEachAndListedByDate() {
        Instant at = Instant.parse("2026-11-22T07:00:00Z");
        TermChange later = new TermChange("samarbetsavtal-hjalpmedel", TermChange.Kind.EXTENDED, 5,
                LocalDate.of(2029, 10, 1), LocalDate.of(2032, 9, 30), at);
        TermChange earlier = new TermChange("samarbetsavtal-hjalpmedel", TermChange.Kind.EXTENDED, 4,
                LocalDate.of(2026, 10, 1), LocalDate.of(2029, 9, 30), at);
        TermChange left = new TermChange("samarbetsavtal-hjalpmedel", TermChange.Kind.PARTY_LEFT, 4,
                LocalDate.of(2026, 10, 1), LocalDate.of(2026, 9, 30), at, "ale");

        assertEquals(List.of(later, earlier, left), repository.recordNew(List.of(later, earlier, left)));
        assertEquals(List.of(), repository.recordNew(List.of(earlier, left)));

        List<TermChange> recorded = repository.termChanges("samarbetsavtal-hjalpmedel");
        assertEquals(3, recorded.size());
        assertEquals(LocalDate.of(2029, 10, 1), recorded.get(2).effectiveOn());
        assertTrue(repository.termChanges(null).containsAll(recorded));
    }

    @Test
    public void renegotiationsAreGroupedByAgreementOldestFirst() {
        String party = repository.agreement("halso-och-sjukvardsavtalet").orElseThrow().parties().get(0)
                .organisation();
        repository.addRenegotiation("halso-och-sjukvardsavtalet",
                new RenegotiationRequest(party, LocalDate.of(2026, 11, 2), null, "Ny lag", null));
        repository.addRenegotiation("halso-och-sjukvardsavtalet",
                new RenegotiationRequest(party, LocalDate.of(2026, 10, 1), "D-1", null, null));

        Map<String, List<RenegotiationRequest>> all = repository.renegotiations(null);
        List<RenegotiationRequest> requests = repository.renegotiations("halso-och-sjukvardsavtalet")
                .get("halso-och-sjukvardsavtalet");

        assertEquals(List.of(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 11, 2)),
                requests.stream().map(RenegotiationRequest::requestedOn).toList());
        assertEquals(requests, all.get("halso-och-sjukvardsavtalet"));
        assertThrows(NotFoundException.class, () -> repository.addRenegotiation("no-such-agreement",
                new RenegotiationRequest(party, LocalDate.of(2026, 10, 1), null, null, null)));
    }

    @Test
    public void theDecisionHistoryIsStoredInOrderAndReadBackEitherWay() {
        Agreement school = repository.agreement("overenskommelse-skola").orElseThrow();
        assertEquals(6, school.decisionHistory().size());
        assertEquals(school.decisionHistory(), repository.agreements(List.of("overenskommelse-skola")).get(0)
                .decisionHistory());

        Agreement copy = repository.insert(school.withId("decided-copy"));
        List<se.avtalsvakt.api.agreement.DecisionStep> reversed = new java.util.ArrayList<>(copy.decisionHistory());
        java.util.Collections.reverse(reversed);
        repository.replace(copy.withDecisionHistory(reversed.subList(0, 2)));

        assertEquals(reversed.subList(0, 2), repository.agreement("decided-copy").orElseThrow().decisionHistory());
        assertEquals(school.decisionHistory(), repository.agreement("overenskommelse-skola").orElseThrow()
                .decisionHistory());
    }
}

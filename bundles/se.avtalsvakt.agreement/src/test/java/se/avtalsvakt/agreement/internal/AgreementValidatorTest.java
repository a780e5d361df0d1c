package se.avtalsvakt.agreement.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.Test;

import se.avtalsvakt.api.Ids;
import se.avtalsvakt.api.Problem;
import se.avtalsvakt.api.agreement.Agreement;
import se.avtalsvakt.api.agreement.DecisionStep;
import se.avtalsvakt.api.agreement.AgreementKind;
import se.avtalsvakt.api.agreement.Party;
import se.avtalsvakt.api.agreement.PartyRole;
import se.avtalsvakt.api.agreement.Renewal;
import se.avtalsvakt.api.agreement.Revision;
import se.avtalsvakt.api.agreement.Specification;
import se.avtalsvakt.api.agreement.SpecificationType;
import se.avtalsvakt.api.agreement.TermPolicy;
import se.avtalsvakt.api.agreement.TerminationNotice;
import se.avtalsvakt.api.organisation.Organisation;
import se.avtalsvakt.api.organisation.OrganisationKind;

public class AgreementValidatorTest {

    private static final Set<String> ORGANISATIONS = Set.of("vgr", "goteborg", "boras", "hjalpmedelscentralen",
            "politisk-beredningsgrupp", "fyrbodal");
    private static final Set<String> AGREEMENTS = Set.of("halso-och-sjukvardsavtalet");

    private final AgreementValidator validator = new AgreementValidator(ORGANISATIONS::contains, AGREEMENTS::contains);

    // ---------------------------------------------------------------- fixtures

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    /** A mutable draft of a valid agreement (samarbetsavtal-hjalpmedel in small), changed per test. */
    private static final class Draft {
        String id = "samarbetsavtal-hjalpmedel";
        String title = "Samarbetsavtal för försörjning av personliga hjälpmedel";
        AgreementKind kind = AgreementKind.COOPERATION_AGREEMENT;
        String diaryNumber = "RS 2017-01234";
        List<Party> parties = new ArrayList<>(List.of(new Party("vgr", PartyRole.CARE_PROVIDER),
                new Party("goteborg", PartyRole.CARE_PROVIDER),
                new Party("hjalpmedelscentralen", PartyRole.EXECUTOR)));
        String ownerBody = "politisk-beredningsgrupp";
        LocalDate start = d("2017-10-01");
        LocalDate firstTermEnd = d("2020-09-30");
        Renewal renewal = new Renewal(TermPolicy.AUTO_EXTEND, Period.ofYears(3), Period.ofMonths(12), true);
        boolean renegotiationAnyTime;
        boolean referenceOnly;
        List<String> references = new ArrayList<>(List.of("halso-och-sjukvardsavtalet"));
        String notes = "Gemensam hjälpmedelsförsörjning.";
        List<Specification> specifications = new ArrayList<>(List.of(
                new Specification("huvuddokument", "Huvuddokument", SpecificationType.MAIN_DOCUMENT,
                        List.of(revision("2023-10-01"))),
                new Specification("tjanster", "Specifikation tjänster", SpecificationType.SPECIFICATION,
                        List.of(revision("2022-03-01")))));
        List<TerminationNotice> notices = new ArrayList<>(List.of(
                new TerminationNotice("goteborg", d("2025-06-01"), true, "KS 2025-17")));
        List<DecisionStep> decisions = new ArrayList<>(List.of(
                new DecisionStep(d("2017-03-01"), "Politisk beredningsgrupp", "politisk-beredningsgrupp", null),
                new DecisionStep(d("2017-06-01"), "Samtliga parter", null, "Undertecknad av samtliga parter")));

        Agreement build() {
            return new Agreement(id, title, kind, diaryNumber, parties, ownerBody, start, firstTermEnd, renewal,
                    renegotiationAnyTime, referenceOnly, references, notes, specifications, notices, List.of(), false,
                    decisions);
        }
    }

    private static int revisions;

    private static Revision revision(String effective) {
        return new Revision("HMC 2023-" + (++revisions), d(effective).minusMonths(2), "ledningsradet", "Ändrad text",
                d(effective));
    }

    private static Specification mainDocumentRevisedOn(String effective) {
        return new Specification("huvuddokument", "Huvuddokument", SpecificationType.MAIN_DOCUMENT,
                List.of(revision(effective)));
    }

    private List<Problem> problems(Draft draft) {
        Problems p = new Problems();
        validator.validate(draft.build(), p);
        return p.list();
    }

    private List<Problem> problems(Organisation o) {
        Problems p = new Problems();
        validator.validate(o, p);
        return p.list();
    }

    private static List<String> paths(List<Problem> problems) {
        return problems.stream().map(Problem::path).toList();
    }

    /** Asserts there is exactly one problem, at {@code path}, whose message contains every fragment. */
    private static Problem assertOnly(List<Problem> problems, String path, String... fragments) {
        assertEquals("problems: " + problems, List.of(path), paths(problems));
        Problem problem = problems.get(0);
        assertFalse("message is empty", problem.message().isBlank());
        for (String fragment : fragments) {
            assertTrue("'" + problem.message() + "' should mention '" + fragment + "'",
                    problem.message().contains(fragment));
        }
        return problem;
    }

    // ---------------------------------------------------------------- valid

    @Test
    public void validAgreementHasNoProblems() {
        assertEquals(List.of(), problems(new Draft()));
    }

    @Test
    public void problemsArePrefixedWithTheCollectorsPath() {
        Draft draft = new Draft();
        draft.title = null;
        Problems p = new Problems();
        validator.validate(draft.build(), p.at("agreements", 2));
        assertEquals(List.of("agreements[2].title"), paths(p.list()));
    }

    @Test
    public void referenceOnlyAgreementMayLeaveOutItsDates() {
        Draft draft = new Draft();
        draft.id = "halso-och-sjukvardsavtalet-2";
        draft.kind = AgreementKind.FRAMEWORK_AGREEMENT;
        draft.referenceOnly = true;
        draft.start = null;
        draft.firstTermEnd = null;
        draft.renewal = Renewal.openEnded();
        draft.specifications = List.of(mainDocumentRevisedOn("2022-03-01"));
        draft.notices = List.of();
        assertEquals(List.of(), problems(draft));
    }

    // ---------------------------------------------------------------- id, title, kind

    @Test
    public void idMustBeASlugAndTheSuggestionIsItsSlug() {
        Draft draft = new Draft();
        draft.id = "Samarbetsavtal Hjälpmedel";
        assertOnly(problems(draft), "id", "not a valid id", "'" + Ids.slugOf("Samarbetsavtal Hjälpmedel") + "'");
        assertEquals("samarbetsavtal-hjalpmedel", Ids.slugOf("Samarbetsavtal Hjälpmedel"));
    }

    @Test
    public void otherBadIds() {
        for (String bad : new String[] {"a--b", "-a", "a-", "ABC", "a_b", "a".repeat(Ids.MAX_LENGTH + 1)}) {
            Draft draft = new Draft();
            draft.id = bad;
            assertOnly(problems(draft), "id", "not a valid id");
        }
        Draft longest = new Draft();
        longest.id = "a".repeat(Ids.MAX_LENGTH);
        assertEquals(List.of(), problems(longest));
    }

    @Test
    public void idIsRequired() {
        for (String missing : new String[] {null, "", "  "}) {
            Draft draft = new Draft();
            draft.id = missing;
            assertOnly(problems(draft), "id", "required");
        }
    }

    @Test
    public void titleIsRequired() {
        for (String missing : new String[] {null, "", "   "}) {
            Draft draft = new Draft();
            draft.title = missing;
            assertOnly(problems(draft), "title", "required");
        }
    }

    @Test
    public void titleOfMoreThan300CharactersIsTooLong() {
        Draft draft = new Draft();
        draft.title = "x".repeat(301);
        assertOnly(problems(draft), "title", "too long", "301", "300");
        draft.title = "x".repeat(300);
        assertEquals(List.of(), problems(draft));
    }

    @Test
    public void kindIsRequired() {
        Draft draft = new Draft();
        draft.kind = null;
        assertOnly(problems(draft), "kind", "required");
    }

    @Test
    public void tooLongNotesAndDiaryNumber() {
        Draft draft = new Draft();
        draft.notes = "n".repeat(AgreementValidator.MAX_NOTES + 1);
        assertOnly(problems(draft), "notes", "too long");
        draft = new Draft();
        draft.diaryNumber = "d".repeat(AgreementValidator.MAX_DIARY_NUMBER + 1);
        assertOnly(problems(draft), "diaryNumber", "too long");
    }

    // ---------------------------------------------------------------- parties, owner

    @Test
    public void atLeastOnePartyIsRequired() {
        Draft draft = new Draft();
        draft.parties = List.of();
        draft.notices = List.of();
        assertOnly(problems(draft), "parties", "at least one party");
    }

    @Test
    public void unknownPartyOrganisation() {
        Draft draft = new Draft();
        draft.parties.set(0, new Party("vgr-typo", PartyRole.CARE_PROVIDER));
        assertOnly(problems(draft), "parties[0].organisation", "unknown organisation", "vgr-typo");
    }

    @Test
    public void partyNeedsOrganisationAndRole() {
        Draft draft = new Draft();
        draft.parties.add(new Party(null, null));
        List<Problem> problems = problems(draft);
        assertEquals(List.of("parties[3].organisation", "parties[3].role"), paths(problems));
    }

    @Test
    public void sameOrganisationTwiceWithTheSameRoleIsRefused() {
        Draft draft = new Draft();
        draft.parties.add(new Party("goteborg", PartyRole.CARE_PROVIDER));
        assertOnly(problems(draft), "parties[3]", "twice");
    }

    @Test
    public void sameOrganisationInAnotherRoleIsAccepted() {
        Draft draft = new Draft();
        draft.parties.add(new Party("goteborg", PartyRole.PRINCIPAL));
        assertEquals(List.of(), problems(draft));
    }

    @Test
    public void unknownOwnerBody() {
        Draft draft = new Draft();
        draft.ownerBody = "ledningsradet-typo";
        assertOnly(problems(draft), "ownerBody", "unknown organisation", "ledningsradet-typo");
        draft.ownerBody = null;
        assertEquals(List.of(), problems(draft));
    }

    // ---------------------------------------------------------------- dates and renewal

    @Test
    public void startIsRequiredUnlessReferenceOnly() {
        Draft draft = new Draft();
        draft.start = null;
        assertOnly(problems(draft), "start", "required");
        draft.referenceOnly = true;
        assertEquals(List.of(), problems(draft));
    }

    @Test
    public void renewalIsRequired() {
        Draft draft = new Draft();
        draft.renewal = null;
        draft.specifications = List.of();
        assertOnly(problems(draft), "renewal", "required");
    }

    @Test
    public void renewalTypeIsRequired() {
        Draft draft = new Draft();
        draft.renewal = new Renewal(null, Period.ofYears(3), Period.ofMonths(12), true);
        draft.specifications = List.of();
        assertOnly(problems(draft), "renewal.type", "required");
    }

    @Test
    public void autoExtendNeedsAPeriod() {
        Draft draft = new Draft();
        draft.renewal = new Renewal(TermPolicy.AUTO_EXTEND, null, Period.ofMonths(12), true);
        draft.specifications = List.of();
        assertOnly(problems(draft), "renewal.period", "required", "AUTO_EXTEND");
    }

    @Test
    public void autoExtendPeriodMustBePositive() {
        for (Period bad : new Period[] {Period.ZERO, Period.ofYears(-3), Period.of(1, -1, 0), Period.ofDays(-1)}) {
            Draft draft = new Draft();
            draft.renewal = new Renewal(TermPolicy.AUTO_EXTEND, bad, Period.ofMonths(12), true);
            draft.specifications = List.of();
            assertOnly(problems(draft), "renewal.period", "positive");
        }
    }

    @Test
    public void noticePeriodMustBePositive() {
        for (Period bad : new Period[] {Period.ZERO, Period.ofMonths(-12)}) {
            Draft draft = new Draft();
            draft.renewal = new Renewal(TermPolicy.AUTO_EXTEND, Period.ofYears(3), bad, true);
            assertOnly(problems(draft), "renewal.noticePeriod", "positive");
        }
    }

    @Test
    public void fixedAgreementHasNoRenewalPeriod() {
        Draft draft = new Draft();
        draft.renewal = new Renewal(TermPolicy.FIXED, Period.ofYears(3), Period.ofMonths(12), true);
        draft.specifications = List.of();
        assertOnly(problems(draft), "renewal.period", "only an AUTO_EXTEND");
    }

    @Test
    public void fixedAndAutoExtendNeedAFirstTermEnd() {
        for (TermPolicy type : new TermPolicy[] {TermPolicy.FIXED, TermPolicy.AUTO_EXTEND}) {
            Draft draft = new Draft();
            draft.renewal = new Renewal(type, type == TermPolicy.FIXED ? null : Period.ofYears(3), null, false);
            draft.firstTermEnd = null;
            draft.specifications = List.of();
            assertOnly(problems(draft), "firstTermEnd", "required", type.name());
        }
    }

    @Test
    public void openEndedHasNoFirstTermEndNorNoticePeriod() {
        Draft draft = new Draft();
        draft.renewal = Renewal.openEnded();
        draft.specifications = List.of();
        assertOnly(problems(draft), "firstTermEnd", "open-ended");

        draft.firstTermEnd = null;
        draft.renewal = new Renewal(TermPolicy.OPEN_ENDED, null, Period.ofMonths(12), false);
        assertOnly(problems(draft), "renewal.noticePeriod", "open-ended");

        draft.renewal = new Renewal(TermPolicy.OPEN_ENDED, Period.ofYears(3), null, false);
        assertOnly(problems(draft), "renewal.period", "only an AUTO_EXTEND");

        draft.renewal = Renewal.openEnded();
        assertEquals(List.of(), problems(draft));
    }

    @Test
    public void firstTermEndMustBeAfterStart() {
        for (String end : new String[] {"2017-10-01", "2017-09-30", "2010-01-01"}) {
            Draft draft = new Draft();
            draft.firstTermEnd = d(end);
            draft.specifications = List.of();
            assertOnly(problems(draft), "firstTermEnd", "after start", "2017-10-01");
        }
        Draft oneDay = new Draft();
        oneDay.firstTermEnd = d("2017-10-02");
        oneDay.specifications = List.of();
        oneDay.notices = List.of();
        assertEquals(List.of(), problems(oneDay));
    }

    // ---------------------------------------------------------------- references

    @Test
    public void agreementCannotReferenceItself() {
        Draft draft = new Draft();
        draft.references = List.of("samarbetsavtal-hjalpmedel");
        assertOnly(problems(draft), "references[0]", "itself");
    }

    @Test
    public void unknownReference() {
        Draft draft = new Draft();
        draft.references = List.of("halso-och-sjukvardsavtalet", "okant-avtal");
        assertOnly(problems(draft), "references[1]", "unknown agreement", "okant-avtal");
        draft.references = List.of("okant-avtal");
        assertOnly(problems(draft), "references[0]", "okant-avtal");
    }

    // ---------------------------------------------------------------- specifications and revisions (R4)

    @Test
    public void specificationIdsAreUniqueWithinTheAgreement() {
        Draft draft = new Draft();
        draft.specifications.add(new Specification("tjanster", "Tjänster igen", SpecificationType.SPECIFICATION,
                List.of()));
        assertOnly(problems(draft), "specifications[2].id", "'tjanster'", "twice");
    }

    @Test
    public void specificationIdMustBeASlug() {
        Draft draft = new Draft();
        draft.specifications.add(new Specification("IT stöd", "IT-stöd", SpecificationType.SPECIFICATION,
                List.of()));
        assertOnly(problems(draft), "specifications[2].id", "not a valid id");
    }

    @Test
    public void specificationNeedsTitleAndType() {
        Draft draft = new Draft();
        draft.specifications.add(new Specification("it-stod", null, null, List.of()));
        assertEquals(List.of("specifications[2].title", "specifications[2].type"), paths(problems(draft)));
    }

    @Test
    public void atMostOneMainDocument() {
        Draft draft = new Draft();
        draft.specifications.add(new Specification("huvuddokument-2", "Ett till huvuddokument",
                SpecificationType.MAIN_DOCUMENT, List.of()));
        assertOnly(problems(draft), "specifications", "at most one MAIN_DOCUMENT");
    }

    @Test
    public void revisionNeedsDiaryNumberDecidedOnAndSummary() {
        Draft draft = new Draft();
        draft.specifications.set(1, new Specification("tjanster", "Tjänster", SpecificationType.SPECIFICATION,
                List.of(revision("2022-03-01"), new Revision(null, null, "ledningsradet", null, null))));
        List<Problem> problems = problems(draft);
        assertEquals(List.of("specifications[1].revisions[1].diaryNumber", "specifications[1].revisions[1].summary",
                "specifications[1].revisions[1].decidedOn"), paths(problems));
        problems.forEach(p -> assertEquals("required", p.message()));
    }

    @Test
    public void mainDocumentRevisionTakingEffectWhenTheAgreementIsExtendedIsAccepted() {
        for (String day : new String[] {"2020-10-01", "2023-10-01", "2026-10-01"}) {
            Draft draft = new Draft();
            draft.specifications.set(0, mainDocumentRevisedOn(day));
            assertEquals(day, List.of(), problems(draft));
        }
    }

    @Test
    public void mainDocumentRevisionWithoutEffectiveDateTakesEffectOnTheDecisionDay() {
        Draft draft = new Draft();
        draft.specifications.set(0, new Specification("huvuddokument", "Huvuddokument",
                SpecificationType.MAIN_DOCUMENT, List.of(new Revision("HMC 1", d("2023-10-01"), null, "Ny", null))));
        assertEquals(List.of(), problems(draft));
        draft.specifications.set(0, new Specification("huvuddokument", "Huvuddokument",
                SpecificationType.MAIN_DOCUMENT, List.of(new Revision("HMC 1", d("2023-06-01"), null, "Ny", null))));
        assertOnly(problems(draft), "specifications[0].revisions[0].effectiveFrom", "only change when the agreement is extended");
    }

    @Test
    public void mainDocumentRevisionDuringATermIsRefusedNamingTheTermStarts() {
        Draft draft = new Draft();
        draft.specifications.set(0, mainDocumentRevisedOn("2022-03-01"));
        assertOnly(problems(draft), "specifications[0].revisions[0].effectiveFrom",
                "only change when the agreement is extended", "2023-10-01", "2026-10-01");
    }

    @Test
    public void mainDocumentRefusalNamesTheTermStartsFollowingTheEffectiveDate() {
        // a revision meant for 2030-03-01 must be pointed at 2032-10-01, the next extension, not at 2020-2026
        Draft draft = new Draft();
        draft.specifications.set(0, mainDocumentRevisedOn("2030-03-01"));
        assertOnly(problems(draft), "specifications[0].revisions[0].effectiveFrom", "only change when the agreement is extended", "2032-10-01");
    }

    @Test
    public void mainDocumentOfAFixedAgreementCannotChange() {
        Draft draft = new Draft();
        draft.renewal = new Renewal(TermPolicy.FIXED, null, null, false);
        draft.specifications.set(0, mainDocumentRevisedOn("2020-10-01"));
        assertOnly(problems(draft), "specifications[0].revisions[0].effectiveFrom", "never extended");
    }

    @Test
    public void mainDocumentMayChangeAnyDayWhenRenegotiationIsAllowedAnyTime() {
        Draft draft = new Draft();
        draft.renegotiationAnyTime = true;
        draft.specifications.set(0, mainDocumentRevisedOn("2022-03-01"));
        assertEquals(List.of(), problems(draft));
        draft.renegotiationAnyTime = false;
        assertEquals(1, problems(draft).size());
    }

    @Test
    public void specificationMayChangeAnyDay() {
        for (String day : new String[] {"2017-12-24", "2022-03-01", "2024-02-29", "2031-07-15"}) {
            Draft draft = new Draft();
            draft.specifications.set(1, new Specification("tjanster", "Tjänster", SpecificationType.SPECIFICATION,
                    List.of(revision(day))));
            assertEquals(day, List.of(), problems(draft));
        }
    }

    @Test
    public void revisionRuleAlsoWorksOnItsOwn() {
        Agreement a = new Draft().build();
        Specification main = a.specifications().get(0);
        Problems p = new Problems();
        AgreementValidator.revision(a, main, revision("2026-10-01"), p);
        assertTrue(p.isEmpty());
        AgreementValidator.revision(a, main, revision("2026-10-02"), p);
        assertEquals(List.of("effectiveFrom"), paths(p.list()));
    }

    /*
     * The validator must report problems, not fail, whatever the input: an invalid renewal together with a
     * main-document revision must give the renewal's problem (these come from a REST body or an import file).
     */

    @Test
    public void autoExtendWithoutPeriodAndAMainDocumentRevisionIsReportedNotThrown() {
        Draft draft = new Draft();
        draft.renewal = new Renewal(TermPolicy.AUTO_EXTEND, null, Period.ofMonths(12), true);
        assertTrue(paths(problems(draft)).contains("renewal.period"));
    }

    @Test
    public void autoExtendWithoutFirstTermEndAndAMainDocumentRevisionIsReportedNotThrown() {
        Draft draft = new Draft();
        draft.firstTermEnd = null;
        assertTrue(paths(problems(draft)).contains("firstTermEnd"));
    }

    @Test
    public void missingRenewalAndAMainDocumentRevisionIsReportedNotThrown() {
        Draft draft = new Draft();
        draft.renewal = null;
        assertTrue(paths(problems(draft)).contains("renewal"));
    }

    @Test(timeout = 5_000)
    public void zeroPeriodAndAMainDocumentRevisionIsReportedWithoutHanging() {
        Draft draft = new Draft();
        draft.renewal = new Renewal(TermPolicy.AUTO_EXTEND, Period.ZERO, Period.ofMonths(12), true);
        assertTrue(paths(problems(draft)).contains("renewal.period"));
    }

    // ---------------------------------------------------------------- termination notices

    @Test
    public void terminationNoticeFromANonPartyIsRefused() {
        Draft draft = new Draft();
        draft.notices = List.of(new TerminationNotice("boras", d("2025-06-01"), true, null));
        assertOnly(problems(draft), "terminationNotices[0].party", "'boras'", "not a party");
    }

    @Test
    public void terminationNoticeNeedsPartyAndReceivedOn() {
        Draft draft = new Draft();
        draft.notices.add(new TerminationNotice(null, null, true, null));
        assertEquals(List.of("terminationNotices[1].party", "terminationNotices[1].receivedOn"),
                paths(problems(draft)));
    }

    // ---------------------------------------------------------------- all at once

    @Test
    public void everyProblemIsReportedAtOnce() {
        Draft draft = new Draft();
        draft.id = "Fel Id";
        draft.title = "";
        draft.parties.set(1, new Party("okand-kommun", PartyRole.CARE_PROVIDER));
        draft.ownerBody = "okant-organ";
        draft.renewal = new Renewal(TermPolicy.AUTO_EXTEND, Period.ofYears(3), Period.ofMonths(12), true);
        draft.references = List.of("fel-id", "okant-avtal");
        draft.specifications.set(0, mainDocumentRevisedOn("2022-03-01"));
        draft.notices = List.of(new TerminationNotice("boras", d("2025-06-01"), true, null));
        assertEquals(List.of("id", "title", "parties[1].organisation", "ownerBody", "references[0]",
                        "references[1]", "specifications[0].revisions[0].effectiveFrom",
                        "terminationNotices[0].party"),
                paths(problems(draft)));
    }

    // ---------------------------------------------------------------- organisations

    @Test
    public void validOrganisationHasNoProblems() {
        assertEquals(List.of(), problems(new Organisation("lilla-edet", "Lilla Edet", OrganisationKind.MUNICIPALITY,
                "goteborg")));
        assertEquals(List.of(), problems(new Organisation("vgr", "Västra Götalandsregionen", OrganisationKind.REGION,
                null)));
    }

    @Test
    public void organisationIdMustBeASlug() {
        assertOnly(problems(new Organisation("Lilla Edet", "Lilla Edet", OrganisationKind.MUNICIPALITY, null)),
                "id", "not a valid id", "'lilla-edet'");
        assertOnly(problems(new Organisation(null, "Lilla Edet", OrganisationKind.MUNICIPALITY, null)),
                "id", "required");
    }

    @Test
    public void organisationNeedsANameAndKind() {
        assertOnly(problems(new Organisation("lilla-edet", " ", OrganisationKind.MUNICIPALITY, null)),
                "name", "required");
        assertOnly(problems(new Organisation("lilla-edet", "x".repeat(AgreementValidator.MAX_NAME + 1),
                OrganisationKind.MUNICIPALITY, null)), "name", "too long");
        assertOnly(problems(new Organisation("lilla-edet", "Lilla Edet", null, null)), "kind", "required");
    }

    @Test
    public void organisationParentMustExist() {
        assertOnly(problems(new Organisation("lilla-edet", "Lilla Edet", OrganisationKind.MUNICIPALITY,
                "goteborgsregionen-typo")), "parent", "unknown organisation", "goteborgsregionen-typo");
    }

    @Test
    public void organisationCannotBeItsOwnParent() {
        // its own id is known, so only the self check can catch it
        assertOnly(problems(new Organisation("fyrbodal", "Fyrbodal", OrganisationKind.MUNICIPAL_ASSOCIATION,
                "fyrbodal")), "parent", "own parent");
    }

    // ---------------------------------------------------------------- issue 10: notice setting, change log, withdrawal

    private static Agreement withNoticeEndsFor(Agreement a, List<String> endsFor) {
        return new Agreement(a.id(), a.title(), a.kind(), a.diaryNumber(), a.parties(), a.ownerBody(), a.start(),
                a.firstTermEnd(), a.renewal(), a.renegotiationAnyTime(), a.referenceOnly(), a.references(), a.notes(),
                a.specifications(), a.terminationNotices(), endsFor, false);
    }

    @Test
    public void whoseNoticeEndsTheAgreementForAllMustBeParties() {
        Agreement a = withNoticeEndsFor(new Draft().build(), List.of("vgr", "boras"));
        Problems p = new Problems();
        validator.validate(a, p);
        assertOnly(p.list(), "noticeEndsAgreementFor[1]", "'boras' is not a party");
        Problems ok = new Problems();
        validator.validate(withNoticeEndsFor(new Draft().build(), List.of("vgr")), ok);
        assertEquals(List.of(), ok.list());
    }

    @Test
    public void aDiaryNumberIsUsedByOneRevisionOnly() {
        Draft draft = new Draft();
        Revision first = new Revision("HMC 2024-7", d("2024-02-01"), null, "Ny prislista", null);
        draft.specifications.set(1, new Specification("tjanster", "Specifikation tjänster",
                SpecificationType.SPECIFICATION, List.of(first, new Revision("HMC 2024-7", d("2024-05-01"), null,
                        "Ny rutin", null))));
        assertOnly(problems(draft), "specifications[1].revisions[1].diaryNumber", "'HMC 2024-7'");

        Problems p = new Problems();
        Agreement logged = new Draft().build();
        String used = logged.specifications().get(0).revisions().get(0).diaryNumber();
        AgreementValidator.newRevision(logged, new Revision(used, d("2024-02-01"), null, "Igen", null), p);
        assertOnly(p.list(), "diaryNumber", "'" + used + "'");
    }

    @Test
    public void aRevisionCannotTakeEffectBeforeItWasDecided() {
        Draft draft = new Draft();
        draft.specifications.set(1, new Specification("tjanster", "Specifikation tjänster",
                SpecificationType.SPECIFICATION, List.of(new Revision("HMC 2024-8", d("2024-05-01"), null,
                        "Ny rutin", d("2024-04-30")))));
        assertOnly(problems(draft), "specifications[1].revisions[0].effectiveFrom", "2024-04-30", "2024-05-01");
    }

    @Test
    public void aWithdrawalNeedsAReasonAndADayBetweenReceiptAndToday() {
        TerminationNotice n = new TerminationNotice("goteborg", d("2026-11-20"), true, null);
        Problems early = new Problems();
        AgreementValidator.withdrawal(n, new se.avtalsvakt.api.agreement.NoticeWithdrawal(d("2026-11-19"), "Fel",
                null), d("2026-11-22"), early);
        assertOnly(early.list(), "on", "before it was received");
        Problems future = new Problems();
        AgreementValidator.withdrawal(n, new se.avtalsvakt.api.agreement.NoticeWithdrawal(d("2026-11-23"), "Fel",
                null), d("2026-11-22"), future);
        assertOnly(future.list(), "on", "future");
        Problems noReason = new Problems();
        AgreementValidator.withdrawal(n, new se.avtalsvakt.api.agreement.NoticeWithdrawal(d("2026-11-22"), " ",
                null), d("2026-11-22"), noReason);
        assertOnly(noReason.list(), "reason", "required");
    }

    // ---------------------------------------------------------------- decision history

    @Test
    public void aDecisionStepNeedsItsDayAndBody() {
        Draft draft = new Draft();
        draft.decisions.set(1, new DecisionStep(null, " ", null, null));
        assertEquals(List.of("decisionHistory[1].on", "decisionHistory[1].body"), paths(problems(draft)));
    }

    @Test
    public void decisionStepsAreListedOldestFirst() {
        Draft draft = new Draft();
        draft.decisions.add(new DecisionStep(d("2017-01-15"), "VästKoms styrelse", null, null));
        assertOnly(problems(draft), "decisionHistory[2].on", "2017-01-15", "before the step above it",
                "2017-06-01", "oldest first");
    }

    @Test
    public void aDecisionStepNamesOnlyARegisteredOrganisation() {
        Draft draft = new Draft();
        draft.decisions.set(0, new DecisionStep(d("2017-03-01"), "SRO", "samradsorgan", null));
        assertOnly(problems(draft), "decisionHistory[0].organisation", "unknown organisation 'samradsorgan'");
    }

    @Test
    public void aDecisionStepsTextsHaveLimits() {
        Draft draft = new Draft();
        draft.decisions.set(0, new DecisionStep(d("2017-03-01"), "B".repeat(201), null, "s".repeat(501)));
        assertEquals(List.of("decisionHistory[0].body", "decisionHistory[0].step"), paths(problems(draft)));
        for (int i = 0; i < 49; i++) {
            draft.decisions.set(0, new DecisionStep(d("2017-03-01"), "Ledningsrådet", null, null));
            draft.decisions.add(1, new DecisionStep(d("2017-03-01"), "Ledningsrådet", null, null));
        }
        assertOnly(problems(draft), "decisionHistory", "at most 50 steps, not 51");
    }
}

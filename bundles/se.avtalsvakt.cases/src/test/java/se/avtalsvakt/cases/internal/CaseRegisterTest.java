package se.avtalsvakt.cases.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

import se.avtalsvakt.api.ConflictException;
import se.avtalsvakt.api.NotFoundException;
import se.avtalsvakt.api.ValidationException;
import se.avtalsvakt.api.cases.AidPurpose;
import se.avtalsvakt.api.cases.CareSetting;
import se.avtalsvakt.api.cases.Dispute;
import se.avtalsvakt.api.cases.DisputeAction;
import se.avtalsvakt.api.cases.DisputeEventKind;
import se.avtalsvakt.api.cases.DisputeState;
import se.avtalsvakt.api.cases.EscalationLadder;
import se.avtalsvakt.api.cases.EscalationStep;
import se.avtalsvakt.api.cases.HandoverCase;
import se.avtalsvakt.api.cases.HandoverState;
import se.avtalsvakt.api.cases.NewDispute;
import se.avtalsvakt.api.cases.PrincipalKind;
import se.avtalsvakt.api.deadline.Deadline;
import se.avtalsvakt.api.json.Json;
import se.avtalsvakt.api.page.Page;
import se.avtalsvakt.api.page.PageRequest;
import se.avtalsvakt.api.report.Report;
import se.avtalsvakt.api.report.ReportRequest;
import se.avtalsvakt.cases.internal.store.CasesRepository;
import se.avtalsvakt.cases.internal.store.CasesSchema;
import se.avtalsvakt.testsupport.FixedClock;
import se.avtalsvakt.testsupport.TestDatabase;

/** The register on Derby migrated with the bundle's changelog and loaded with the shipped reference data. */
public class CaseRegisterTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final String COOPERATION = "samarbetsavtal-hjalpmedel";
    private static final String SCHOOL = "overenskommelse-skola";

    private static TestDatabase db;
    private static CasesRepository repository;
    private static Fakes.Agreements agreements;
    private static CaseRegister register;
    private static CasesDeadlineSource deadlines;
    private static String firstLoad;
    private static String secondLoad;

    @BeforeClass
    public static void database() throws Exception {
        db = TestDatabase.migrated(CasesSchema.CHANGELOG, "avtalsvakt-cases", CasesRepository.class);
        repository = new CasesRepository(db.jpa(), new CasesSchema(db.migrator()));
        agreements = new Fakes.Agreements().with(COOPERATION, "vgr", "boras", "lilla-edet")
                .with(SCHOOL, "vgr", "boras", "lilla-edet").with("utan-stege", "vgr", "boras");
        register = new CaseRegister(repository, agreements.service(), FixedClock.on(TODAY), Fakes.config(),
                Clock.fixed(Instant.parse("2026-11-22T09:00:00Z"), ZoneOffset.UTC), null);
        deadlines = new CasesDeadlineSource(register, Fakes.calendar(), agreements.service(), null);
        try (InputStream in = CaseRegisterTest.class.getClassLoader()
                .getResourceAsStream("reference-data/cases-reference.json")) {
            CasesReferenceData.CasesFile file = Json.read(in, CasesReferenceData.CasesFile.class);
            firstLoad = CasesReferenceData.apply(file, repository);
            secondLoad = CasesReferenceData.apply(file, repository);
        }
    }

    @AfterClass
    public static void drop() {
        db.close();
    }

    private static Dispute open(String agreement, LocalDate on, String subject) {
        return register.openDispute(new NewDispute(agreement, List.of("lilla-edet", "vgr"), subject,
                "Ett barn i förskoleklass väntar på en anpassad stol", on, null), "operator");
    }

    @Test
    public void theShippedLaddersAndRulesLoadOnceAndAreNumbered() {
        assertEquals("2 ladders, 8 rules and 9 checklist templates inserted", firstLoad);
        assertEquals("0 ladders, 0 rules and 0 checklist templates inserted", secondLoad);
        EscalationLadder cooperation = register.ladder(COOPERATION).orElseThrow();
        assertEquals(2, cooperation.steps().size());
        assertEquals("ledningsradet", cooperation.step(1).owner());
        assertEquals(Integer.valueOf(90), cooperation.step(1).limitDays());
        assertTrue(cooperation.step(2).title().contains("Göteborgs tingsrätt"));
        assertNull(cooperation.step(2).limitDays());
        EscalationLadder school = register.ladder(SCHOOL).orElseThrow();
        assertEquals("Lokal chefsnivå mellan parterna", school.step(1).title());
        assertTrue(school.step(2).title().contains("Vårdsamverkan Västra Götaland"));
        Page<EscalationLadder> page = register.ladders(PageRequest.first(1).next(SCHOOL));
        assertEquals(COOPERATION, page.items().get(0).agreement());
    }

    @Test
    public void aDisputeOpensAtTheFirstStepWithItsTimeLimitAndWholeLadder() {
        Dispute d = open(COOPERATION, LocalDate.of(2026, 10, 1), "Tolkning av kostnadsfördelningen");
        assertEquals(DisputeState.OPEN, d.state());
        assertEquals(1, d.step());
        assertEquals("lilla-edet", d.owner());
        assertEquals(LocalDate.of(2026, 12, 30), d.stepDue());
        assertEquals(2, d.ladder().size());
        assertEquals(1, d.history().size());
        assertEquals(DisputeEventKind.OPENED, d.history().get(0).kind());
        assertEquals("operator", d.history().get(0).by());
        assertEquals(d, register.dispute(d.id()));
    }

    @Test
    public void pastItsTimeLimitADisputeIsOverdueUntilEscalatedAndTheLastStepCannotBeEscalated() {
        Dispute d = open(COOPERATION, LocalDate.of(2026, 8, 1), "Ansvar för teknisk dokumentation");
        assertEquals(LocalDate.of(2026, 10, 30), d.stepDue());
        Deadline overdue = deadlines.overdue(TODAY).stream()
                .filter(x -> x.subject().equals("dispute-" + d.id())).findFirst().orElseThrow();
        assertEquals(CasesDeadlineSource.DISPUTE_STEP_LIMIT, overdue.kind());
        assertEquals("ledningsradet", overdue.owner());
        assertTrue(overdue.description(), overdue.description().contains("Göteborgs tingsrätt"));

        Dispute escalated = register.escalate(d.id(), new DisputeAction(TODAY, "Ingen enighet i Ledningsrådet"),
                "admin");
        assertEquals(2, escalated.step());
        assertEquals(TODAY, escalated.stepSince());
        assertNull(escalated.stepDue());
        assertEquals("admin", escalated.history().get(1).by());
        assertEquals(DisputeEventKind.ESCALATED, escalated.history().get(1).kind());
        assertFalse(deadlines.overdue(TODAY).stream().anyMatch(x -> x.subject().equals("dispute-" + d.id())));

        assertThrows(ConflictException.class, () -> register.escalate(d.id(), null, "admin"));
        Dispute resolved = register.resolve(d.id(), new DisputeAction(null, "Dom meddelad"), "admin");
        assertEquals(DisputeState.RESOLVED, resolved.state());
        assertEquals(3, resolved.history().size());
        assertThrows(ConflictException.class, () -> register.withdraw(d.id(), null, "admin"));
        assertEquals(DisputeState.RESOLVED, register.disputes(null, DisputeState.RESOLVED, PageRequest.first(100))
                .items().stream().filter(x -> x.id() == d.id()).findFirst().orElseThrow().state());
    }

    @Test
    public void aWithdrawalIsRecordedWithWhoAndWhen() {
        Dispute d = open(SCHOOL, TODAY.minusDays(3), "Grundutrustning i daglig verksamhet");
        assertEquals(TODAY.plusDays(27), d.stepDue());
        Dispute w = register.withdraw(d.id(), new DisputeAction(TODAY, "Löst i samtal"), "operator");
        assertEquals(DisputeState.WITHDRAWN, w.state());
        assertEquals(TODAY, w.history().get(1).on());
        assertEquals("Löst i samtal", w.history().get(1).note());
        assertThrows(ValidationException.class, () -> register.escalate(open(SCHOOL, TODAY, "x").id(),
                new DisputeAction(TODAY.plusDays(1), null), "operator"));
    }

    @Test
    public void badInputIsRefusedFieldByFieldAndAPersonalIdentityNumberIsNeverStored() {
        ValidationException e = assertThrows(ValidationException.class, () -> register.openDispute(
                new NewDispute(COOPERATION, List.of("goteborgs-hamn"), " ", "Eleven 19811218-9876 behöver stöd",
                        TODAY.plusDays(1), null), "operator"));
        List<String> paths = e.problems().stream().map(p -> p.path()).toList();
        assertEquals(List.of("parties[0]", "subject", "situation", "openedOn"), paths);
        assertFalse(e.getMessage().contains("9876"));
        assertEquals("agreement", assertThrows(ValidationException.class, () -> register.openDispute(
                new NewDispute("finns-inte", List.of("vgr"), "x", null, null, null), "o")).problems().get(0).path());
        ValidationException noLadder = assertThrows(ValidationException.class, () -> register.openDispute(
                new NewDispute("utan-stege", List.of("vgr"), "x", null, null, null), "o"));
        assertTrue(noLadder.getMessage(), noLadder.getMessage().contains("no escalation ladder"));
        Dispute d = open(COOPERATION, TODAY, "Notering");
        assertEquals("note", assertThrows(ValidationException.class, () -> register.escalate(d.id(),
                new DisputeAction(TODAY, "Gäller 811218-9876"), "o")).problems().get(0).path());
        assertThrows(NotFoundException.class, () -> register.dispute(999_999));
    }

    @Test
    public void aLadderCanBeReplacedWithAnotherTimeLimit() {
        agreements.with("eget-avtal", "vgr", "ale");
        EscalationLadder saved = register.saveLadder(new EscalationLadder("eget-avtal", List.of(
                new EscalationStep(0, "Förhandling mellan parterna", null, 14, null),
                new EscalationStep(0, "Tingsrätten", null, null, null))));
        assertEquals(1, saved.step(1).number());
        assertEquals(2, saved.step(2).number());
        EscalationLadder longer = register.saveLadder(new EscalationLadder("eget-avtal", List.of(
                new EscalationStep(0, "Förhandling mellan parterna", "vgr", 45, null))));
        assertEquals(1, longer.steps().size());
        assertEquals(Integer.valueOf(45), register.ladder("eget-avtal").orElseThrow().step(1).limitDays());
        assertEquals("steps[0].limitDays", assertThrows(ValidationException.class, () -> register.saveLadder(
                new EscalationLadder("eget-avtal", List.of(new EscalationStep(0, "x", null, 0, null)))))
                .problems().get(0).path());
    }

    @Test
    public void responsibilityFollowsThePurposeAndSetting() {
        var pedagogical = register.responsibility(SCHOOL, AidPurpose.PEDAGOGICAL, CareSetting.SCHOOL);
        assertEquals(PrincipalKind.SCHOOL, pedagogical.principal());
        assertEquals("Skola ansvarar för pedagogiska hjälpmedel.", pedagogical.reason());
        assertTrue(pedagogical.publicAndPrivate());
        assertEquals(PrincipalKind.HEALTH_CARE_PRINCIPAL,
                register.responsibility(SCHOOL, AidPurpose.PERSONAL, CareSetting.DAILY_ACTIVITY).principal());
        assertEquals(PrincipalKind.DAILY_ACTIVITY,
                register.responsibility(SCHOOL, AidPurpose.BASIC_EQUIPMENT, CareSetting.DAILY_ACTIVITY).principal());
        assertThrows(NotFoundException.class,
                () -> register.responsibility(SCHOOL, AidPurpose.PEDAGOGICAL, CareSetting.DAILY_ACTIVITY));
        assertEquals(List.of("purpose", "setting"), assertThrows(ValidationException.class,
                () -> register.responsibility(SCHOOL, null, null)).problems().stream().map(p -> p.path()).toList());
        assertEquals(8, register.responsibilities(SCHOOL).size());
    }

    @Test
    public void aPartyGettingAnEndDateOpensOneHandoverCaseThatFollowsTheEnd() {
        String id = "handover-avtal";
        agreements.with(id, "vgr", "boras", "lilla-edet");
        assertEquals(0, register.syncHandovers(id).size());

        agreements.partyEnds.put(id, Map.of("lilla-edet", LocalDate.of(2029, 9, 30)));
        List<HandoverCase> opened = register.syncHandovers(id);
        assertEquals(1, opened.size());
        HandoverCase c = opened.get(0);
        assertEquals("lilla-edet", c.party());
        assertEquals(LocalDate.of(2029, 9, 30), c.endsOn());
        assertEquals(7, c.items().size());
        assertEquals("hjalpmedelsadministration", c.items().get(0).key());
        assertEquals("lilla-edet", c.items().get(0).owner());
        assertEquals(LocalDate.of(2029, 4, 3), c.items().get(0).due()); // 180 days before
        assertEquals("hjalpmedelscentralen", c.items().get(6).owner());
        assertEquals(LocalDate.of(2029, 8, 1), c.items().get(6).due()); // 60 days before
        assertEquals(0, register.syncHandovers(id).size());

        List<Deadline> items = deadlines.deadlines(LocalDate.of(2029, 1, 1), LocalDate.of(2029, 12, 31)).stream()
                .filter(d -> d.subject().startsWith("handover-" + c.id() + "/")).toList();
        assertEquals(7, items.size());
        Deadline first = items.get(0);
        assertEquals(CasesDeadlineSource.HANDOVER_ITEM, first.kind());
        assertEquals("lilla-edet lämnar Avtal handover-avtal: Hjälpmedelsadministration", first.subjectTitle());
        assertEquals(LocalDate.of(2029, 4, 3), first.practicalDate()); // a Tuesday

        agreements.partyEnds.put(id, Map.of("lilla-edet", LocalDate.of(2032, 9, 30)));
        register.syncHandovers(id);
        assertEquals(LocalDate.of(2032, 9, 30), register.handover(c.id()).endsOn());
        assertEquals(LocalDate.of(2032, 4, 3), register.handover(c.id()).items().get(0).due());

        agreements.partyEnds.remove(id);
        register.syncHandovers(id);
        assertEquals(HandoverState.CANCELLED, register.handover(c.id()).state());
        agreements.partyEnds.put(id, Map.of("lilla-edet", LocalDate.of(2032, 9, 30)));
        assertEquals(0, register.syncHandovers(id).size());
        assertEquals(HandoverState.OPEN, register.handover(c.id()).state());

        for (int n = 1; n <= 7; n++) {
            register.completeHandoverItem(c.id(), n, null, "operator");
        }
        HandoverCase done = register.handover(c.id());
        assertEquals(HandoverState.DONE, done.state());
        assertEquals(TODAY, done.items().get(3).doneOn());
        assertEquals("operator", done.items().get(3).doneBy());
        assertThrows(NotFoundException.class, () -> register.completeHandoverItem(c.id(), 8, null, "o"));
        assertEquals(1, register.handovers(id, "lilla-edet", null, PageRequest.first(10)).items().size());
    }

    @Test
    public void theWholeAgreementEndingOpensOneCaseForItAndNoneForEachParty() {
        String id = "hela-avtalet";
        agreements.with(id, "vgr", "boras", "lilla-edet");
        agreements.wholeEnds.put(id, LocalDate.of(2027, 11, 28));
        List<HandoverCase> opened = register.syncHandovers(id);
        assertEquals(1, opened.size());
        assertNull(opened.get(0).party());
        assertEquals("politisk-beredningsgrupp", opened.get(0).items().get(0).owner());
        // an end already past when first seen opens nothing
        agreements.with("forbi", "vgr");
        agreements.wholeEnds.put("forbi", LocalDate.of(2020, 1, 1));
        assertEquals(0, register.syncHandovers("forbi").size());
    }

    @Test
    public void onlyTheNamedAgreementsOpenHandoverCases() {
        CaseRegister named = new CaseRegister(repository, agreements.service(), FixedClock.on(TODAY),
                (CasesConfig) java.lang.reflect.Proxy.newProxyInstance(CasesConfig.class.getClassLoader(),
                        new Class<?>[] {CasesConfig.class}, (proxy, method, args) -> method.getName()
                                .equals("handoverAgreements") ? new String[] {COOPERATION} : method.getDefaultValue()),
                Clock.systemUTC(), null);
        agreements.with("annat-avtal", "vgr", "ale");
        agreements.wholeEnds.put("annat-avtal", LocalDate.of(2028, 1, 31));
        assertEquals(0, named.syncHandovers("annat-avtal").size());
        assertEquals(List.of(COOPERATION), named.handoverAgreements());
        assertTrue(named.handsOver(COOPERATION));
    }

    @Test
    public void leadTimesAreConfigurable() {
        HandoverChecklist c = new HandoverChecklist(new String[] {"patientjournaler=30, lokaler=365"}, null);
        assertEquals(LocalDate.of(2029, 8, 31), c.due(LocalDate.of(2029, 9, 30), "patientjournaler"));
        assertEquals(90, c.leadDays("personal"));
        assertEquals("handoverLeadDays", assertThrows(ValidationException.class,
                () -> new HandoverChecklist(new String[] {"okand=3"}, null)).problems().get(0).path());
    }

    @Test
    public void theReportListsOpenDisputesAndHandovers() {
        open(COOPERATION, TODAY, "För rapporten");
        Report r = new CasesReport(register, FixedClock.on(TODAY), agreements.service(), null)
                .build(ReportRequest.of("cases"));
        assertEquals(5, r.sections().size()); // disputes, handovers, checklists, the school agreement's plans, issues
        assertTrue(r.section("Parter utan lokal plan: Avtal " + SCHOOL).isPresent());
        assertTrue(r.sections().get(0).rows().stream().anyMatch(row -> "För rapporten".equals(row.get(3))));
    }

    @Test
    public void theSamarbetsavtalsOwnSituationsAreTemplatesToo() {
        var head = register.checklistTemplate("verksamhetschef-hjalpmedelscentralen");
        assertTrue(head.builtIn());
        assertTrue(head.situation(), head.situation().contains("godkännande inhämtas från Ledningsrådet"));
        var c = register.startChecklist(new se.avtalsvakt.api.cases.NewChecklist(
                "verksamhetschef-hjalpmedelscentralen", "hjalpmedelscentralen", null, List.of()), "operator");
        assertEquals(head.activities().size(), c.items().size());
        assertEquals("hjalpmedelscentralen", c.organisation());

        var shortcomings = register.checklistTemplate("brister-och-risker");
        assertTrue(shortcomings.activities().get(0), shortcomings.activities().get(0).contains("inga personnummer"));
        assertTrue(shortcomings.situation(), shortcomings.situation().contains("förkomna hjälpmedel"));
    }

    @Test
    public void aMunicipalityStartsAChecklistFromATemplateAssignsAndTicksItOff() {
        var templates = register.checklistTemplates(PageRequest.first(100)).items();
        assertEquals(9, templates.size());
        var template = register.checklistTemplate("nytt-hjalpmedel-i-sortimentet");
        assertTrue(template.builtIn());
        assertEquals(4, template.activities().size());
        assertTrue(template.competences().contains("Hjälpmedelssamordnare"));

        var c = register.startChecklist(new se.avtalsvakt.api.cases.NewChecklist("nytt-hjalpmedel-i-sortimentet",
                "boras", "Ny duschstol", List.of(new se.avtalsvakt.api.cases.ChecklistItem(3, null,
                        "Hjälpmedelssamordnaren", LocalDate.of(2026, 12, 15), null, null))), "operator");
        assertEquals("Ny duschstol", c.title());
        assertEquals(4, c.items().size());
        assertEquals("Hjälpmedelssamordnaren", c.items().get(2).owner());
        assertNull(c.items().get(0).owner());
        assertEquals(template.competences(), c.competences());
        List<Deadline> due = deadlines.deadlines(TODAY, LocalDate.of(2026, 12, 31)).stream()
                .filter(d -> d.subject().startsWith("checklist-" + c.id() + "/")).toList();
        assertEquals(1, due.size());
        assertEquals(CasesDeadlineSource.CHECKLIST_ITEM, due.get(0).kind());
        assertEquals("boras", due.get(0).owner());

        register.assignChecklistItem(c.id(), 1, "Enhetschefen", LocalDate.of(2026, 12, 1));
        for (int n = 1; n <= 4; n++) {
            register.completeChecklistItem(c.id(), n, null, "operator");
        }
        var done = register.checklist(c.id());
        assertEquals(se.avtalsvakt.api.cases.ChecklistState.DONE, done.state());
        assertEquals("Enhetschefen", done.items().get(0).owner());
        assertTrue(deadlines.deadlines(TODAY, LocalDate.of(2026, 12, 31)).stream()
                .noneMatch(d -> d.subject().startsWith("checklist-" + c.id() + "/")));

        var own = register.addChecklistTemplate(new se.avtalsvakt.api.cases.ChecklistTemplate("egen-rutin-boras",
                "Egen rutin för korttidslån", null, null, List.of("Inventera lånen", "Skriv rutinen"), List.of(),
                true));
        assertFalse(own.builtIn());
        assertThrows(ConflictException.class, () -> register.addChecklistTemplate(own));
        assertEquals("template", assertThrows(ValidationException.class, () -> register.startChecklist(
                new se.avtalsvakt.api.cases.NewChecklist("finns-inte", "boras", null, null), "o"))
                .problems().get(0).path());
        assertEquals("items[0].number", assertThrows(ValidationException.class, () -> register.startChecklist(
                new se.avtalsvakt.api.cases.NewChecklist("egen-rutin-boras", "boras", null,
                        List.of(new se.avtalsvakt.api.cases.ChecklistItem(9, null, null, null, null, null))), "o"))
                .problems().get(0).path());
        assertEquals(1, register.checklists("boras", se.avtalsvakt.api.cases.ChecklistState.DONE,
                PageRequest.first(10)).items().size());
    }

    @Test
    public void everyPartyIsListedWithItsLocalPlanOrNoneAndTheReminderIsConfigurable() {
        String id = "plan-avtal";
        agreements.with(id, "vgr", "ale", "boras");
        assertEquals(3, register.localPlans(id, false, PageRequest.first(100)).items().size());
        var plan = register.recordLocalPlan(new se.avtalsvakt.api.cases.LocalPlan(id, "boras",
                LocalDate.of(2026, 3, 1), "Socialnämnden", "SN 2026/41", null, null), "operator");
        assertEquals("operator", plan.recordedBy());
        var missing = register.localPlans(id, true, PageRequest.first(100)).items();
        assertEquals(List.of("ale", "vgr"), missing.stream().map(s -> s.party()).toList());
        var first = register.localPlans(id, false, PageRequest.first(1));
        assertEquals("ale", first.items().get(0).party());
        assertEquals("boras", register.localPlans(id, false, PageRequest.first(1).next("ale")).items().get(0)
                .party());
        assertEquals("party", assertThrows(ValidationException.class, () -> register.recordLocalPlan(
                new se.avtalsvakt.api.cases.LocalPlan(id, "goteborg", TODAY, "KS", null, null, null), "o"))
                .problems().get(0).path());
        assertEquals("adoptedOn", assertThrows(ValidationException.class, () -> register.recordLocalPlan(
                new se.avtalsvakt.api.cases.LocalPlan(id, "ale", TODAY.plusDays(1), "KS", null, null, null), "o"))
                .problems().get(0).path());

        // off by default; with a reminder, one deadline per party without a plan, to that party
        assertTrue(deadlines.overdue(TODAY).stream().noneMatch(d -> d.kind().equals("LOCAL_PLAN_MISSING")));
        CaseRegister reminding = new CaseRegister(repository, agreements.service(), FixedClock.on(TODAY),
                Fakes.config(), Clock.systemUTC(), null) {
            @Override
            CasesConfig config() {
                return Fakes.reminder(id, 180);
            }
        };
        var source = new CasesDeadlineSource(reminding, Fakes.calendar(), agreements.service(), null);
        List<Deadline> reminders = source.overdue(TODAY).stream()
                .filter(d -> d.kind().equals(CasesDeadlineSource.LOCAL_PLAN_MISSING)).toList();
        assertEquals(List.of("ale", "vgr"), reminders.stream().map(Deadline::owner).toList());
        assertEquals(LocalDate.of(2018, 3, 30), reminders.get(0).date()); // 2017-10-01 + 180 days
    }

    @Test
    public void developmentIssuesAreOwnedByAGovernanceBodyAndTheirReviewIsADeadline() {
        var gov = (se.avtalsvakt.api.governance.GovernanceService) java.lang.reflect.Proxy
                .newProxyInstance(getClass().getClassLoader(),
                        new Class<?>[] {se.avtalsvakt.api.governance.GovernanceService.class},
                        (proxy, method, args) -> switch (method.getName()) {
                            case "body" -> "bg-avtal-och-overenskommelse".equals(args[0])
                                    ? Optional.of(new se.avtalsvakt.api.governance.Body("bg-avtal-och-overenskommelse",
                                            "Beredningsgrupp Avtal & överenskommelse", null, null, List.of(), null,
                                            null))
                                    : Optional.empty();
                            case "meetings" -> List.of();
                            default -> throw new UnsupportedOperationException(method.getName());
                        });
        register.setGovernance(gov);
        try {
            var issue = register.raiseDevelopmentIssue(new se.avtalsvakt.api.cases.DevelopmentIssue(0,
                    "Gemensam modell för förkomna hjälpmedel", "Från utvärderingen 2019", "vastkom",
                    "bg-avtal-och-overenskommelse", null, LocalDate.of(2026, 9, 1), LocalDate.of(2027, 2, 15),
                    List.of()));
            assertEquals(se.avtalsvakt.api.cases.DevelopmentIssueState.OPEN, issue.state());
            List<Deadline> reviews = deadlines.deadlines(LocalDate.of(2027, 2, 1), LocalDate.of(2027, 2, 28)).stream()
                    .filter(d -> d.subject().equals("development-issue-" + issue.id())).toList();
            assertEquals(1, reviews.size());
            assertEquals("bg-avtal-och-overenskommelse", reviews.get(0).owner());
            assertEquals("owner", assertThrows(ValidationException.class, () -> register.raiseDevelopmentIssue(
                    new se.avtalsvakt.api.cases.DevelopmentIssue(0, "x", null, null, "ledningsradet-finns-inte", null,
                            null, null, List.of()))).problems().get(0).path());
            assertEquals("decisions[0]", assertThrows(ValidationException.class, () -> register
                    .updateDevelopmentIssue(issue.id(), new se.avtalsvakt.api.cases.DevelopmentIssue(0, issue.title(),
                            null, null, issue.owner(), null, null, null, List.of(42L)))).problems().get(0).path());
            var done = register.updateDevelopmentIssue(issue.id(), new se.avtalsvakt.api.cases.DevelopmentIssue(0,
                    issue.title(), issue.description(), issue.raisedBy(), issue.owner(),
                    se.avtalsvakt.api.cases.DevelopmentIssueState.DONE, null, null, List.of()));
            assertEquals(LocalDate.of(2026, 9, 1), done.raisedOn());
            assertTrue(deadlines.deadlines(LocalDate.of(2027, 2, 1), LocalDate.of(2027, 2, 28)).stream()
                    .noneMatch(d -> d.subject().equals("development-issue-" + issue.id())));
            assertEquals(1, register.developmentIssues("bg-avtal-och-overenskommelse", null, PageRequest.first(10))
                    .items().size());
        } finally {
            register.unsetGovernance(gov);
        }
    }

    @Test
    public void aJointPlanRecordsConsentAsYesOrNoAndItsFollowUpIsADeadline() {
        var plan = register.recordJointPlan(new se.avtalsvakt.api.cases.JointPlan(0, null, "ale",
                "Skolans elevhälsa", "Sjukvårdshuvudmannen förskriver en anpassad stol",
                "Uppföljning med vårdnadshavare och skola", LocalDate.of(2027, 1, 20), true, TODAY.minusDays(2), null,
                null));
        assertEquals(SCHOOL, plan.agreement());
        assertEquals(TODAY, plan.createdOn());
        List<Deadline> due = deadlines.deadlines(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 31)).stream()
                .filter(d -> d.subject().equals("joint-plan-" + plan.id())).toList();
        assertEquals(1, due.size());
        assertEquals(CasesDeadlineSource.JOINT_PLAN_FOLLOW_UP, due.get(0).kind());
        assertEquals("ale", due.get(0).owner());

        var followed = register.followUpJointPlan(plan.id(), TODAY, LocalDate.of(2027, 6, 1));
        assertEquals(TODAY, followed.followedUpOn());
        assertEquals(LocalDate.of(2027, 6, 1), followed.followUpOn());
        assertTrue(deadlines.deadlines(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 31)).stream()
                .noneMatch(d -> d.subject().equals("joint-plan-" + plan.id())));

        ValidationException e = assertThrows(ValidationException.class, () -> register.recordJointPlan(
                new se.avtalsvakt.api.cases.JointPlan(0, null, "ale", "Elevhälsan 19811218-9876", "x", "y", null, null,
                        null, null, null)));
        assertEquals(List.of("mappedBy", "consent", "consentOn"), e.problems().stream().map(p -> p.path()).toList());
        var overdue = register.recordJointPlan(new se.avtalsvakt.api.cases.JointPlan(0, SCHOOL, "ale", "Elevhälsan",
                "Pedagogiskt hjälpmedel från skolan", "Vid terminsstart", LocalDate.of(2026, 8, 20), false,
                LocalDate.of(2026, 6, 1), null, null));
        assertFalse(overdue.consent());
        assertTrue(deadlines.overdue(TODAY).stream().anyMatch(d -> d.subject().equals("joint-plan-" + overdue.id())));
    }
}

package se.avtalsvakt.agreement.internal.json;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Period;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import se.avtalsvakt.api.Problem;
import se.avtalsvakt.api.ValidationException;
import se.avtalsvakt.api.agreement.Agreement;
import se.avtalsvakt.api.agreement.DecisionStep;
import se.avtalsvakt.api.agreement.AgreementKind;
import se.avtalsvakt.api.agreement.ExchangeDocument;
import se.avtalsvakt.api.agreement.Party;
import se.avtalsvakt.api.agreement.PartyRole;
import se.avtalsvakt.api.agreement.Renewal;
import se.avtalsvakt.api.agreement.RenegotiationRequest;
import se.avtalsvakt.api.agreement.Revision;
import se.avtalsvakt.api.agreement.Specification;
import se.avtalsvakt.api.agreement.SpecificationType;
import se.avtalsvakt.api.agreement.TermPolicy;
import se.avtalsvakt.api.agreement.TerminationNotice;
import se.avtalsvakt.api.organisation.Organisation;
import se.avtalsvakt.api.organisation.OrganisationKind;

public class ExchangeJsonTest {

    private static final String REFERENCE_DATA = "reference-data/vgr-hjalpmedel.json";

    private final ExchangeJson json = new ExchangeJson();

    // ---------------------------------------------------------------- helpers

    private static InputStream utf8(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] referenceDataBytes() throws IOException {
        try (InputStream in = ExchangeJsonTest.class.getClassLoader().getResourceAsStream(REFERENCE_DATA)) {
            assertNotNull(REFERENCE_DATA + " on the class path", in);
            return in.readAllBytes();
        }
    }

    private ExchangeDocument referenceData() throws IOException {
        return json.readDocument(new ByteArrayInputStream(referenceDataBytes()));
    }

    private List<Problem> documentProblems(String text) {
        return assertThrows(ValidationException.class, () -> json.readDocument(utf8(text))).problems();
    }

    private List<Problem> agreementProblems(String text) {
        return assertThrows(ValidationException.class, () -> json.readAgreement(utf8(text))).problems();
    }

    private static List<String> paths(List<Problem> problems) {
        return problems.stream().map(Problem::path).toList();
    }

    private static Problem only(List<Problem> problems, String path, String... fragments) {
        assertEquals("problems: " + problems, List.of(path), paths(problems));
        Problem p = problems.get(0);
        for (String fragment : fragments) {
            assertTrue("'" + p.message() + "' should mention '" + fragment + "'", p.message().contains(fragment));
        }
        return p;
    }

    /** A document with one agreement whose JSON is {@code agreement}. */
    private static String documentWith(String agreement) {
        return "{\"formatVersion\": 1, \"organisations\": [], \"agreements\": [" + agreement + "]}";
    }

    /** A minimal valid agreement, with {@code extra} fields added (a leading comma is supplied). */
    private static String agreement(String extra) {
        return """
                {"id": "testavtal", "title": "Testavtal", "kind": "COOPERATION_AGREEMENT",
                 "parties": [{"organisation": "vgr", "role": "CARE_PROVIDER"}],
                 "start": "2017-10-01", "firstTermEnd": "2020-09-30",
                 "renewal": {"type": "AUTO_EXTEND", "period": "P3Y", "noticePeriod": "P12M",
                             "writtenNoticeRequired": true}
                """ + (extra.isEmpty() ? "" : ", " + extra) + "}";
    }

    private static Agreement fullAgreement() {
        return new Agreement("samarbetsavtal-hjalpmedel", "Samarbetsavtal för försörjning av personliga hjälpmedel",
                AgreementKind.COOPERATION_AGREEMENT, "RS 2017-01234",
                List.of(new Party("vgr", PartyRole.CARE_PROVIDER), new Party("goteborg", PartyRole.CARE_PROVIDER),
                        new Party("hjalpmedelscentralen", PartyRole.EXECUTOR)),
                "politisk-beredningsgrupp", LocalDate.of(2017, 10, 1), LocalDate.of(2020, 9, 30),
                new Renewal(TermPolicy.AUTO_EXTEND, Period.ofYears(3), Period.ofMonths(12), true), false, false,
                List.of("halso-och-sjukvardsavtalet"), "Anteckningar: åäö ÅÄÖ, \"citat\"\nny rad",
                List.of(new Specification("huvuddokument", "Huvuddokument", SpecificationType.MAIN_DOCUMENT,
                                List.of(new Revision("HMC 2023-0042", LocalDate.of(2023, 6, 1), "politisk-beredningsgrupp",
                                        "Förlängning med ny text", LocalDate.of(2023, 10, 1)))),
                        new Specification("tjanster", "Tjänster", SpecificationType.SPECIFICATION,
                                List.of(new Revision("HMC 2022-0007", LocalDate.of(2022, 3, 1), null, "Ny tjänst", null),
                                        new Revision("HMC 2024-0100", LocalDate.of(2024, 2, 29), "ledningsradet",
                                                "Nytt pris", LocalDate.of(2024, 4, 1))))),
                List.of(new TerminationNotice("goteborg", LocalDate.of(2025, 6, 1), true, "KS 2025-17"),
                        new TerminationNotice("vgr", LocalDate.of(2025, 10, 2), false, null)),
                List.of(), false,
                List.of(new DecisionStep(LocalDate.of(2017, 3, 1), "Politisk beredningsgrupp",
                                "politisk-beredningsgrupp", null),
                        new DecisionStep(LocalDate.of(2017, 6, 1), "Samtliga parter", null,
                                "Undertecknad av samtliga parter")));
    }

    private byte[] written(ExchangeDocument document) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        json.write(document, out);
        return out.toByteArray();
    }

    // ---------------------------------------------------------------- the reference data

    @Test
    public void referenceDataParsesWith49Municipalities() throws IOException {
        ExchangeDocument doc = referenceData();
        assertEquals(ExchangeDocument.CURRENT_FORMAT, doc.formatVersion());
        List<Organisation> municipalities = doc.organisations().stream()
                .filter(o -> o.kind() == OrganisationKind.MUNICIPALITY).toList();
        assertEquals(49, municipalities.size());
        Map<String, Long> byAssociation = municipalities.stream()
                .collect(Collectors.groupingBy(Organisation::parent, Collectors.counting()));
        assertEquals(Map.of("fyrbodal", 14L, "goteborgsregionen", 12L, "sjuharad", 8L, "skaraborg", 15L),
                byAssociation);
        Map<String, Organisation> byId = doc.organisations().stream()
                .collect(Collectors.toMap(Organisation::id, Function.identity()));
        assertEquals(new Organisation("lilla-edet", "Lilla Edet", OrganisationKind.MUNICIPALITY, "goteborgsregionen"),
                byId.get("lilla-edet"));
        assertEquals(new Organisation("amal", "Åmål", OrganisationKind.MUNICIPALITY, "fyrbodal"), byId.get("amal"));
        assertEquals(OrganisationKind.REGION, byId.get("vgr").kind());
    }

    @Test
    public void referenceDataAgreementsFollowTheDomain() throws IOException {
        ExchangeDocument doc = referenceData();
        assertEquals(List.of("samarbetsavtal-hjalpmedel", "overenskommelse-skola", "halso-och-sjukvardsavtalet"),
                doc.agreements().stream().map(Agreement::id).toList());

        Agreement samarbetsavtal = doc.agreements().get(0);
        assertEquals(LocalDate.of(2017, 10, 1), samarbetsavtal.start());
        assertEquals(LocalDate.of(2020, 9, 30), samarbetsavtal.firstTermEnd());
        assertEquals(new Renewal(TermPolicy.AUTO_EXTEND, Period.ofYears(3), Period.ofMonths(12), true),
                samarbetsavtal.renewal());
        assertFalse(samarbetsavtal.referenceOnly());
        assertFalse(samarbetsavtal.renegotiationAnyTime());
        assertEquals("politisk-beredningsgrupp", samarbetsavtal.ownerBody()); // R3
        assertTrue(samarbetsavtal.hasParty("vgr"));
        assertTrue(samarbetsavtal.hasParty("hjalpmedelscentralen"));
        assertEquals(List.of("halso-och-sjukvardsavtalet"), samarbetsavtal.references());
        assertEquals(1, samarbetsavtal.specifications().stream()
                .filter(s -> s.type() == SpecificationType.MAIN_DOCUMENT).count());
        assertEquals(4, samarbetsavtal.specifications().stream() // R4: four specifications
                .filter(s -> s.type() == SpecificationType.SPECIFICATION).count());

        Agreement skola = doc.agreements().get(1);
        assertEquals(LocalDate.of(2022, 6, 1), skola.start());
        assertNull(skola.firstTermEnd());
        assertEquals(TermPolicy.OPEN_ENDED, skola.renewal().type());
        assertTrue(skola.renegotiationAnyTime()); // R9
        assertFalse(skola.referenceOnly());

        Agreement hsa = doc.agreements().get(2);
        assertTrue(hsa.referenceOnly());
        assertNull(hsa.start());
        assertEquals(AgreementKind.FRAMEWORK_AGREEMENT, hsa.kind());
    }

    @Test
    public void everyMunicipalityAndTheRegionAreCareProvidersOfSamarbetsavtalet() throws IOException {
        ExchangeDocument doc = referenceData();
        Agreement samarbetsavtal = doc.agreements().get(0);
        for (Organisation o : doc.organisations()) {
            if (o.kind() == OrganisationKind.MUNICIPALITY || o.kind() == OrganisationKind.REGION) {
                assertTrue(o.id(), samarbetsavtal.parties().contains(new Party(o.id(), PartyRole.CARE_PROVIDER)));
            }
        }
    }

    // ---------------------------------------------------------------- round trips

    @Test
    public void referenceDataSurvivesARoundTrip() throws IOException {
        ExchangeDocument doc = referenceData();
        ExchangeDocument again = json.readDocument(new ByteArrayInputStream(written(doc)));
        assertEquals(doc, again);
    }

    @Test
    public void agreementWithSpecificationsRevisionsAndNoticesSurvivesARoundTrip() {
        ExchangeDocument doc = new ExchangeDocument(ExchangeDocument.CURRENT_FORMAT,
                List.of(new Organisation("vgr", "Västra Götalandsregionen", OrganisationKind.REGION, null),
                        new Organisation("goteborg", "Göteborg", OrganisationKind.MUNICIPALITY, "goteborgsregionen")),
                List.of(fullAgreement()));
        ExchangeDocument again = json.readDocument(new ByteArrayInputStream(written(doc)));
        assertEquals(doc, again);
        assertEquals(fullAgreement(), again.agreements().get(0));
    }

    @Test
    public void whoseNoticeEndsItTheLastDaySettingAndRecordedWithdrawalsSurviveARoundTrip() {
        Agreement a = fullAgreement();
        TerminationNotice withdrawn = new TerminationNotice("goteborg", LocalDate.of(2025, 6, 1), true, "KS 2025-17",
                java.time.Instant.parse("2025-06-02T08:00:00Z"), new se.avtalsvakt.api.agreement.NoticeWithdrawal(
                        LocalDate.of(2025, 6, 10), "Återkallad av kommunstyrelsen",
                        java.time.Instant.parse("2025-06-10T09:00:00Z")));
        Agreement withSettings = new Agreement(a.id(), a.title(), a.kind(), a.diaryNumber(), a.parties(),
                a.ownerBody(), a.start(), a.firstTermEnd(), a.renewal(), a.renegotiationAnyTime(), a.referenceOnly(),
                a.references(), a.notes(), a.specifications(), List.of(withdrawn), List.of("vgr"), true,
                a.decisionHistory());
        ExchangeDocument doc = new ExchangeDocument(1, List.of(), List.of(withSettings));
        assertEquals(withSettings, json.readDocument(new ByteArrayInputStream(written(doc))).agreements().get(0));
    }

    @Test
    public void theSamarbetsavtalEndsForAllOnlyAtVgrsNotice() throws IOException {
        Agreement a = referenceData().agreements().stream().filter(x -> x.id().equals("samarbetsavtal-hjalpmedel"))
                .findFirst().orElseThrow();
        assertEquals(List.of("vgr"), a.noticeEndsAgreementFor());
        assertFalse(a.lastDayMovesToNextWorkingDay());
    }

    @Test
    public void theSchoolAgreementsDecisionHistoryIsDataOldestFirst() throws IOException {
        Agreement a = referenceData().agreements().stream().filter(x -> x.id().equals("overenskommelse-skola"))
                .findFirst().orElseThrow();
        assertEquals(List.of("2020-12-09", "2021-02-12", "2021-04-23", "2021-06-01", "2021-06-30", "2022-04-13"),
                a.decisionHistory().stream().map(d -> d.on().toString()).toList());
        assertEquals(new DecisionStep(LocalDate.of(2021, 4, 23), "Samrådsorgan SRO", "sro", null),
                a.decisionHistory().get(2));
        assertEquals("Undertecknad av samtliga parter", a.decisionHistory().get(5).step());
        assertTrue(a.decisionHistory().stream().allMatch(d -> d.on().isBefore(a.start())));
    }

    @Test
    public void aDecisionStepsFieldsAreNamedByPath() {
        only(agreementProblems(agreement("\"decisionHistory\": [{\"on\": \"2021-13-01\", \"body\": \"SRO\"}]")),
                "decisionHistory[0].on", "2021-13-01");
        only(agreementProblems(agreement("\"decisionHistory\": [{\"on\": \"2021-01-01\", \"body\": \"SRO\", \"by\": \"x\"}]")),
                "decisionHistory[0].by", "unknown field");
    }

    @Test
    public void writtenAgreementReadsBackOnItsOwn() throws IOException {
        ExchangeDocument doc = new ExchangeDocument(1, List.of(), List.of(fullAgreement()));
        ObjectMapper mapper = new ObjectMapper();
        String agreementJson = mapper.readTree(written(doc)).get("agreements").get(0).toString();
        assertEquals(fullAgreement(), json.readAgreement(utf8(agreementJson)));
    }

    @Test
    public void writeUsesIsoDatesAndPeriodsAndWritesEveryField() throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        var tree = mapper.readTree(written(new ExchangeDocument(1, List.of(), List.of(fullAgreement()))));
        assertEquals(1, tree.get("formatVersion").intValue());
        var a = tree.get("agreements").get(0);
        assertEquals("2017-10-01", a.get("start").textValue());
        assertEquals("P3Y", a.get("renewal").get("period").textValue());
        assertEquals("P12M", a.get("renewal").get("noticePeriod").textValue());
        var revision = a.get("specifications").get(1).get("revisions").get(0);
        assertTrue("null fields are written", revision.has("effectiveFrom"));
        assertTrue(revision.get("effectiveFrom").isNull());
        assertEquals(List.of("diaryNumber", "decidedOn", "decidedBy", "summary", "effectiveFrom"),
                iterable(revision.fieldNames()));
    }

    private static List<String> iterable(java.util.Iterator<String> names) {
        List<String> list = new java.util.ArrayList<>();
        names.forEachRemaining(list::add);
        return list;
    }

    // ---------------------------------------------------------------- problems by path

    @Test
    public void badPeriodInTheThirdAgreementIsReportedByPath() throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = (ObjectNode) mapper.readTree(referenceDataBytes());
        ((ObjectNode) root.get("agreements").get(2).get("renewal")).put("period", "three years");
        only(documentProblems(mapper.writeValueAsString(root)), "agreements[2].renewal.period",
                "not an ISO-8601 period", "'three years'");
    }

    @Test
    public void badPeriodInASingleAgreementIsReportedWithoutPrefix() {
        only(agreementProblems(agreement("").replace("\"P3Y\"", "\"3 år\"")), "renewal.period",
                "not an ISO-8601 period");
    }

    @Test
    public void minimalAgreementReads() {
        Agreement a = json.readAgreement(utf8(agreement("")));
        assertEquals("testavtal", a.id());
        assertEquals(List.of(new Party("vgr", PartyRole.CARE_PROVIDER)), a.parties());
        assertEquals(List.of(), a.specifications());
        assertEquals(List.of(), a.terminationNotices());
        assertFalse(a.referenceOnly());
        assertNull(a.diaryNumber());
    }

    @Test
    public void unknownFieldIsReportedByName() {
        only(documentProblems(documentWith(agreement("\"colour\": \"red\""))), "agreements[0].colour",
                "unknown field", "allowed", "terminationNotices");
        only(documentProblems("{\"formatVersion\": 1, \"organisations\": [], \"agreements\": [], \"extra\": 1}"),
                "extra", "unknown field");
        only(documentProblems(documentWith(agreement("").replace("\"writtenNoticeRequired\"", "\"written\""))),
                "agreements[0].renewal.written", "unknown field");
    }

    @Test
    public void stringWhereAnArrayIsExpected() {
        only(agreementProblems(agreement("").replace(
                "[{\"organisation\": \"vgr\", \"role\": \"CARE_PROVIDER\"}]", "\"vgr\"")),
                "parties", "must be a JSON array");
        only(documentProblems("{\"formatVersion\": 1, \"organisations\": \"vgr\", \"agreements\": []}"),
                "organisations", "must be a JSON array");
    }

    @Test
    public void numberWhereAStringIsExpected() {
        only(agreementProblems(agreement("").replace("\"Testavtal\"", "42")), "title", "must be a string");
        only(agreementProblems(agreement("").replace("\"2017-10-01\"", "20171001")), "start", "must be a string");
        only(agreementProblems(agreement("\"references\": [17]")), "references[0]", "string");
    }

    @Test
    public void otherWrongTypes() {
        only(agreementProblems(agreement("\"referenceOnly\": \"yes\"")), "referenceOnly", "true or false");
        only(agreementProblems(agreement("").replace("{\"organisation\"", "\"x\", {\"organisation\"")),
                "parties[0]", "must be a JSON object");
        only(agreementProblems(agreement("").replaceFirst("\\{\"type\": \"AUTO_EXTEND\"[^}]*}", "\"AUTO_EXTEND\"")),
                "renewal", "must be a JSON object");
        only(documentProblems("{\"formatVersion\": \"1\", \"organisations\": [], \"agreements\": []}"),
                "formatVersion", "whole number");
        only(documentProblems("{\"formatVersion\": 1.5, \"organisations\": [], \"agreements\": []}"),
                "formatVersion", "whole number");
    }

    @Test
    public void badEnumValueListsTheAllowedValues() {
        Problem p = only(agreementProblems(agreement("").replace("COOPERATION_AGREEMENT", "CONTRACT")), "kind",
                "'CONTRACT'");
        for (AgreementKind k : AgreementKind.values()) {
            assertTrue(p.message() + " lists " + k, p.message().contains(k.name()));
        }
        Problem role = only(agreementProblems(agreement("").replace("CARE_PROVIDER", "care_provider")),
                "parties[0].role");
        assertTrue(role.message(), Arrays.stream(PartyRole.values()).allMatch(r -> role.message().contains(r.name())));
    }

    @Test
    public void badDate() {
        only(agreementProblems(agreement("").replace("2017-10-01", "2017-13-01")), "start", "not an ISO date",
                "'2017-13-01'");
        only(agreementProblems(agreement("").replace("2020-09-30", "30 september 2020")), "firstTermEnd",
                "not an ISO date");
        only(agreementProblems(agreement("").replace("2017-10-01", "2017-02-29")), "start", "not an ISO date");
    }

    @Test
    public void missingRequiredFields() {
        // an agreement's id is checked by the validator, not the reader: an update's body may leave it out
        assertEquals(List.of("agreements[0].title", "agreements[0].kind",
                "agreements[0].renewal"), paths(documentProblems(documentWith("{}"))));
        assertEquals(List.of("organisations[0].id", "organisations[0].name", "organisations[0].kind"),
                paths(documentProblems("{\"formatVersion\": 1, \"organisations\": [{}], \"agreements\": []}")));
        only(documentProblems("{\"organisations\": [], \"agreements\": []}"), "formatVersion", "required");
        only(agreementProblems(agreement("").replace("\"type\": \"AUTO_EXTEND\",", "")), "renewal.type", "required");
        assertEquals(List.of("specifications[0].revisions[0].diaryNumber", "specifications[0].revisions[0].decidedOn",
                        "specifications[0].revisions[0].summary"),
                paths(agreementProblems(agreement("\"specifications\": [{\"id\": \"tjanster\", \"title\": \"T\","
                        + " \"type\": \"SPECIFICATION\", \"revisions\": [{\"decidedBy\": \"ledningsradet\"}]}]"))));
        assertEquals(List.of("terminationNotices[0].party", "terminationNotices[0].receivedOn"),
                paths(agreementProblems(agreement("\"terminationNotices\": [{\"written\": true}]"))));
        assertEquals(List.of("parties[0].organisation", "parties[0].role"),
                paths(agreementProblems(agreement("").replace(
                        "{\"organisation\": \"vgr\", \"role\": \"CARE_PROVIDER\"}", "{}"))));
    }

    @Test
    public void nullCountsAsMissing() {
        only(agreementProblems(agreement("").replace("\"Testavtal\"", "null")), "title", "required");
        assertNull(json.readAgreement(utf8(agreement("\"diaryNumber\": null, \"ownerBody\": null"))).ownerBody());
    }

    @Test
    public void otherFormatVersionIsRefused() {
        only(documentProblems("{\"formatVersion\": 2, \"organisations\": [], \"agreements\": []}"), "formatVersion",
                "1", "2");
    }

    @Test
    public void invalidJsonGivesOneProblemWithLineAndColumn() {
        String text = "{\n  \"formatVersion\": 1,\n  \"organisations\": [,\n  \"agreements\": []\n}";
        only(documentProblems(text), "", "not valid JSON", "line 3", "column");
    }

    @Test
    public void emptyInputIsRefused() {
        only(documentProblems(""), "", "empty");
        only(documentProblems("  \n\t "), "", "empty");
        only(agreementProblems(""), "", "empty");
    }

    @Test
    public void trailingGarbageIsRefused() {
        String doc = "{\"formatVersion\": 1, \"organisations\": [], \"agreements\": []}";
        assertEquals(0, json.readDocument(utf8(doc + "\n  ")).agreements().size());
        only(documentProblems(doc + " garbage"), "", "not valid JSON");
        only(documentProblems(doc + " {}"), "", "not valid JSON");
        only(documentProblems(doc + "}"), "", "not valid JSON");
    }

    @Test
    public void documentMustBeAnObject() {
        only(documentProblems("[]"), "", "must be a JSON object");
        only(documentProblems("null"), "", "must be a JSON object");
        only(agreementProblems("\"testavtal\""), "", "must be a JSON object");
    }

    @Test
    public void everyProblemOfADocumentIsReportedTogether() {
        String text = """
                {"formatVersion": 2,
                 "organisations": [
                   {"id": "vgr", "name": "VGR", "kind": "COUNTY"},
                   {"id": "goteborg", "kind": "MUNICIPALITY", "parent": 7}
                 ],
                 "agreements": [
                   {"id": "a", "title": "A", "kind": "COOPERATION_AGREEMENT", "parties": [],
                    "renewal": {"type": "AUTO_EXTEND", "period": "3Y"}},
                   {"title": "B", "kind": "MUTUAL_AGREEMENT", "start": "2022-06-31",
                    "renewal": {"type": "OPEN_ENDED"}, "colour": "red",
                    "terminationNotices": [{"party": "vgr", "receivedOn": "2025-01-01", "written": "yes"}]}
                 ]}
                """;
        List<Problem> problems = documentProblems(text);
        assertEquals(List.of("formatVersion", "organisations[0].kind", "organisations[1].name",
                        "organisations[1].parent", "agreements[0].renewal.period", "agreements[1].colour",
                        "agreements[1].terminationNotices[0].written", "agreements[1].start"),
                paths(problems));
        assertEquals(8, problems.size());
        problems.forEach(p -> assertFalse(p.toString(), p.message().isBlank()));
    }

    @Test
    public void revisionAndNoticeReadOnTheirOwn() {
        assertEquals(new Revision("HMC 1", LocalDate.of(2023, 6, 1), null, "Ny text", LocalDate.of(2023, 10, 1)),
                json.readRevision(utf8("{\"diaryNumber\": \"HMC 1\", \"decidedOn\": \"2023-06-01\","
                        + " \"summary\": \"Ny text\", \"effectiveFrom\": \"2023-10-01\"}")));
        assertEquals(new TerminationNotice("goteborg", LocalDate.of(2025, 6, 1), true, null),
                json.readNotice(utf8("{\"party\": \"goteborg\", \"receivedOn\": \"2025-06-01\", \"written\": true}")));
        List<Problem> problems = assertThrows(ValidationException.class,
                () -> json.readNotice(utf8("{\"party\": \"goteborg\", \"receivedOn\": \"igår\", \"written\": true}")))
                .problems();
        only(problems, "receivedOn", "not an ISO date");
        // whether a notice was written decides its effect: it is never assumed
        only(assertThrows(ValidationException.class,
                () -> json.readNotice(utf8("{\"party\": \"goteborg\", \"receivedOn\": \"2025-06-01\"}")))
                .problems(), "written", "required");
    }

    @Test
    public void aCallForRenegotiationIsReadOnItsOwn() {
        assertEquals(new RenegotiationRequest("goteborg", LocalDate.of(2026, 11, 20), "GBG 2026/77", null, null),
                json.readRenegotiation(utf8("{\"party\": \"goteborg\", \"requestedOn\": \"2026-11-20\","
                        + " \"diaryNumber\": \"GBG 2026/77\"}")));
        only(assertThrows(ValidationException.class,
                () -> json.readRenegotiation(utf8("{\"party\": \"goteborg\", \"requestedOn\": \"2026-13-01\"}")))
                .problems(), "requestedOn", "not an ISO date");
        only(assertThrows(ValidationException.class,
                () -> json.readRenegotiation(utf8("{\"party\": \"goteborg\", \"requestedOn\": \"2026-11-20\","
                        + " \"urgent\": true}")))
                .problems(), "urgent");
    }
}

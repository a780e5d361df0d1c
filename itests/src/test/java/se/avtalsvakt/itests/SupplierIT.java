package se.avtalsvakt.itests;

import static org.awaitility.Awaitility.await;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.stream.StreamSupport;

import javax.inject.Inject;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.service.cm.ConfigurationAdmin;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Supplier files through the real Camel routes: a file dropped in the inbox is read line by line, good lines stored,
 * bad lines listed in the receipt and in an error file beside the original; the same file again changes nothing;
 * HTTP uploads answer with the receipt; unchecked deliveries make one deadline per care provider, supplier and check
 * day, alerted once when passed or overdue and cleared by the checks; a mismatching check alerts both sides.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class SupplierIT extends AvtalsvaktTestSupport {

    private static final String SUPPLIER = "hjalpmedelscentralen";
    private static final String DELIVERY_HEADER =
            "delivery_id;order_id;care_provider;article;quantity;delivered_on;patient_ref";
    private static final String PERSONNUMMER = "19811218-9876";

    @Inject
    protected ConfigurationAdmin configurationAdmin;

    @Before
    public void platformIsUp() {
        awaitPlatform();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).ignoreExceptions()
                .until(() -> get("/api/v1/suppliers/" + SUPPLIER + "/imports", "viewer").statusCode() == 200);
    }

    private static Path inbox(String type) {
        return Path.of(System.getProperty("karaf.data"), "supplier", SUPPLIER, type);
    }

    /** Drops a file as a supplier would: written elsewhere, then moved in. */
    private static void drop(String type, String name, byte[] content) throws Exception {
        Path dir = inbox(type);
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir.getParent(), name, ".part");
        Files.write(tmp, content);
        Files.move(tmp, dir.resolve(name), StandardCopyOption.ATOMIC_MOVE);
    }

    /** @return the receipts of files named {@code source}, newest first */
    private JsonNode[] receipts(String source) throws Exception {
        JsonNode all = json(get("/api/v1/suppliers/" + SUPPLIER + "/imports?limit=100", "viewer"));
        return StreamSupport.stream(all.spliterator(), false)
                .filter(r -> r.get("source").asText().equals(source) && !r.get("status").asText().equals("RUNNING"))
                .toArray(JsonNode[]::new);
    }

    private JsonNode awaitReceipt(String source, int count) {
        return await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).ignoreExceptions()
                .until(() -> receipts(source), r -> r.length >= count)[0];
    }

    @Test
    public void aDroppedFileIsStoredLineByLineWithAReceiptAndAnErrorFileAndTheSameFileAgainChangesNothing()
            throws Exception {
        String p = uniqueId("d");
        String name = p + ".csv";
        String file = "\uFEFF" + DELIVERY_HEADER + "\n"
                + p + "-1;O-1;goteborg;A-100;2;2026-11-20;pat-1\n"
                + p + "-2;O-2;boras;A-200;1;2026-11-19;\n"
                + "\n"
                + p + "-3;O-3;narnia;A-300;1;2026-11-19;\n"                 // line 5: unknown care provider
                + p + "-4;O-4;goteborg;A-400;1;2026-13-01;\n"               // line 6: bad date
                + p + "-5;O-5;goteborg;A-500;1;2026-11-19;" + PERSONNUMMER + "\n" // line 7: personnummer
                + p + "-6;O-6;goteborg;A-600;-1;2026-11-19;\n"              // line 8: negative quantity
                + p + "-7;O-7;goteborg\n"                                   // line 9: wrong column count
                + p + "-8;O-8;goteborg;A-800;3;2026-11-18;ref-8\n";
        drop("deliveries", name, file.getBytes(StandardCharsets.UTF_8));

        JsonNode receipt = awaitReceipt(name, 1);
        assertEquals(receipt.toString(), "COMPLETED", receipt.get("status").asText());
        assertEquals(8, receipt.get("read").asInt());
        assertEquals(3, receipt.get("stored").asInt());
        assertEquals(0, receipt.get("duplicates").asInt());
        assertEquals(5, receipt.get("rejected").asInt());
        assertEquals("[5, 6, 7, 8, 9]", StreamSupport.stream(receipt.get("errors").spliterator(), false)
                .map(e -> e.get("line").asInt()).toList().toString());
        assertEquals("delivered_on", receipt.at("/errors/1/field").asText());
        assertEquals("patient_ref", receipt.at("/errors/2/field").asText());
        assertFalse("a personal identity number is never echoed", receipt.toString().contains("9876"));

        // the original went to .done, the error file beside it
        Path done = inbox("deliveries").resolve(".done");
        Path errors = done.resolve(name + ".errors.csv");
        await().atMost(Duration.ofSeconds(30)).until(() -> Files.exists(errors) && Files.exists(done.resolve(name)));
        String errorFile = Files.readString(errors, StandardCharsets.UTF_8);
        assertTrue(errorFile, errorFile.startsWith("line;field;reason\n"));
        assertTrue(errorFile, errorFile.contains("\n5;care_provider;unknown care provider"));
        assertTrue(errorFile, errorFile.contains("\n8;quantity;must not be negative"));
        assertTrue(errorFile, errorFile.contains("\n9;;\"expected 7 columns separated by ';', found 3\"\n"));
        assertFalse(errorFile, errorFile.contains("9876"));

        String list = console("delivery:list --care-provider goteborg");
        assertTrue(list, list.contains(p + "-1") && list.contains(p + "-8"));
        assertFalse(list, list.contains(p + "-2") || list.contains(p + "-5"));

        // the same file again: read again, nothing changes
        drop("deliveries", name, file.getBytes(StandardCharsets.UTF_8));
        JsonNode again = awaitReceipt(name, 2);
        assertEquals(0, again.get("stored").asInt());
        assertEquals(3, again.get("duplicates").asInt());
        assertEquals(0, again.get("corrected").asInt());
        assertEquals(5, again.get("rejected").asInt());
        assertEquals(list, console("delivery:list --care-provider goteborg"));

        // a known id with new content is a correction
        String corrected = DELIVERY_HEADER + "\n" + p + "-1;O-1;goteborg;A-100;4;2026-11-20;pat-1\n";
        drop("deliveries", p + "-fix.csv", corrected.getBytes(StandardCharsets.UTF_8));
        JsonNode fix = awaitReceipt(p + "-fix.csv", 1);
        assertEquals(1, fix.get("corrected").asInt());
        JsonNode delivery = delivery(p + "-1", "goteborg", "2026-11-20").orElseThrow();
        assertEquals(4, delivery.at("/delivery/quantity").asInt());

        String imports = console("supplier:imports --supplier " + SUPPLIER);
        assertTrue(imports, imports.contains(name) && imports.contains("COMPLETED"));
    }

    @Test
    public void anUnreadableFileIsADeadLetterWithAFailedReceipt() throws Exception {
        String name = uniqueId("bad") + ".csv";
        drop("orders", name, "this is not;the header\n1;2\n".getBytes(StandardCharsets.UTF_8));
        JsonNode receipt = awaitReceipt(name, 1);
        assertEquals("FAILED", receipt.get("status").asText());
        assertTrue(receipt.toString(), receipt.at("/errors/0/reason").asText().contains("header"));
        Path failed = inbox("orders").resolve(".failed").resolve(name);
        await().atMost(Duration.ofSeconds(30)).until(() -> Files.exists(failed));

        String latin1 = uniqueId("latin") + ".csv";
        drop("orders", latin1, ("order_id;care_provider;article;quantity;ordered_on;patient_ref\n"
                + "O-1;goteborg;Rullstol för två;1;2026-11-02;\n").getBytes(StandardCharsets.ISO_8859_1));
        JsonNode notUtf8 = awaitReceipt(latin1, 1);
        assertEquals("FAILED", notUtf8.get("status").asText());
        assertTrue(notUtf8.toString(), notUtf8.at("/errors/0/reason").asText().contains("not UTF-8"));
    }

    @Test
    public void anHttpUploadIsAnsweredWithTheReceipt() throws Exception {
        String p = uniqueId("o");
        String csv = "order_id;care_provider;article;quantity;ordered_on;patient_ref\n"
                + p + "-1;goteborg;A-1;1;2026-11-02;\n"
                + p + "-2;goteborg;A-1;1;2026-11-31;\n"
                + p + "-3;goteborg;A-1;1;2026-11-02;" + PERSONNUMMER + "\n";
        HttpResponse<String> response = upload("orders", "text/csv", csv, "operator");
        assertEquals(response.body(), 200, response.statusCode());
        JsonNode receipt = json(response);
        assertEquals(3, receipt.get("read").asInt());
        assertEquals(1, receipt.get("stored").asInt());
        assertEquals(2, receipt.get("rejected").asInt());
        assertEquals(3, receipt.at("/errors/0/line").asInt());
        assertEquals("ordered_on", receipt.at("/errors/0/field").asText());
        assertFalse(response.body(), response.body().contains("9876"));

        String json = "[{\"report_id\": \"" + p + "-r1\", \"care_provider\": \"boras\", \"article\": \"A-9\","
                + " \"reported_on\": \"2026-11-10\"}, {\"report_id\": \"" + p + "-r2\", \"care_provider\": \"boras\"}]";
        JsonNode lost = json(upload("lost-aids", "application/json", json, "operator"));
        assertEquals(1, lost.get("stored").asInt());
        assertEquals(1, lost.get("rejected").asInt());
        assertEquals(2, lost.at("/errors/0/line").asInt());

        assertEquals(403, upload("orders", "text/csv", csv, "viewer").statusCode());
        assertEquals(404, upload("invoices", "text/csv", csv, "operator").statusCode());
        assertEquals(415, upload("orders", "text/plain", csv, "operator").statusCode());
        HttpResponse<String> noHeader = upload("orders", "text/csv", "1;2;3\n", "operator");
        assertEquals(noHeader.body(), 400, noHeader.statusCode());

        // an unknown supplier is refused at once: no retry, no receipt
        HttpResponse<String> unknown = upload("orders", "text/csv", csv, "operator", "acme");
        assertEquals(unknown.body(), 400, unknown.statusCode());
        assertTrue(unknown.body(), unknown.body().contains("unknown supplier"));
        assertEquals("[]", get("/api/v1/suppliers/acme/imports", "viewer").body());
    }

    @Test
    public void aDeliveryMustBeCheckedWithinFiveWorkingDaysAndAMismatchAlertsTheCareProviderAndTheSupplier()
            throws Exception {
        String id = uniqueId("chk");
        // today is Sunday 2026-11-22: delivered Friday 20th, due Friday 27th
        String csv = DELIVERY_HEADER + "\n" + id + ";O-9;lerum;A-9;1;2026-11-20;\n";
        assertEquals(1, json(upload("deliveries", "text/csv", csv, "operator")).get("stored").asInt());

        // one deadline per care provider, supplier and check day, counting the deliveries behind it
        String subject = "lerum/" + SUPPLIER + "/2026-11-27";
        JsonNode deadlines = json(get("/api/v1/deadlines?from=2026-11-22&to=2026-12-31&limit=1000", "viewer"));
        JsonNode deadline = StreamSupport.stream(deadlines.spliterator(), false)
                .filter(d -> d.get("subject").asText().equals(subject)).findFirst().orElseThrow();
        assertEquals("supplier", deadline.get("source").asText());
        assertEquals("DELIVERIES_UNCHECKED", deadline.get("kind").asText());
        assertEquals("2026-11-27", deadline.get("date").asText());
        assertEquals("lerum", deadline.get("owner").asText());
        assertTrue(deadline.toString(), deadline.get("description").asText().startsWith(
                "1 leverans från Hjälpmedelscentralen är inte kontrollerad inom fem arbetsdagar"));
        assertTrue(console("delivery:list --unchecked --care-provider lerum").contains(id));

        HttpResponse<String> checked = post("/api/v1/deliveries/" + id + "/check", "operator",
                "{\"checkedOn\": \"2026-11-22\", \"matchesOrder\": false, \"note\": \"one wheel missing\"}");
        assertEquals(checked.body(), 200, checked.statusCode());
        assertFalse(json(checked).at("/check/matchesOrder").asBoolean());
        assertFalse(console("delivery:list --unchecked --care-provider lerum").contains(id));
        assertFalse(get("/api/v1/deadlines?from=2026-11-22&to=2026-12-31&limit=1000", "viewer").body().contains(subject));

        // not matching the order: a follow-up to the care provider and one to the supplier
        String toCareProvider = SUPPLIER + "/" + id + "/vardgivare";
        String toSupplier = SUPPLIER + "/" + id + "/leverantor";
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).ignoreExceptions()
                .until(() -> alerts("DELIVERY_MISMATCH", toCareProvider).size() == 1
                        && alerts("DELIVERY_MISMATCH", toSupplier).size() == 1);
        JsonNode mismatch = alerts("DELIVERY_MISMATCH", toCareProvider).get(0);
        assertEquals("lerum", mismatch.get("addressee").asText());
        assertEquals("2026-11-22", mismatch.get("dueDate").asText());
        assertTrue(mismatch.toString(), mismatch.get("description").asText().contains("one wheel missing"));
        assertEquals(SUPPLIER, alerts("DELIVERY_MISMATCH", toSupplier).get(0).get("addressee").asText());
        console("alert:run");
        assertEquals(1, alerts("DELIVERY_MISMATCH", toCareProvider).size());

        // checked again as matching: the follow-ups are resolved
        assertTrue(console("delivery:check --date 2026-11-21 " + id).contains("matches the order"));
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).ignoreExceptions()
                .until(() -> alerts("DELIVERY_MISMATCH", toCareProvider).get(0).get("state").asText()
                        .equals("RESOLVED"));
        assertEquals(404, post("/api/v1/deliveries/nope/check", "operator", "{\"matchesOrder\": true}")
                .statusCode());
        assertEquals(400, post("/api/v1/deliveries/" + id + "/check", "operator", "{\"checkedOn\": \"2026-11-22\"}")
                .statusCode());
        String error = console("delivery:check --date 2026-11-19 " + id);
        assertTrue(error, error.contains("before the delivery") && !error.contains("\tat "));
    }

    @Test
    public void deliveriesImportedAfterTheirCheckDeadlineRaiseOneOverdueAlertAtOnceResolvedWhenAllAreChecked()
            throws Exception {
        String p = uniqueId("late");
        // Monday 5 October 2026: to be checked by Monday 12 October; imported on 22 November
        String csv = DELIVERY_HEADER + "\n" + p + "-1;O-1;tjorn;A-1;1;2026-10-05;\n" + p + "-2;O-2;tjorn;A-2;1;2026-10-05;\n"
                + p + "-3;O-3;tjorn;A-3;2;2026-10-05;\n";
        assertEquals(3, json(upload("deliveries", "text/csv", csv, "operator")).get("stored").asInt());

        String subject = "tjorn/" + SUPPLIER + "/2026-10-12";
        // the import itself leads to a scan: no alert:run needed
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).ignoreExceptions()
                .until(() -> alerts("DELIVERIES_UNCHECKED", subject).size() == 1);
        JsonNode alert = alerts("DELIVERIES_UNCHECKED", subject).get(0);
        assertEquals("overdue", alert.get("threshold").asText());
        assertEquals("tjorn", alert.get("addressee").asText());
        assertEquals("OPEN", alert.get("state").asText());
        assertTrue(alert.toString(), alert.get("description").asText().startsWith(
                "3 leveranser från Hjälpmedelscentralen är inte kontrollerade inom fem arbetsdagar"));
        // one alert for the three deliveries, and no other alert about them
        assertEquals(1, StreamSupport.stream(json(get("/api/v1/alerts?limit=1000", "viewer")).spliterator(), false)
                .filter(a -> a.get("subject").asText().startsWith("tjorn/")).count());
        console("alert:run");
        assertEquals(1, alerts("DELIVERIES_UNCHECKED", subject).size());

        // two of three checked: still overdue; the last one checked: resolved
        console("delivery:check --date 2026-11-22 " + p + "-1");
        console("delivery:check --date 2026-11-22 " + p + "-2");
        console("alert:run");
        assertEquals("OPEN", alerts("DELIVERIES_UNCHECKED", subject).get(0).get("state").asText());
        console("delivery:check --date 2026-11-22 " + p + "-3");
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).ignoreExceptions()
                .until(() -> alerts("DELIVERIES_UNCHECKED", subject).get(0).get("state").asText().equals("RESOLVED"));
        assertEquals(1, alerts("DELIVERIES_UNCHECKED", subject).size());
    }

    @Test
    public void aLostAidReportedAfterTodayIsRefusedNamingTheLineAndField() throws Exception {
        String p = uniqueId("fut");
        String lost = "report_id;care_provider;article;reported_on;patient_ref\n"
                + p + "-l1;ale;A-7;2026-11-22;\n" + p + "-l2;ale;A-7;2026-11-23;\n";
        JsonNode receipt = json(upload("lost-aids", "text/csv", lost, "operator"));
        assertEquals(receipt.toString(), 1, receipt.get("stored").asInt());
        assertEquals(1, receipt.get("rejected").asInt());
        assertEquals(3, receipt.at("/errors/0/line").asInt());
        assertEquals("reported_on", receipt.at("/errors/0/field").asText());
        assertTrue(receipt.toString(), receipt.at("/errors/0/reason").asText().startsWith("in the future"));
    }

    /** @return the alerts of the supplier source about {@code subject}, of {@code kind} */
    private java.util.List<JsonNode> alerts(String kind, String subject) throws Exception {
        return StreamSupport.stream(json(get("/api/v1/alerts?limit=1000", "viewer")).spliterator(), false)
                .filter(a -> a.get("source").asText().equals("supplier") && a.get("kind").asText().equals(kind)
                        && a.get("subject").asText().equals(subject)).toList();
    }

    @Test
    public void anInvoiceWithADuplicateLineIsADiscrepancyWithOneAlertToTheCareProvider() throws Exception {
        String p = uniqueId("inv");
        String deliveries = DELIVERY_HEADER + "\n" + p + "-d1;" + p + "-o1;molndal;A-1;1;2026-11-10;\n"
                + p + "-d2;" + p + "-o2;molndal;A-2;1;2026-11-10;\n";
        assertEquals(2, json(upload("deliveries", "text/csv", deliveries, "operator")).get("stored").asInt());
        String invoice = p + "-F";
        String lines = "invoice_id;line;order_id;care_provider;main_area;amount;invoice_date\n"
                + invoice + ";1;" + p + "-o1;molndal;Rörelse;1500,00;2026-11-20\n"
                + invoice + ";2;" + p + "-o2;molndal;Rörelse;800.50;2026-11-20\n"
                + invoice + ";3;" + p + "-o1;molndal;Rörelse;1500;2026-11-20\n";
        assertEquals(3, json(upload("invoice-lines", "text/csv", lines, "operator")).get("stored").asInt());

        JsonNode found = json(get("/api/v1/invoices/discrepancies?invoice=" + invoice, "viewer"));
        assertEquals(found.toString(), 1, found.size());
        assertEquals("DUPLICATE_LINE", found.at("/0/kind").asText());
        assertEquals(3, found.at("/0/line").asInt());
        assertEquals("molndal", found.at("/0/careProvider").asText());
        assertEquals(150000, found.at("/0/invoicedOre").asLong());
        assertEquals(found, json(get("/api/v1/invoices/discrepancies?careProvider=molndal&invoice=" + invoice,
                "viewer")));
        String console = console("invoice:discrepancies --invoice " + invoice);
        assertTrue(console, console.contains("DUPLICATE_LINE") && console.contains(p + "-o1"));

        // one alert per care provider, supplier and invoice month, counting the invoices and discrepancies
        String subject = "molndal/" + SUPPLIER + "/2026-11";
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> alerts("INVOICE_DISCREPANCY", subject).size() == 1);
        JsonNode alert = alerts("INVOICE_DISCREPANCY", subject).get(0);
        assertEquals("molndal", alert.get("addressee").asText());
        assertTrue(alert.toString(), alert.get("description").asText().startsWith("1 avvikelse på faktura "
                + invoice + " från Hjälpmedelscentralen till Mölndal med fakturadatum i november 2026: 1 "
                + "dubbelfakturerad rad."));
        console("alert:run");
        assertEquals(1, alerts("INVOICE_DISCREPANCY", subject).size());

        // the same file again changes nothing, and still one alert
        json(upload("invoice-lines", "text/csv", lines, "operator"));
        console("alert:run");
        assertEquals(1, alerts("INVOICE_DISCREPANCY", subject).size());

        String error = console("delivery:compliance --from 2026-13");
        assertTrue(error, error.contains("--from") && !error.contains("\tat "));
    }

    @Test
    public void checksAreUploadedAsCsvWithAReceiptAndCountInTheCompliance() throws Exception {
        String p = uniqueId("cc");
        // Thursday 1 October 2026: due Thursday 8 October
        String deliveries = DELIVERY_HEADER + "\n" + p + "-1;O-1;partille;A-1;1;2026-10-01;\n"
                + p + "-2;O-2;partille;A-1;1;2026-10-01;\n"
                + p + "-3;O-3;partille;A-1;1;2026-10-01;\n"
                + p + "-4;O-4;partille;A-1;1;2026-10-01;\n";
        assertEquals(4, json(upload("deliveries", "text/csv", deliveries, "operator")).get("stored").asInt());
        String checks = "\uFEFFdelivery_id;checked_on;matches_order;note\n"
                + p + "-1;2026-10-05;true;\n"
                + p + "-2;2026-10-20;nej;a wheel missing\n"
                + "nope-" + p + ";2026-10-05;true;\n"
                + p + "-4;2026-10-32;true;\n";
        HttpResponse<String> response = postAs("/api/v1/deliveries/checks", "text/csv", checks, "operator");
        assertEquals(response.body(), 200, response.statusCode());
        JsonNode receipt = json(response);
        assertEquals("DELIVERY_CHECKS", receipt.get("type").asText());
        assertEquals(4, receipt.get("read").asInt());
        assertEquals(2, receipt.get("stored").asInt());
        assertEquals(2, receipt.get("rejected").asInt());
        assertEquals(4, receipt.at("/errors/0/line").asInt());
        assertEquals("delivery_id", receipt.at("/errors/0/field").asText());
        assertEquals(5, receipt.at("/errors/1/line").asInt());
        assertEquals("checked_on", receipt.at("/errors/1/field").asText());
        assertEquals(403, postAs("/api/v1/deliveries/checks", "text/csv", checks, "viewer").statusCode());
        assertFalse(delivery(p + "-2", "partille", "2026-10-01").orElseThrow().at("/check/matchesOrder").asBoolean());
        assertEquals("2026-10-20", delivery(p + "-2", "partille", "2026-10-01").orElseThrow().at("/check/checkedOn").asText());

        // the same through a file drop: the same check again is a duplicate, a new one stored
        String name = p + "-checks.csv";
        drop("delivery-checks", name, ("delivery_id;checked_on;matches_order;note\n" + p + "-1;2026-10-05;true;\n"
                + p + "-4;2026-10-06;ja;\n").getBytes(StandardCharsets.UTF_8));
        JsonNode dropped = awaitReceipt(name, 1);
        assertEquals(dropped.toString(), 1, dropped.get("duplicates").asInt());
        assertEquals(1, dropped.get("stored").asInt());

        JsonNode compliance = json(get("/api/v1/deliveries/compliance?careProvider=partille&from=2026-10&to=2026-10",
                "viewer"));
        assertEquals(compliance.toString(), 1, compliance.size());
        assertEquals("2026-10", compliance.at("/0/month").asText());
        assertEquals(4, compliance.at("/0/deliveries").asInt());
        assertEquals(2, compliance.at("/0/checkedInTime").asInt());
        assertEquals(1, compliance.at("/0/checkedLate").asInt());
        assertEquals(1, compliance.at("/0/unchecked").asInt());
        assertEquals(400, get("/api/v1/deliveries/compliance?from=2026-10&to=oct", "viewer").statusCode());
        String table = console("delivery:compliance --care-provider partille --from 2026-10 --to 2026-10");
        assertTrue(table, table.contains("50 %"));

        String lost = "report_id;care_provider;article;reported_on;patient_ref\n" + p + "-l1;partille;A-7;2026-10-02;\n"
                + p + "-l2;partille;A-7;2026-10-09;\n";
        assertEquals(2, json(upload("lost-aids", "text/csv", lost, "operator")).get("stored").asInt());
        JsonNode aids = json(get("/api/v1/lost-aids?careProvider=partille", "viewer"));
        assertEquals(aids.toString(), 2, aids.at("/0/reports").asInt());
        assertEquals("2026-10-09", aids.at("/0/lastReportedOn").asText());
        assertTrue(console("lostaid:list --care-provider partille").contains("A-7"));
    }

    @Test
    public void deliveriesLeftUncheckedPastFiveWorkingDaysAcrossChristmasRaiseOneAlert() throws Exception {
        String p = uniqueId("xmas");
        // Monday 21 December 2026: 24, 25, 26 December and the weekend are not working days, due Wednesday 30th
        String csv = DELIVERY_HEADER + "\n" + p + "-1;O-X;kungalv;A-9;1;2026-12-21;\n"
                + p + "-2;O-Y;kungalv;A-9;1;2026-12-21;\n";
        assertEquals(2, json(upload("deliveries", "text/csv", csv, "operator")).get("stored").asInt());
        assertEquals("2026-12-30", delivery(p + "-1", "kungalv", "2026-12-21").orElseThrow().get("checkDueOn").asText());
        String subject = "kungalv/" + SUPPLIER + "/2026-12-30";
        org.osgi.service.cm.Configuration clock = configurationAdmin.getConfiguration("se.avtalsvakt.clock", null);
        try {
            setDate(clock, "2026-12-30");
            // the scan says which day it is: the clock has moved when it says so
            await().atMost(Duration.ofSeconds(30)).until(() -> console("alert:run").contains("Scan for 2026-12-30"));
            assertEquals(0, alerts("DELIVERIES_UNCHECKED", subject).size());
            setDate(clock, "2026-12-31");
            await().atMost(Duration.ofSeconds(30)).until(() -> console("alert:run").contains("Scan for 2026-12-31"));
            assertEquals(1, alerts("DELIVERIES_UNCHECKED", subject).size());
            JsonNode alert = alerts("DELIVERIES_UNCHECKED", subject).get(0);
            assertEquals("kungalv", alert.get("addressee").asText());
            assertEquals("passed", alert.get("threshold").asText());
            setDate(clock, "2027-01-04");
            await().atMost(Duration.ofSeconds(30)).until(() -> console("alert:run").contains("Scan for 2027-01-04"));
            assertEquals(1, alerts("DELIVERIES_UNCHECKED", subject).size()); // not again as overdue
            console("delivery:check --date 2027-01-04 " + p + "-1");
            console("delivery:check --date 2027-01-04 " + p + "-2");
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).ignoreExceptions()
                    .until(() -> alerts("DELIVERIES_UNCHECKED", subject).get(0).get("state").asText()
                            .equals("RESOLVED"));
        } finally {
            setDate(clock, TODAY);
        }
    }

    /**
     * Volume: 50 000 unchecked deliveries of four care providers over three days, in one dropped file. Their checks
     * fell due before today: one overdue alert per care provider, supplier and check day (twelve, not 50 000), and
     * the deliveries behind each can be listed page by page with the alert's own filters.
     */
    @Test
    public void fiftyThousandUncheckedDeliveriesRaiseOneAlertPerCareProviderAndCheckDayAndArePagedBehindIt()
            throws Exception {
        String p = uniqueId("vol");
        String[] careProviders = {"vara", "hjo", "tibro", "essunga"};
        // Monday 2, Tuesday 3 and Wednesday 4 November 2026: due 9, 10 and 11 November, long past on the 22nd
        String[] days = {"2026-11-02", "2026-11-03", "2026-11-04"};
        String[] dueOn = {"2026-11-09", "2026-11-10", "2026-11-11"};
        int total = 50_000;
        StringBuilder file = new StringBuilder(DELIVERY_HEADER).append('\n');
        for (int i = 0; i < total; i++) {
            file.append(p).append('-').append(i).append(";O-").append(i).append(';')
                    .append(careProviders[i % careProviders.length]).append(";A-").append(i % 700).append(";1;")
                    .append(days[(i / careProviders.length) % days.length]).append(";\n");
        }
        String name = p + ".csv";
        drop("deliveries", name, file.toString().getBytes(StandardCharsets.UTF_8));
        JsonNode receipt = await().atMost(Duration.ofSeconds(150)).pollInterval(Duration.ofSeconds(1))
                .ignoreExceptions().until(() -> receipts(name), r -> r.length >= 1)[0];
        assertEquals(receipt.toString(), total, receipt.get("stored").asInt());

        HttpResponse<String> scan = post("/api/v1/alerts/scan", "operator", "");
        assertEquals(scan.body(), 200, scan.statusCode());
        java.util.Map<String, Integer> counted = new java.util.TreeMap<>();
        for (JsonNode a : json(get("/api/v1/alerts", "viewer"))) {
            String subject = a.get("subject").asText();
            if (a.get("kind").asText().equals("DELIVERIES_UNCHECKED")
                    && java.util.Arrays.stream(careProviders).anyMatch(cp -> subject.startsWith(cp + "/"))) {
                assertEquals("one alert per care provider, supplier and check day: " + subject, null,
                        counted.put(subject, Integer.parseInt(a.get("description").asText().split(" ")[0])));
            }
        }
        java.util.Set<String> expected = new java.util.TreeSet<>();
        for (String cp : careProviders) {
            for (String due : dueOn) {
                expected.add(cp + "/" + SUPPLIER + "/" + due);
            }
        }
        assertEquals(expected, counted.keySet());
        assertEquals(total, counted.values().stream().mapToInt(Integer::intValue).sum());

        // a page of a hundred, and a link to the next
        HttpResponse<String> first = get("/api/v1/deliveries?limit=100", "viewer");
        assertEquals(100, json(first).size());
        assertTrue(first.headers().allValues("Link").toString(), next(first).isPresent());

        // the deliveries behind one alert, by following the links: exactly the alert's count, each once
        String subject = "vara/" + SUPPLIER + "/2026-11-10";
        java.util.Set<String> behind = new java.util.HashSet<>();
        String path = "/api/v1/deliveries?careProvider=vara&supplier=" + SUPPLIER + "&unchecked=true"
                + "&checkDue=2026-11-10&limit=1000";
        for (int pages = 0; path != null; pages++) {
            assertTrue("too many pages", pages < 20);
            HttpResponse<String> page = get(path, "viewer");
            assertEquals(page.body(), 200, page.statusCode());
            JsonNode rows = json(page);
            assertTrue(rows.size() <= 1000);
            for (JsonNode d : rows) {
                assertEquals("2026-11-10", d.get("checkDueOn").asText());
                assertTrue("each once", behind.add(d.at("/delivery/recordId").asText()));
            }
            path = next(page).orElse(null);
        }
        assertEquals(counted.get(subject).intValue(), behind.size());
        String console = console("delivery:list --unchecked --care-provider vara --check-due 2026-11-10 --limit 5");
        assertTrue(console, console.contains("use --limit"));
    }

    /** @return the path and query of the page a {@code Link: <…>; rel="next"} header points to */
    private static Optional<String> next(HttpResponse<String> response) {
        return response.headers().allValues("Link").stream().filter(l -> l.contains("rel=\"next\""))
                .map(l -> java.net.URI.create(l.substring(l.indexOf('<') + 1, l.indexOf('>'))))
                .map(u -> u.getRawPath() + (u.getRawQuery() == null ? "" : "?" + u.getRawQuery())).findFirst();
    }

    /**
     * An upload that says it is larger than the limit (50 MiB) is refused at once with 413, before its body is sent:
     * the answer comes while the client still holds the rest of the file, and nothing is imported.
     */
    @Test
    public void anUploadLargerThanTheLimitIsRefusedAtOnceWith413() throws Exception {
        long newest = json(get("/api/v1/supplier-imports?limit=1", "viewer")).path(0).path("id").asLong();
        String auth = Base64.getEncoder().encodeToString("operator:operator".getBytes(StandardCharsets.UTF_8));
        try (java.net.Socket socket = new java.net.Socket("localhost", httpPort())) {
            // the answer must come without the body: a server that waited for it would answer only when its idle
            // timeout (30 s) gave up, after this read had
            socket.setSoTimeout(15_000);
            var out = socket.getOutputStream();
            out.write(("POST /api/v1/suppliers/" + SUPPLIER + "/deliveries HTTP/1.1\r\nHost: localhost\r\n"
                    + "Authorization: Basic " + auth + "\r\nContent-Type: text/csv\r\nContent-Length: " + (60L << 20)
                    + "\r\n\r\n" + DELIVERY_HEADER + "\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
            var in = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(),
                    StandardCharsets.UTF_8));
            String status = in.readLine();
            assertTrue(status, status.startsWith("HTTP/1.1 413"));
            StringBuilder head = new StringBuilder();
            for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
                head.append(line).append('\n');
            }
            assertTrue(head.toString(), head.toString().toLowerCase(java.util.Locale.ROOT)
                    .contains("content-type: application/problem+json"));
        }
        assertEquals(newest, json(get("/api/v1/supplier-imports?limit=1", "viewer")).path(0).path("id").asLong());
    }

    private HttpResponse<String> postAs(String path, String contentType, String body, String user) throws Exception {
        return post(path, user, contentType, body);
    }

    /** @return the delivery, looked for among the care provider's deliveries of that day */
    private Optional<JsonNode> delivery(String id, String careProvider, String deliveredOn) throws Exception {
        return StreamSupport.stream(json(get("/api/v1/deliveries?careProvider=" + careProvider + "&deliveredFrom="
                + deliveredOn + "&deliveredTo=" + deliveredOn + "&limit=1000", "viewer")).spliterator(), false)
                .filter(d -> d.at("/delivery/recordId").asText().equals(id)).findFirst();
    }

    private HttpResponse<String> upload(String type, String contentType, String body, String user) throws Exception {
        return upload(type, contentType, body, user, SUPPLIER);
    }

    private HttpResponse<String> upload(String type, String contentType, String body, String user, String supplier)
            throws Exception {
        return post("/api/v1/suppliers/" + supplier + "/" + type, user, contentType, body);
    }
}

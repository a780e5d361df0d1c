package se.avtalsvakt.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The reports over REST in every format, the PDF read back with PDFBox, the calendar feed read back with biweekly,
 * the cost allocation, and report:run --out on the console.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ReportIT extends AvtalsvaktTestSupport {

    private static final List<String> KINDS = List.of("deadlines", "compliance", "cost-allocation", "sro-annual",
            "representatives");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Override
    @Configuration
    public Option[] config() {
        List<Option> options = new ArrayList<>(Arrays.asList(super.config()));
        options.add(systemProperty("avtalsvakt.itest.pdfbox.version").value(System.getProperty("pdfbox.version")));
        return options.toArray(new Option[0]);
    }

    @Before
    public void platformIsUp() throws Exception {
        awaitPlatform();
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .ignoreExceptions().until(() -> json(get("/api/v1/reports", "viewer")).size() >= 5);
    }

    private HttpResponse<byte[]> bytes(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + httpPort() + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        "viewer:viewer".getBytes(StandardCharsets.UTF_8)))
                .timeout(Duration.ofSeconds(60)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    public void theSupplierSectionsComeFromTheSupplierData() throws Exception {
        String p = uniqueId("rep");
        String deliveries = "delivery_id;order_id;care_provider;article;quantity;delivered_on;patient_ref\n"
                + p + "-d1;" + p + "-o1;lerum;A-1;1;2026-10-05;\n";
        assertEquals(200, post("/api/v1/suppliers/hjalpmedelscentralen/deliveries", "operator", "text/csv",
                deliveries).statusCode());
        String invoice = p + "-F";
        String lines = "invoice_id;line;order_id;care_provider;main_area;amount;invoice_date\n"
                + invoice + ";1;" + p + "-o1;lerum;Rörelsehinder;1000,00;2026-10-20\n"
                + invoice + ";2;" + p + "-o1;lerum;Rörelsehinder;1000,00;2026-10-20\n";
        assertEquals(200, post("/api/v1/suppliers/hjalpmedelscentralen/invoice-lines", "operator", "text/csv",
                lines).statusCode());

        JsonNode compliance = json(get("/api/v1/reports/compliance?year=2026&organisation=lerum&format=json",
                "viewer"));
        JsonNode checks = section(compliance, "Leveranskontroller inom fem arbetsdagar");
        assertTrue(checks.toString(), checks.get("rows").size() >= 1);
        assertEquals("lerum", checks.at("/rows/0/careProvider").asText());
        JsonNode discrepancies = section(compliance, "Avvikelser i fakturor");
        assertTrue(discrepancies.toString(), discrepancies.toString().contains(invoice)
                && discrepancies.toString().contains("DUPLICATE_LINE"));

        String costs = get("/api/v1/reports/cost-allocation?year=2026&format=csv", "viewer").body();
        assertTrue(costs, costs.contains("lerum") && costs.contains("Rörelsehinder"));
    }

    private static JsonNode section(JsonNode report, String title) {
        for (JsonNode s : report.get("sections")) {
            if (s.get("title").asText().equals(title)) {
                return s;
            }
        }
        throw new AssertionError("no section '" + title + "' in " + report);
    }

    @Test
    public void listsTheReportsWithSwedishTitlesAndFormats() throws Exception {
        JsonNode list = json(get("/api/v1/reports", "viewer"));
        List<String> kinds = new ArrayList<>();
        list.forEach(r -> kinds.add(r.get("kind").asText()));
        assertTrue(kinds.toString(), kinds.containsAll(KINDS));
        JsonNode sro = null;
        for (JsonNode r : list) {
            if (r.get("kind").asText().equals("sro-annual")) {
                sro = r;
            }
        }
        assertEquals("Årsrapport till SRO", sro.get("title").asText());
        assertTrue(sro.get("formats").toString(), sro.get("formats").toString().contains("pdf"));
        assertEquals(401, get("/api/v1/reports", null).statusCode());
    }

    @Test
    public void everyReportInEveryFormat() throws Exception {
        for (String kind : KINDS) {
            String q = "/api/v1/reports/" + kind + "?year=2026";
            HttpResponse<byte[]> json = bytes(q + "&format=json");
            assertEquals(kind, 200, json.statusCode());
            assertTrue(json.headers().firstValue("Content-Type").orElse(""), json.headers()
                    .firstValue("Content-Type").orElse("").startsWith("application/json"));
            assertTrue(json.headers().firstValue("Content-Disposition").orElse(""), json.headers()
                    .firstValue("Content-Disposition").orElse("").contains("avtalsvakt-" + kind + "-2026.json"));
            JsonNode tree = JSON.readTree(json.body());
            assertEquals(kind, tree.get("kind").asText());

            HttpResponse<byte[]> csv = bytes(q + "&format=csv");
            assertEquals(kind, 200, csv.statusCode());
            assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
            assertTrue(csv.headers().firstValue("Content-Disposition").orElse("").contains("attachment; filename="));
            assertEquals((byte) 0xEF, csv.body()[0]);
            String text = new String(csv.body(), StandardCharsets.UTF_8);
            assertTrue(text, text.contains(tree.get("title").asText()));

            HttpResponse<byte[]> pdf = bytes(q + "&format=pdf");
            assertEquals(kind, 200, pdf.statusCode());
            assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
            assertTrue(pdf.headers().firstValue("Content-Disposition").orElse("").contains(".pdf"));
            assertTrue(new String(pdf.body(), 0, 5, StandardCharsets.ISO_8859_1).startsWith("%PDF-"));
        }
        // the seeds' agreement is in the deadline calendar and the yearly report
        String deadlines = get("/api/v1/reports/deadlines?from=2026-01-01&to=2030-12-31&format=csv", "viewer").body();
        assertTrue(deadlines, deadlines.contains("Sista dag för uppsägning"));
        assertEquals(400, get("/api/v1/reports/deadlines?format=xlsx", "viewer").statusCode());
        assertEquals(404, get("/api/v1/reports/nope", "viewer").statusCode());
        assertEquals(400, get("/api/v1/reports/deadlines?from=2026-13-01", "viewer").statusCode());
    }

    @Test
    public void thePdfHoldsSwedishText() throws Exception {
        HttpResponse<byte[]> pdf = bytes("/api/v1/reports/sro-annual?year=2026&format=pdf");
        assertEquals(200, pdf.statusCode());
        for (String artifact : new String[] {"fontbox", "pdfbox"}) {
            String location = "mvn:org.apache.pdfbox/" + artifact + "/" + version("pdfbox");
            if (bundleContext.getBundle(location) == null) {
                bundleContext.installBundle(location).start();
            }
        }
        // text extraction may split a heading's first letter or wrap a cell: compare without white space
        String text = PdfText.of(pdf.body());
        String squeezed = text.replaceAll("\\s+", "");
        for (String expected : List.of("Årsrapport till SRO 2026", "Organens regelefterlevnad 2026",
                "Ledningsrådet för", "Hjälpmedelsforum,", "Kallelser i tid", "Samarbetsavtal för",
                "Leveranskontroller inom fem arbetsdagar")) {
            assertTrue(expected + " in\n" + text, squeezed.contains(expected.replaceAll("\\s+", "")));
        }
    }

    @Test
    public void theCalendarFeedParsesBackWithStableUids() throws Exception {
        HttpResponse<String> first = get("/api/v1/calendar.ics", "viewer");
        assertEquals(200, first.statusCode());
        assertTrue(first.headers().firstValue("Content-Type").orElse("").startsWith("text/calendar"));
        biweekly.ICalendar ical = biweekly.Biweekly.parse(first.body()).first();
        assertTrue(first.body(), ical.getEvents().size() > 0);
        List<String> uids = ical.getEvents().stream().map(e -> e.getUid().getValue()).toList();
        List<String> again = biweekly.Biweekly.parse(get("/api/v1/calendar.ics", "viewer").body()).first()
                .getEvents().stream().map(e -> e.getUid().getValue()).toList();
        assertEquals(uids, again);
        assertEquals(uids.size(), uids.stream().distinct().count());
        HttpResponse<String> body = get("/api/v1/calendar.ics?body=nobody-at-all", "viewer");
        assertEquals(200, body.statusCode());
        assertEquals(0, biweekly.Biweekly.parse(body.body()).first().getEvents().size());
    }

    private HttpResponse<String> head(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + httpPort() + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        "viewer:viewer".getBytes(StandardCharsets.UTF_8)))
                .timeout(Duration.ofSeconds(30)).method("HEAD", HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static List<String> categories(String feed) {
        return biweekly.Biweekly.parse(feed).first().getEvents().stream()
                .map(e -> e.getCategories().get(0).getValues().get(0)).toList();
    }

    @Test
    public void theCalendarFeedHasABoundedWindowAndFilters() throws Exception {
        HttpResponse<String> notices = get("/api/v1/calendar.ics?from=2026-01-01&to=2030-12-31"
                + "&kind=NOTICE_DEADLINE", "viewer");
        assertEquals(notices.body(), 200, notices.statusCode());
        List<String> kinds = categories(notices.body());
        assertTrue(notices.body(), !kinds.isEmpty());
        assertEquals(List.of("Sista dag för uppsägning"), kinds.stream().distinct().toList());
        List<String> two = categories(get("/api/v1/calendar.ics?from=2026-01-01&to=2030-12-31"
                + "&kind=NOTICE_DEADLINE,TERM_END&source=agreement", "viewer").body());
        // each kind as the agreement bundle names it
        assertTrue(two.toString(), two.contains("Avtalsperioden löper ut") && two.contains("Sista dag för uppsägning"));
        assertEquals(0, categories(get("/api/v1/calendar.ics?source=no-such-source", "viewer").body()).size());

        HttpResponse<String> tooLong = get("/api/v1/calendar.ics?from=2020-01-01&to=2031-01-01", "viewer");
        assertEquals(tooLong.body(), 400, tooLong.statusCode());
        assertTrue(tooLong.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertEquals("to", json(tooLong).at("/errors/0/path").asText());
        HttpResponse<String> badKind = get("/api/v1/calendar.ics?kind=not%20a%20kind", "viewer");
        assertEquals(400, badKind.statusCode());
        assertEquals("kind", json(badKind).at("/errors/0/path").asText());

        // HEAD: the headers of the feed, without a body (what the dashboard asks to see that a feed exists)
        HttpResponse<String> head = head("/api/v1/calendar.ics?organisation=boras");
        assertEquals(200, head.statusCode());
        assertTrue(head.headers().firstValue("Content-Type").orElse("").startsWith("text/calendar"));
        assertEquals("inline; filename=\"avtalsvakt-boras.ics\"", head.headers().firstValue("Content-Disposition")
                .orElse(""));
        assertEquals("", head.body());
        assertEquals(400, head("/api/v1/calendar.ics?from=2020-01-01&to=2031-01-01").statusCode());
    }

    @Test
    public void reportsAnswerHeadAndTheListIsPaged() throws Exception {
        HttpResponse<String> pdf = head("/api/v1/reports/sro-annual?year=2026&format=pdf");
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
        assertTrue(pdf.headers().firstValue("Content-Disposition").orElse(""), pdf.headers()
                .firstValue("Content-Disposition").orElse("").contains("avtalsvakt-sro-annual-2026.pdf"));
        assertEquals("", pdf.body());
        assertEquals(404, head("/api/v1/reports/nope").statusCode());
        assertEquals(400, head("/api/v1/reports/deadlines?format=xlsx").statusCode());

        HttpResponse<String> first = get("/api/v1/reports?limit=2", "viewer");
        assertEquals(200, first.statusCode());
        assertEquals(2, json(first).size());
        String link = first.headers().firstValue("Link").orElse("");
        assertTrue(link, link.endsWith(">; rel=\"next\""));
        String next = link.substring(link.indexOf("/api/v1/"), link.indexOf('>'));
        JsonNode second = json(get(next, "viewer"));
        assertTrue(second.toString(), second.size() >= 1);
        assertTrue("the second page starts after the first", second.get(0).get("kind").asText()
                .compareTo(json(first).get(1).get("kind").asText()) > 0);
        assertEquals(400, get("/api/v1/reports?limit=1001", "viewer").statusCode());
    }

    /** Sends {@code head} on a plain socket, then {@code body} from another thread; reads the answer. */
    private String exchange(String head, java.util.function.Consumer<java.io.OutputStream> body) throws Exception {
        try (java.net.Socket socket = new java.net.Socket("localhost", httpPort())) {
            socket.setSoTimeout(30_000);
            java.io.OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            Thread writer = new Thread(() -> body.accept(out));
            writer.setDaemon(true);
            writer.start();
            java.io.BufferedReader in = new java.io.BufferedReader(new java.io.InputStreamReader(
                    socket.getInputStream(), StandardCharsets.UTF_8));
            StringBuilder answer = new StringBuilder();
            int length = -1;
            for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
                answer.append(line).append('\n');
                if (line.toLowerCase(java.util.Locale.ROOT).startsWith("content-length:")) {
                    length = Integer.parseInt(line.substring(15).trim());
                }
            }
            answer.append('\n');
            char[] buffer = new char[8192];
            int left = length < 0 ? Integer.MAX_VALUE : length; // no length: the body ends where the connection does
            for (int n; left > 0 && (n = in.read(buffer, 0, Math.min(buffer.length, left))) >= 0; left -= n) {
                answer.append(buffer, 0, n);
            }
            return answer.toString();
        }
    }

    private static String authorization(String user) {
        return "Authorization: Basic " + Base64.getEncoder().encodeToString((user + ":" + user)
                .getBytes(StandardCharsets.UTF_8)) + "\r\n";
    }

    @Test
    public void anOversizedBodyIsRefusedWith413WithoutBeingRead() throws Exception {
        // 300 MB announced and sent as fast as the server takes it: refused by its length, not after reading it
        java.util.concurrent.atomic.AtomicLong sent = new java.util.concurrent.atomic.AtomicLong();
        String declared = exchange("POST /api/v1/cost-allocations HTTP/1.1\r\nHost: localhost\r\n"
                + authorization("operator") + "Content-Type: application/json\r\nContent-Length: 300000000\r\n\r\n",
                out -> {
                    byte[] chunk = new byte[64 * 1024];
                    try {
                        while (sent.get() < 300_000_000L) {
                            out.write(chunk);
                            sent.addAndGet(chunk.length);
                        }
                    } catch (java.io.IOException e) {
                        // the server closed the connection after refusing: expected
                    }
                });
        assertTrue(declared, declared.startsWith("HTTP/1.1 413"));
        assertTrue(declared, declared.toLowerCase(java.util.Locale.ROOT).contains("connection: close"));
        assertTrue(declared, declared.contains("application/problem+json")
                && declared.contains("the request body is larger than the 1 MiB accepted here"));

        // chunked, so no length to go by: refused while reading, once past 1 MiB
        String chunked = exchange("POST /api/v1/cost-allocations HTTP/1.1\r\nHost: localhost\r\n"
                + authorization("operator") + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n",
                out -> {
                    byte[] chunk = new byte[64 * 1024];
                    java.util.Arrays.fill(chunk, (byte) 'a');
                    byte[] size = (Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII);
                    try {
                        out.write("1c\r\n{\"year\": 2025, \"mainArea\": \"\r\n".getBytes(StandardCharsets.US_ASCII));
                        for (int i = 0; i < 64; i++) { // 4 MiB, more than the server will read
                            out.write(size);
                            out.write(chunk);
                            out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                        }
                        out.flush();
                    } catch (java.io.IOException e) {
                        // the server closed the connection after refusing: expected
                    }
                });
        assertTrue(chunked, chunked.startsWith("HTTP/1.1 413"));
        assertTrue(chunked, chunked.contains("the request body is larger than the 1 MiB accepted here"));
        assertTrue("the announced body was not read through: " + sent.get(), sent.get() < 300_000_000L);

        // within the limit nothing changes
        assertEquals(200, post("/api/v1/cost-allocations", "operator", "{\"year\": 2025, \"mainArea\":"
                + " \"Rörelsehinder\", \"netResult\": \"1.00\", \"costs\": [{\"careProvider\": \"lerum\","
                + " \"cost\": \"1.00\"}]}").statusCode());
    }

    @Test
    public void costAllocationAddsUpAndNamesBadFields() throws Exception {
        HttpResponse<String> ok = post("/api/v1/cost-allocations", "operator", "{\"year\": 2025, \"mainArea\":"
                + " \"Rörelsehinder\", \"netResult\": \"100.00\", \"costs\": [{\"careProvider\": \"goteborg\","
                + " \"cost\": \"1.00\"}, {\"careProvider\": \"boras\", \"cost\": \"1.00\"}, {\"careProvider\":"
                + " \"mark\", \"cost\": \"1.00\"}]}");
        assertEquals(ok.body(), 200, ok.statusCode());
        JsonNode a = json(ok);
        assertEquals("100.00", a.get("total").asText());
        // 10000 öre in thirds: 3333 each and the one öre left to the first by id on equal remainders and costs
        assertEquals("33.33", a.at("/allocations/0/amount").asText());
        assertEquals("33.34", a.at("/allocations/1/amount").asText());
        assertEquals("33.33", a.at("/allocations/2/amount").asText());
        assertEquals("0.333333", a.at("/allocations/0/share").asText());

        HttpResponse<String> bad = post("/api/v1/cost-allocations", "operator", "{\"year\": 2025, \"mainArea\":"
                + " \"X\", \"netResult\": \"1.00\", \"costs\": [{\"careProvider\": \"a\", \"cost\": \"1.00\"},"
                + " {\"careProvider\": \"b\", \"cost\": \"1.00\"}, {\"careProvider\": \"c\", \"cost\": \"-1\"}]}");
        assertEquals(bad.body(), 400, bad.statusCode());
        assertTrue(bad.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertTrue(bad.body(), bad.body().contains("costs[2].cost"));
        HttpResponse<String> zero = post("/api/v1/cost-allocations", "operator", "{\"year\": 2025, \"mainArea\":"
                + " \"Rörelsehinder\", \"netResult\": \"1.00\", \"costs\": [{\"careProvider\": \"lerum\","
                + " \"cost\": \"0\"}]}");
        assertEquals(400, zero.statusCode());
        assertTrue(zero.body(), zero.body().contains("summed cost is zero"));
        assertEquals(403, post("/api/v1/cost-allocations", "viewer", "{}").statusCode());
    }

    @Test
    public void costAllocationRefusesOrganisationsAndMainAreasOutsideTheAgreement() throws Exception {
        HttpResponse<String> bad = post("/api/v1/cost-allocations", "operator", "{\"year\": 2025, \"mainArea\":"
                + " \"Rullstolar\", \"netResult\": \"100.00\", \"costs\": [{\"careProvider\": \"lerum\","
                + " \"cost\": \"1.00\"}, {\"careProvider\": \"oslo\", \"cost\": \"1.00\"},"
                + " {\"careProvider\": \"hjalpmedelscentralen\", \"cost\": \"1.00\"}]}");
        assertEquals(bad.body(), 400, bad.statusCode());
        assertTrue(bad.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        JsonNode problems = json(bad);
        assertTrue(bad.body(), problems.toString().contains("\"mainArea\"")
                && problems.toString().contains("'Rullstolar' is not one of the main areas"));
        assertTrue(bad.body(), problems.toString().contains("costs[1].careProvider")
                && problems.toString().contains("'oslo' is not a care provider"));
        // the executor is a party, but not a care provider
        assertTrue(bad.body(), problems.toString().contains("costs[2].careProvider"));
        assertTrue(bad.body(), !problems.toString().contains("costs[0]"));

        HttpResponse<String> upload = post("/api/v1/reports/cost-allocation?year=2025&format=json", "operator",
                "text/csv", "care_provider;main_area;cost\nlerum;Rörelsehinder;1\noslo;Rörelsehinder;1\n");
        assertEquals(upload.body(), 400, upload.statusCode());
        assertTrue(upload.body(), upload.body().contains("costs line 3") && upload.body().contains("'oslo'"));
    }

    @Test
    public void costAllocationLeavesFlaggedInvoiceLinesOutAndANetResultNeedsCosts() throws Exception {
        String p = uniqueId("cost");
        String deliveries = "delivery_id;order_id;care_provider;article;quantity;delivered_on;patient_ref\n"
                + p + "-d1;" + p + "-o1;alingsas;A-1;1;2023-03-01;\n"
                + p + "-d2;" + p + "-o2;lerum;A-1;1;2023-03-01;\n";
        assertEquals(200, post("/api/v1/suppliers/hjalpmedelscentralen/deliveries", "operator", "text/csv",
                deliveries).statusCode());
        String invoice = p + "-F";
        String lines = "invoice_id;line;order_id;care_provider;main_area;amount;invoice_date\n"
                + invoice + ";1;" + p + "-o1;alingsas;Rörelsehinder;3000,00;2023-03-10\n"
                + invoice + ";2;" + p + "-o1;alingsas;Rörelsehinder;3000,00;2023-03-10\n" // billed twice
                + invoice + ";3;" + p + "-o9;alingsas;Rörelsehinder;500,00;2023-03-10\n" // never delivered
                + invoice + ";4;" + p + "-o2;lerum;Rörelsehinder;1000,00;2023-03-10\n";
        assertEquals(200, post("/api/v1/suppliers/hjalpmedelscentralen/invoice-lines", "operator", "text/csv",
                lines).statusCode());

        HttpResponse<String> ok = get("/api/v1/reports/cost-allocation?year=2023&format=json"
                + "&netResults=R%C3%B6relsehinder=400,00", "viewer");
        assertEquals(ok.body(), 200, ok.statusCode());
        JsonNode report = json(ok);
        assertEquals("2", report.at("/parameters/Utelämnade fakturarader").asText());
        JsonNode area = section(report, "Huvudområde Rörelsehinder");
        assertEquals("alingsas", area.at("/rows/0/careProvider").asText());
        assertEquals("3000.00", area.at("/rows/0/cost").asText());
        assertEquals("300.00", area.at("/rows/0/amount").asText());
        assertEquals("100.00", area.at("/rows/1/amount").asText());
        JsonNode excluded = section(report, "Fakturarader utanför kostnadsunderlaget 2023");
        assertEquals(excluded.toString(), 2, excluded.get("rows").size());
        assertTrue(excluded.toString(), excluded.get("note").asText().startsWith("2 fakturarader på sammanlagt ")
                && excluded.get("note").asText().contains("500,00 kr ingår inte i kostnadsunderlaget"));

        HttpResponse<String> noCosts = get("/api/v1/reports/cost-allocation?year=2023&format=json"
                + "&netResults=Medicinsk%20behandling=500,00", "viewer");
        assertEquals(noCosts.body(), 400, noCosts.statusCode());
        assertTrue(noCosts.body(), noCosts.body().contains("netResults")
                && noCosts.body().contains("'Medicinsk behandling' has a net result of 500.00 but no costs in 2023"));
    }

    @Test
    public void consoleRunsAReportToAFile() throws Exception {
        String list = console("report:list");
        assertTrue(list, list.contains("sro-annual") && list.contains("Årsrapport till SRO"));
        Path out = Files.createTempDirectory("reports").resolve("sro.pdf");
        String run = console("report:run --year 2026 --format pdf --out " + out + " sro-annual");
        assertTrue(run, run.contains("Wrote"));
        byte[] pdf = Files.readAllBytes(out);
        assertTrue(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1).startsWith("%PDF-"));
        String csv = console("report:run --format csv deadlines");
        assertTrue(csv, csv.contains("Tidsfrister"));
        String bad = console("report:run --format pdf deadlines");
        assertTrue(bad, bad.contains("--out"));
    }

    /** Loaded only once PDFBox is installed in the container. */
    static final class PdfText {
        static String of(byte[] pdf) throws Exception {
            try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.pdmodel.PDDocument.load(pdf)) {
                org.apache.pdfbox.text.PDFTextStripper stripper = new org.apache.pdfbox.text.PDFTextStripper();
                stripper.setSortByPosition(true);
                return stripper.getText(doc);
            }
        }
    }
}

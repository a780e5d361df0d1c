package se.avtalsvakt.itests;

import static org.awaitility.Awaitility.await;
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
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.inject.Inject;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.service.cm.ConfigurationAdmin;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The web dashboard in a real browser: Debian's headless Chromium, driven over the DevTools protocol, against the
 * running distribution — log in, see the seed agreement and its timeline, acknowledge an alert, download a CSV —
 * with screenshots under target/dashboard/. And the files' HTTP headers, without a browser.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class DashboardIT extends AvtalsvaktTestSupport {

    static final String BUILD_DIRECTORY = "avtalsvakt.itest.buildDirectory";
    static final String AGREEMENT = "samarbetsavtal-hjalpmedel";
    static final String SUPPLIER = "hjalpmedelscentralen";

    @Inject
    protected ConfigurationAdmin configurationAdmin;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Override
    @Configuration
    public Option[] config() {
        Option[] base = super.config();
        Option[] all = Arrays.copyOf(base, base.length + 1);
        all[base.length] = systemProperty(BUILD_DIRECTORY).value(
                System.getProperty(BUILD_DIRECTORY, Path.of("target").toAbsolutePath().toString()));
        return all;
    }

    @Before
    public void platformIsUp() {
        awaitPlatform();
    }

    private HttpResponse<String> raw(String path, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + httpPort() + path))
                .timeout(Duration.ofSeconds(30));
        if (headers.length > 0) {
            b.headers(headers);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    public void thePageAndItsFilesAreServedAtTheRootWithCachingHeadersAndTheApiKeepsItsLogin() throws Exception {
        HttpResponse<String> page = raw("/");
        assertEquals(200, page.statusCode());
        assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertEquals("no-cache", page.headers().firstValue("Cache-Control").orElse(""));
        assertTrue(page.headers().firstValue("Content-Security-Policy").orElse("").contains("default-src 'self'"));
        assertTrue(page.body().contains("<html lang=\"sv\""));
        Matcher script = Pattern.compile("src=\"(/assets/[0-9a-f]+/js/app\\.js)\"").matcher(page.body());
        assertTrue(page.body(), script.find());

        HttpResponse<String> js = raw(script.group(1), "Accept-Encoding", "identity");
        assertEquals(200, js.statusCode());
        assertTrue(js.headers().firstValue("Content-Type").orElse("").startsWith("text/javascript"));
        assertTrue(js.headers().firstValue("Cache-Control").orElse("").contains("immutable"));
        String etag = js.headers().firstValue("ETag").orElseThrow();
        assertEquals(304, raw(script.group(1), "If-None-Match", etag).statusCode());
        assertEquals("gzip", raw(script.group(1), "Accept-Encoding", "gzip").headers()
                .firstValue("Content-Encoding").orElse(""));

        assertEquals(404, raw("/assets/0/js/nope.js").statusCode());
        // the dashboard is the default servlet: /api stays the API's, behind its login
        assertEquals(401, raw("/api/v1/agreements").statusCode());
        JsonNode me = json(get("/api/v1/me", "operator"));
        assertEquals("operator", me.get("user").asText());
        assertEquals(List.of("viewer", "operator"), JSON.convertValue(me.get("roles"), List.class));
        assertEquals(List.of("viewer"), JSON.convertValue(json(get("/api/v1/me", "viewer")).get("roles"), List.class));
    }

    @Test
    public void anOfficialLogsInSeesTheAgreementsTimelineAcknowledgesAnAlertAndDownloadsACsv() throws Exception {
        // an open alert: on 2027-10-01 the notice deadline 2028-09-29 of the seed agreement is a year away
        org.osgi.service.cm.Configuration clock = configurationAdmin.getConfiguration("se.avtalsvakt.clock", null);
        setDate(clock, "2027-10-01");
        await().atMost(Duration.ofSeconds(30)).ignoreExceptions().until(() -> json(
                get("/api/v1/calendar/working-days?add=0", "viewer")).get("from").asText().equals("2027-10-01"));
        await().atMost(Duration.ofSeconds(60)).ignoreExceptions().until(() -> openAlert() != null);
        long alertId = openAlert().get("id").asLong();
        // and an agreement given notice on time: it ends with its second term, 2027-12-31
        String noticed = uniqueId("uppsagt");
        assertEquals(201, post("/api/v1/agreements", "operator", agreementJson(noticed, "Uppsagt leveransavtal"))
                .statusCode());
        assertEquals(201, post("/api/v1/agreements/" + noticed + "/terminations", "operator",
                "{\"party\": \"goteborg\", \"receivedOn\": \"2027-05-02\", \"written\": true}").statusCode());

        // Lilla Edet gives notice in time for the end of the third term: it leaves after 2029-09-30, the other 50
        // parties stay
        assertEquals(201, post("/api/v1/agreements/" + AGREEMENT + "/terminations", "operator",
                "{\"party\": \"lilla-edet\", \"receivedOn\": \"2027-09-15\", \"written\": true}").statusCode());
        // and a revision in a specification's change log
        String diary = uniqueId("HMC");
        HttpResponse<String> revised = post("/api/v1/agreements/" + AGREEMENT + "/revisions", "operator",
                "{\"document\": \"tjanster\", \"diaryNumber\": \"" + diary + "\", \"decidedOn\": \"2027-09-01\","
                        + " \"effectiveFrom\": \"2027-10-01\", \"summary\": \"Ny rutin för returer\"}");
        assertEquals(revised.body(), 201, revised.statusCode());

        Path out = Path.of(System.getProperty(BUILD_DIRECTORY), "dashboard");
        Path downloads = out.resolve("downloads");
        String root = "http://localhost:" + httpPort() + "/";
        try (Chromium browser = Chromium.launch(Files.createDirectories(out.resolve("browser")), downloads)) {
            browser.open(root);
            browser.awaitTrue("the login form", "document.querySelector('#login-form')");
            browser.screenshot(out.resolve("01-inloggning.png"));

            // a wrong password: a message, no browser dialog
            browser.type("#login-user", "operator");
            browser.type("#login-password", "fel");
            browser.press("Enter", 13);
            browser.awaitTrue("the wrong-login message", "!document.querySelector('#login-error').hidden"
                    + " && document.querySelector('#login-error').textContent.includes('Fel användarnamn')");

            // a viewer sees the open alerts but no button to acknowledge them
            logIn(browser, "viewer");
            browser.awaitTrue("the open alerts for a viewer",
                    "document.querySelector('[data-alert=\"" + alertId + "\"]')");
            assertEquals(0, browser.eval("document.querySelectorAll('[data-ack]').length").asInt());
            browser.click("#logout");
            browser.awaitTrue("the login form after logging out", "document.querySelector('#login-form')");

            // an operator acknowledges it with one click
            logIn(browser, "operator");
            // the login lasts while the tab is open: a fresh load starts on the overview, and by keyboard the first
            // Tab reaches the skip link, Enter moves the focus to the content
            browser.open(root);
            browser.awaitTrue("the overview after reloading",
                    "document.querySelector('h1')?.textContent === 'Översikt'");
            browser.press("Tab", 9);
            assertEquals("skip-link", browser.eval("document.activeElement.id").asText());
            browser.press("Enter", 13);
            assertEquals("main", browser.eval("document.activeElement.id").asText());
            // the page's own CSV writer: semicolons, quotes and line breaks quoted, quotes doubled
            assertEquals("\uFEFFa;b\r\n\"x;y\";\"say \"\"hi\"\"\"\r\n\"two\nlines\";\r\n", browser.eval(
                    "import(document.querySelector('script[type=module]').src.replace('/app.js', '/dom.js'))"
                    + ".then(m => m.toCsv(['a', 'b'], [['x;y', 'say \"hi\"'], ['two\\nlines', null]]))").asText());
            // and kept inert for spreadsheets, as the server's CSV: a formula stays text, a number stays a number
            assertEquals("'=SUMMA(A1);'@x;-12.5", browser.eval(
                    "import(document.querySelector('script[type=module]').src.replace('/app.js', '/dom.js'))"
                    + ".then(m => [m.csvCell('=SUMMA(A1)'), m.csvCell('@x'), m.csvCell(-12.5)].join(';'))").asText());
            String button = "[data-ack=\"" + alertId + "\"]";
            browser.awaitTrue("the acknowledge button", "document.querySelector('" + button + "')");
            browser.awaitTrue("the deadlines", "document.querySelector('[data-csv^=\"tidsfrister\"]')");
            // the notice deadline on a Saturday: the day to act and the contractual day, both in words
            String both = "document.querySelector('#tidsfrister [data-practical-date=\"2028-09-29\"] .both-dates')";
            browser.awaitTrue("both dates of the Saturday notice deadline", both);
            assertEquals("senast fredag 29 september 2028 — sista dag enligt avtalet lördag 30 september 2028",
                    browser.eval(both + ".textContent").asText());
            browser.screenshot(out.resolve("02-oversikt.png"));
            browser.click(button);
            browser.awaitTrue("the acknowledged row", "document.querySelector('tr[data-alert=\"" + alertId
                    + "\"]').textContent.includes('Kvitterat av operator')");
            JsonNode acknowledged = json(get("/api/v1/alerts/" + alertId, "viewer"));
            assertEquals("ACKNOWLEDGED", acknowledged.get("state").asText());
            assertEquals("operator", acknowledged.get("acknowledgedBy").asText());
            browser.screenshot(out.resolve("03-kvitterat.png"));

            // the coming twelve months' deadlines as CSV for Swedish Excel
            browser.click("[data-csv^=\"tidsfrister\"]");
            Path csv = downloads.resolve("tidsfrister-2027-10-01.csv");
            await("the CSV download " + csv).atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                    .until(() -> Files.exists(csv) && Files.size(csv) > 0);
            String text = Chromium.utf8(csv);
            assertTrue("UTF-8 with BOM", text.startsWith("\uFEFF"));
            assertTrue(text, text.lines().findFirst().orElse("").contains("Avser;Datum;Vad;Ansvarig;Beskrivning"));
            assertTrue(text, text.contains("Samarbetsavtal för försörjning av personliga hjälpmedel;2028-09-29;"
                    + "Sista dag för uppsägning;Politisk beredningsgrupp för hjälpmedelsfrågor"));

            // the register and the seed agreement's timeline
            browser.click("a[href=\"#/avtal\"]");
            String link = "a[href=\"#/avtal/" + AGREEMENT + "\"]";
            browser.awaitTrue("the agreement in the list", "document.querySelector('" + link + "')");
            String left = "document.querySelector('[data-parties-left=\"" + AGREEMENT + "\"]').textContent";
            assertEquals("50 av 51 parter kvar från 1 oktober 2029", browser.eval(left).asText());
            browser.screenshot(out.resolve("04-avtal.png"));
            // the title wraps over several lines in its column: follow the link itself rather than clicking the
            // geometric middle of its box, which can fall between two lines of text
            browser.eval("document.querySelector('" + link + "').click()");
            String svg = "document.querySelector('svg.timeline[data-agreement=\"" + AGREEMENT + "\"]')";
            browser.awaitTrue("the timeline", svg + " && " + svg + ".querySelectorAll('.term').length >= 4");
            assertEquals("the terms from 2017 to the one after today's", 5,
                    browser.eval(svg + ".querySelectorAll('.term').length").asInt());
            assertEquals(1, browser.eval(svg + ".querySelectorAll('.term.current').length").asInt());
            assertTrue(browser.eval(svg + ".querySelectorAll('.notice-deadline').length").asInt() >= 4);
            assertTrue("the next notice deadline is marked", browser.eval(svg
                    + ".querySelector('.notice-deadline[data-date=\"2028-09-29\"]') !== null").asBoolean());
            assertTrue(browser.eval(svg + ".querySelector('.today') !== null").asBoolean());
            String seedHeadline = browser.eval("document.querySelector('.headline').textContent").asText();
            assertTrue(seedHeadline, seedHeadline.contains("senast fredag 29 september 2028 — sista dag enligt avtalet"
                    + " lördag 30 september 2028"));
            // a municipality's notice ends only its own participation: the call to give notice stays, and the
            // timeline shows who leaves when
            assertTrue(browser.eval(svg + ".querySelector('.callout').textContent").asText()
                    .startsWith("Säg upp senast"));
            assertTrue(browser.eval(svg + ".querySelector('.party-leaves[data-date=\"2029-09-30\"] title')"
                    + ".textContent").asText().contains("Lilla Edet lämnar avtalet efter 30 september 2029"));
            assertEquals(0, browser.eval(svg + ".querySelectorAll('.agreement-end').length").asInt());
            browser.awaitTrue("the agreement's sections", "document.querySelectorAll('[aria-busy]').length === 0");
            // the parties, by name, with their participation in Swedish
            assertEquals(51, browser.eval("document.querySelectorAll('#parter tr[data-party]').length").asInt());
            String lillaEdet = browser.eval("document.querySelector('#parter tr[data-party=\"lilla-edet\"]')"
                    + ".textContent").asText();
            assertTrue(lillaEdet, lillaEdet.contains("Lilla Edet") && lillaEdet.contains("uppsagt")
                    && lillaEdet.contains("30 september 2029"));
            String vgr = browser.eval("document.querySelector('#parter tr[data-party=\"vgr\"]').textContent").asText();
            assertTrue(vgr, vgr.contains("Västra Götalandsregionen") && vgr.contains("deltar")
                    && vgr.contains("tills vidare"));
            assertTrue(browser.eval("document.querySelector('#parter .lead').textContent").asText()
                    .startsWith("51 av 51 parter deltar i dag"));
            // the change log of each document, with the revision just added
            String revision = browser.eval("document.querySelector('#andringslogg [data-specification=\"tjanster\"]"
                    + " tr[data-revision=\"" + diary + "\"]').textContent").asText();
            assertTrue(revision, revision.contains("Ny rutin för returer") && revision.contains("1 okt. 2027"));
            browser.screenshot(out.resolve("05-avtal-tidslinje.png"));

            // the school agreement's decision history, from the reference data: bodies and dates, oldest first
            browser.open(root + "#/avtal/overenskommelse-skola");
            browser.awaitTrue("the school agreement's decision history",
                    "document.querySelectorAll('#beslutsgang tbody tr').length === 6");
            String first = browser.eval("document.querySelector('#beslutsgang tbody tr').textContent").asText();
            assertTrue(first, first.contains("9 dec. 2020") && first.contains("Ledningsråd"));
            String signed = browser.eval("document.querySelector('#beslutsgang tbody tr:last-child').textContent")
                    .asText();
            assertTrue(signed, signed.contains("13 apr. 2022") && signed.contains("Undertecknad av samtliga parter"));

            // an agreement given notice: the notice and the end it causes are in its picture
            browser.open(root + "#/avtal/" + noticed);
            String other = "document.querySelector('svg.timeline[data-agreement=\"" + noticed + "\"]')";
            browser.awaitTrue("the noticed agreement's timeline", other + " && " + other
                    + ".querySelector('.notice.effective') && " + other + ".querySelector('.agreement-end')");
            assertEquals(2, browser.eval(other + ".querySelectorAll('.term').length").asInt());
            // given notice for the whole agreement: no call to give notice
            assertTrue(browser.eval(other + ".querySelector('.callout') === null").asBoolean());
            String headline = browser.eval("document.querySelector('.headline').textContent").asText();
            assertTrue(headline, headline.contains("upphör fre 31 dec. 2027")
                    && headline.contains("efter uppsägning"));
            browser.awaitTrue("the agreement's sections", "document.querySelectorAll('[aria-busy]').length === 0");
            browser.screenshot(out.resolve("06-avtal-uppsagt.png"));

            // the other pages load, and degrade with a message where their API is missing
            for (String[] pageAndShot : new String[][] {{"#/efterlevnad", "07-efterlevnad.png"},
                    {"#/leverantorer", "08-leverantorsdata.png"}, {"#/rapporter", "09-rapporter.png"}}) {
                browser.click("a[href=\"" + pageAndShot[0] + "\"]");
                browser.awaitTrue(pageAndShot[0] + " loaded", "location.hash === '" + pageAndShot[0] + "'"
                        + " && document.querySelectorAll('.section-body').length > 0"
                        + " && document.querySelectorAll('[aria-busy]').length === 0");
                assertEquals(pageAndShot[0] + ": " + browser.eval("document.querySelector('main').innerText").asText(),
                        0, browser.eval("document.querySelectorAll('.notice.error').length").asInt());
                browser.screenshot(out.resolve(pageAndShot[1]));
            }
            // compliance in words and numbers: on track, at risk, met or missed, never a code
            browser.open(root + "#/efterlevnad");
            browser.awaitTrue("the bodies' compliance", "document.querySelectorAll('.body-card [data-state]').length > 0"
                    + " && document.querySelectorAll('[aria-busy]').length === 0");
            String states = browser.eval("[...document.querySelectorAll('.body-card [data-state]')]"
                    + ".map(e => e.textContent).join('|')").asText();
            assertTrue(states, Arrays.stream(states.split("\\|")).allMatch(t -> List.of("på väg", "risk",
                    "uppfyllt", "ej uppfyllt").contains(t)));
            String compliance = browser.eval("document.querySelector('main').innerText").asText();
            assertTrue(compliance, !compliance.contains("COMPLIANT") && !compliance.contains("ON_TRACK")
                    && compliance.contains(" av ") && compliance.contains("möten"));
            browser.click("a[href=\"#/rapporter\"]");
            // a report's CSV, made by the platform's reporting bundle, for Swedish Excel
            String csvButton = "[data-report][data-format=\"csv\"]";
            String findIt = "document.querySelector('" + csvButton + "')";
            browser.awaitTrue("a report to download as CSV", findIt);
            String kind = browser.eval(findIt + ".dataset.report").asText();
            browser.click(csvButton);
            Path report = downloads.resolve(kind + "-2027.csv");
            await("the report download " + report).atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofMillis(200))
                    .until(() -> Files.exists(report) && Files.size(report) > 0);
            byte[] reportBytes = Files.readAllBytes(report);
            assertEquals("a BOM for Excel", (byte) 0xEF, reportBytes[0]);
            String reportText = new String(reportBytes, StandardCharsets.UTF_8);
            String title = json(get("/api/v1/reports/" + kind + "?year=2027&format=json", "viewer")).get("title")
                    .asText();
            assertTrue(reportText, reportText.contains(title));

            // a tablet held upright
            browser.viewport(800, 1100);
            browser.open(root + "#/avtal/" + AGREEMENT);
            browser.awaitTrue("the timeline on a tablet", svg);
            browser.screenshot(out.resolve("10-avtal-surfplatta.png"));

            assertEquals("JavaScript errors in the page", List.of(), browser.problems());
        }
        try (Stream<Path> shots = Files.list(out)) {
            // the numbered screenshots; a failure screenshot of an earlier run may lie beside them
            assertEquals(10, shots.filter(p -> p.getFileName().toString().matches("\\d\\d-.*\\.png")).count());
        }
    }

    @Test
    public void aListOfMoreThanAPageShowsAPageAndVisaFlerTheNextAndAnAlertLinksToExactlyTheDeliveriesBehindIt()
            throws Exception {
        // 150 deliveries to Lerum and 3 to Ale on Monday 2 November 2026, none checked: their five working days have
        // passed on the itest's 22 November (and on any later day the other test sets)
        String p = uniqueId("many");
        StringBuilder csv = new StringBuilder("delivery_id;order_id;care_provider;article;quantity;delivered_on;"
                + "patient_ref\n");
        for (int i = 1; i <= 150; i++) {
            csv.append(String.format("%s-%03d;O-%d;lerum;A-1;1;2026-11-02;%n", p, i, i));
        }
        for (int i = 1; i <= 3; i++) {
            csv.append(String.format("%s-x-%d;O-x-%d;ale;A-1;1;2026-11-02;%n", p, i, i));
        }
        HttpResponse<String> receipt = post("/api/v1/suppliers/" + SUPPLIER + "/deliveries", "operator", "text/csv",
                csv.toString());
        assertEquals(receipt.body(), 153, json(receipt).get("stored").asInt());
        // the API answers a page and links the next
        HttpResponse<String> first = get("/api/v1/deliveries?unchecked=true", "viewer");
        assertEquals(100, json(first).size());
        assertTrue(first.headers().firstValue("Link").orElse(""),
                first.headers().firstValue("Link").orElse("").endsWith("; rel=\"next\""));
        // one alert for Lerum's 150, raised by the scan the import starts
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).ignoreExceptions()
                .until(() -> uncheckedAlert("lerum/" + SUPPLIER + "/") != null);
        String subject = uncheckedAlert("lerum/" + SUPPLIER + "/").get("subject").asText();
        String checkDue = subject.substring(subject.lastIndexOf('/') + 1);

        Path out = Path.of(System.getProperty(BUILD_DIRECTORY), "dashboard", "paging");
        String root = "http://localhost:" + httpPort() + "/";
        String rows = "document.querySelectorAll('#leveranser tr[data-delivery]')";
        String status = "document.querySelector('#leveranser .paging-status').textContent";
        String more = "#leveranser [data-more]";
        try (Chromium browser = Chromium.launch(Files.createDirectories(out.resolve("browser")),
                out.resolve("downloads"))) {
            browser.open(root);
            logIn(browser, "viewer");

            // all unchecked deliveries: the first 100, and the next 53 on "Visa fler"
            browser.open(root + "#/leverantorer");
            browser.awaitTrue("the first page of unchecked deliveries", rows + ".length === 100");
            assertEquals("Visar 100 okontrollerade leveranser. Det finns fler.", browser.eval(status).asText());
            assertEquals("Visa fler okontrollerade leveranser",
                    browser.eval("document.querySelector('" + more + "').getAttribute('aria-label')").asText());
            browser.screenshot(out.resolve("01-leveranser-forsta-sidan.png"));
            browser.click(more);
            browser.awaitTrue("the next page of unchecked deliveries", rows + ".length === 153");
            assertEquals("Visar alla 153 okontrollerade leveranser.", browser.eval(status).asText());
            assertTrue(browser.eval("document.querySelector('" + more + "').hidden").asBoolean());
            assertEquals("no delivery twice", 153, browser.eval("new Set([..." + rows
                    + "].map(r => r.dataset.delivery)).size").asInt());
            // the keyboard goes on at the first new row: by date, supplier and id, the 101st of Lerum's
            assertEquals(p + "-101", browser.eval("document.activeElement.closest('tr').dataset.delivery").asText());
            String lerum = browser.eval("document.querySelector('#leveranser tr[data-delivery=\"" + p + "-001\"]')"
                    + ".textContent").asText();
            assertTrue("names, not ids: " + lerum, lerum.contains("Lerum") && lerum.contains("Hjälpmedelscentralen"));
            browser.screenshot(out.resolve("02-leveranser-alla.png"));

            // the alert on the start page links to exactly the deliveries behind it: Lerum's 150, not Ale's 3
            browser.open(root + "#/");
            String link = "document.querySelector('#larm a[data-unchecked-deliveries=\"" + subject + "\"]')";
            browser.awaitTrue("the unchecked-deliveries alert's link", link);
            browser.eval(link + ".click()");
            browser.awaitTrue("the deliveries behind the alert", "location.hash.startsWith('#/leverantorer?')"
                    + " && document.querySelector('#leveranser-urval') && " + rows + ".length === 100");
            String selection = browser.eval("document.querySelector('#leveranser-urval').textContent").asText();
            assertTrue(selection, selection.contains("från Hjälpmedelscentralen") && selection.contains("till Lerum")
                    && selection.contains(longSwedishDate(checkDue)));
            browser.click(more);
            browser.awaitTrue("the rest of the deliveries behind the alert", rows + ".length === 150"
                    + " && document.querySelector('" + more + "').hidden");
            assertEquals("only Lerum's", 0, browser.eval("[..." + rows + "].filter(r => r.dataset.delivery"
                    + ".startsWith('" + p + "-x-')).length").asInt());
            browser.screenshot(out.resolve("03-leveranser-for-larmet.png"));

            // the register filtered by the API: the seed agreement is a cooperation agreement with Lerum as a party
            String seed = "document.querySelector('#avtal tr[data-agreement=\"" + AGREEMENT + "\"]')";
            String loaded = "document.querySelector('#avtal-filter') && document.querySelectorAll('[aria-busy]')"
                    + ".length === 0";
            browser.open(root + "#/avtal?typ=COOPERATION_AGREEMENT&part=lerum");
            browser.awaitTrue("the register filtered on kind and party", loaded + " && " + seed);
            assertEquals("COOPERATION_AGREEMENT", browser.eval("document.querySelector('#avtal-typ').value").asText());
            assertEquals("lerum", browser.eval("document.querySelector('#avtal-part').value").asText());
            browser.open(root + "#/avtal?typ=SUPPLY_CONTRACT&part=lerum");
            browser.awaitTrue("the register filtered on another kind", loaded);
            assertTrue(browser.eval(seed + " === null").asBoolean());

            // every page's calls to the API: each list with a limit, the calendar feed asked for with HEAD only, no
            // report downloaded unasked (the pages are followed in the same document, so the record stays)
            browser.eval("(() => { window.calls = []; const f = window.fetch; window.fetch = (url, options) => {"
                    + " window.calls.push((options?.method ?? 'GET') + ' ' + url); return f(url, options); }; })()");
            for (String hash : List.of("#/", "#/avtal", "#/avtal/" + AGREEMENT, "#/efterlevnad", "#/leverantorer",
                    "#/rapporter")) {
                browser.eval("location.hash = '" + hash + "'");
                browser.awaitTrue(hash + " loaded", "location.hash === '" + hash + "'"
                        + " && document.querySelectorAll('.section-body').length > 0"
                        + " && document.querySelectorAll('[aria-busy]').length === 0");
            }
            List<String> calls = JSON.convertValue(browser.eval("window.calls"), List.class);
            assertTrue(calls.toString(), calls.contains("HEAD /api/v1/calendar.ics"));
            Pattern single = Pattern.compile("GET /api/v1/(me|calendar/working-days|agreements/[^/?]+(/terms)?"
                    + "|bodies/[^/?]+/compliance)([?].*)?");
            List<String> unbounded = calls.stream().filter(c -> c.startsWith("GET "))
                    .filter(c -> !single.matcher(c).matches() && !c.matches(".*[?&]limit=\\d+.*")).toList();
            assertEquals("lists asked for without a limit in " + calls, List.of(), unbounded);
            assertTrue(calls.toString(), calls.stream().noneMatch(c -> c.startsWith("GET /api/v1/calendar.ics")
                    || c.startsWith("GET /api/v1/reports/")));

            assertEquals("JavaScript errors in the page", List.of(), browser.problems());
        }
    }

    /** "9 november 2026" for 2026-11-09, as the dashboard writes a day. */
    private static String longSwedishDate(String iso) {
        String[] months = {"januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september",
            "oktober", "november", "december"};
        java.time.LocalDate d = java.time.LocalDate.parse(iso);
        return d.getDayOfMonth() + " " + months[d.getMonthValue() - 1] + " " + d.getYear();
    }

    /** @return the open unchecked-deliveries alert whose subject starts so, or null */
    private JsonNode uncheckedAlert(String subjectStart) throws Exception {
        for (JsonNode a : json(get("/api/v1/alerts?state=OPEN&kind=DELIVERIES_UNCHECKED&source=supplier", "viewer"))) {
            if (a.get("kind").asText().equals("DELIVERIES_UNCHECKED")
                    && a.get("subject").asText().startsWith(subjectStart)) {
                return a;
            }
        }
        return null;
    }

    private static void logIn(Chromium browser, String user) throws Exception {
        browser.awaitTrue("the login form", "document.querySelector('#login-form')");
        browser.type("#login-user", user);
        browser.type("#login-password", user);
        browser.press("Enter", 13);
        browser.awaitTrue("the start page for " + user, "document.querySelector('h1')?.textContent === 'Översikt'");
    }

    /** @return an open alert of the seed agreement, or null */
    private JsonNode openAlert() throws Exception {
        for (JsonNode a : json(get("/api/v1/alerts?state=OPEN&limit=1000", "viewer"))) {
            if (a.get("subject").asText().equals(AGREEMENT)) {
                return a;
            }
        }
        return null;
    }
}

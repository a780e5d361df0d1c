package se.avtalsvakt.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The platform measured as it is delivered: the assembled distribution started with {@code bin/karaf server}, and
 * every figure taken through its public surfaces (HTTP, the file drop, configuration files, the process) beside a
 * baseline from the same run.
 * <ol>
 * <li>{@code boot}: boot to every path ready and idle RSS, against the same Karaf without our features;</li>
 * <li>{@code rest}: req/s and p50/p99 at 200 connections of a page of 100 agreements and of deadlines, against a
 * static file from the same Jetty;</li>
 * <li>{@code deliveries}: the 200 000-delivery scenario — the file drop, the checks falling due, a scan — and the
 * "done when" criteria: start page, largest list answer, alerts per care provider and day, heap, log history;</li>
 * <li>{@code deadlines}: a full deadline scan at N agreements with a recurring obligation each, against raw SQL
 * reads of the same rows on the same Derby database.</li>
 * </ol>
 * System properties: {@code bench.distribution} (the avtalsvakt-karaf tar.gz), {@code bench.plainKaraf} (Apache
 * Karaf's own tar.gz of the same version; without it the baseline is our distribution with the avtalsvakt
 * features taken out of the boot features), {@code bench.dir}, {@code bench.parts}, {@code deliveries},
 * {@code agreements} (agreements loaded for the REST and delivery parts), {@code scan.agreements},
 * {@code bench.connections}, {@code bench.warmup}, {@code bench.seconds}.
 */
public final class PlatformBench {

    private static final String VIEWER = Api.basic("viewer", "viewer");
    private static final String ADMIN = Api.basic("admin", "admin");
    private static final String SUPPLIER = "hjalpmedelscentralen";

    private final Report report = new Report();
    private final Path dir;
    private final Path distribution;
    private final Path plainKaraf;
    private final LocalDate today;

    private PlatformBench(Path dir, Path distribution, Path plainKaraf, LocalDate today) {
        this.dir = dir;
        this.distribution = distribution;
        this.plainKaraf = plainKaraf;
        this.today = today;
    }

    public static void main(String[] args) throws Exception {
        Path distribution = Path.of(required("bench.distribution"));
        String plain = System.getProperty("bench.plainKaraf", "");
        Path dir = Path.of(System.getProperty("bench.dir", "target/platform-bench"));
        Set<String> parts = new LinkedHashSet<>(Arrays.asList(
                System.getProperty("bench.parts", "boot,rest,deliveries,deadlines").split("\\s*,\\s*")));
        PlatformBench bench = new PlatformBench(dir, distribution,
                plain.isBlank() || !Files.exists(Path.of(plain)) ? null : Path.of(plain),
                LocalDate.parse(System.getProperty("bench.today", "2026-11-02")));
        String machine = machine();
        System.out.printf("%nPlatform benchmark: %s%n  parts %s; distribution %s%n", machine, parts, distribution);
        try {
            bench.run(parts);
        } finally {
            bench.report.print("Platform benchmark (" + machine + ")", dir.resolve("summary.txt"));
        }
        if (bench.report.unmeasured() > 0) {
            // a figure that misses its goal is a result; a part that could not be measured is a broken bench
            System.exit(1);
        }
    }

    private interface Part {
        void run() throws Exception;
    }

    /** Runs one part; a part that fails is reported as such and the next part still runs. */
    private boolean part(String name, Part part) {
        try {
            part.run();
            return true;
        } catch (Exception | AssertionError e) {
            e.printStackTrace(System.out);
            report.failed(name, String.valueOf(e.getMessage()).lines().findFirst().orElse(e.toString()));
            return false;
        }
    }

    private void run(Set<String> parts) throws Exception {
        if (parts.contains("boot")) {
            part("boot.baseline", this::bootPlain);
        }
        if (parts.contains("boot") || parts.contains("rest") || parts.contains("deliveries")) {
            try (Karaf karaf = Karaf.unpack("Avtalsvakt", distribution, dir.resolve("avtalsvakt"))) {
                karaf.setConfig("se.avtalsvakt.clock", Map.of("fixedDate", today.toString()));
                Api[] api = new Api[1];
                boolean data = parts.contains("rest") || parts.contains("deliveries");
                if (part("boot.ready", () -> api[0] = bootOurs(karaf, parts.contains("boot")))
                        && (!data || part("load.agreements", () -> loadAgreements(karaf, api[0],
                                Integer.getInteger("agreements", 200), false)))) {
                    if (parts.contains("rest")) {
                        part("rest", () -> rest(karaf, api[0]));
                    }
                    if (parts.contains("deliveries")) {
                        // a quick run's -Dlines= also shortens the scenario
                        int n = Math.min(Integer.getInteger("deliveries", 200_000),
                                Integer.getInteger("bench.lines", Integer.MAX_VALUE));
                        part("deliveries", () -> deliveries(karaf, api[0], n));
                    }
                }
            }
        }
        if (parts.contains("deadlines")) {
            part("deadlines", () -> deadlines(Integer.getInteger("scan.agreements", 5_000)));
        }
    }

    // ---------------------------------------------------------------------------------------------------- boot

    private long plainBootMs = -1;
    private String plainName = "plain Karaf";
    private long plainRssKb = -1;

    /** The baseline: the same Karaf without our features, ready when its SSH console answers. */
    private void bootPlain() throws Exception {
        String which;
        Karaf karaf;
        if (plainKaraf != null) {
            which = "Apache Karaf " + plainKaraf.getFileName();
            karaf = Karaf.unpack("plain Karaf", plainKaraf, dir.resolve("plain-karaf"));
        } else {
            which = "our distribution without the avtalsvakt boot features";
            plainName = "Karaf without our features";
            karaf = Karaf.unpack("minimal Karaf", distribution, dir.resolve("plain-karaf"));
            Path cfg = karaf.home.resolve("etc/org.apache.karaf.features.cfg");
            String text = Files.readString(cfg, StandardCharsets.UTF_8)
                    .replaceAll("(?m)^\\s*avtalsvakt[^,\\n]*,\\s*\\\\\\n", "")
                    .replaceAll(",\\s*\\\\\\n\\s*avtalsvakt[^\\n]*", "");
            Files.writeString(cfg, text, StandardCharsets.UTF_8);
        }
        try (karaf) {
            String loadAtStart = load();
            karaf.start();
            karaf.await("SSH console", Duration.ofMinutes(5), () -> sshAnswers(karaf.sshPort));
            plainBootMs = (System.nanoTime() - karaf.launchedAt()) / 1_000_000;
            plainRssKb = karaf.settledRssKb(5, Duration.ofSeconds(60));
            report.info("boot.baseline", which + ": ready (SSH answers) in " + plainBootMs + " ms, idle RSS "
                    + plainRssKb / 1024 + " MiB (" + karaf.heapOptions() + "; load average " + loadAtStart
                    + " at the start)");
        }
    }

    private Api bootOurs(Karaf karaf, boolean measure) throws Exception {
        Api api = new Api(karaf.httpPort);
        String loadAtStart = load();
        karaf.start();
        try {
            awaitReady(karaf, api);
        } catch (IllegalStateException stalled) {
            // a boot that stalls (see the boot race in the stack notes) is started once more, and said so
            report.info("boot.stalled", karaf.name + ": " + stalled.getMessage() + "; started once more");
            karaf.stop();
            karaf.start();
            awaitReady(karaf, api);
            measure = false;
        }
        long bootMs = (System.nanoTime() - karaf.launchedAt()) / 1_000_000;
        karaf.await("SSH console", Duration.ofMinutes(1), () -> sshAnswers(karaf.sshPort));
        if (!measure) {
            return api;
        }
        long rssKb = karaf.settledRssKb(5, Duration.ofSeconds(60));
        report.info("boot.jvm", "Avtalsvakt JVM heap options: " + karaf.heapOptions() + "; load average "
                + loadAtStart + " at the start");
        if (plainBootMs > 0) {
            double ratio = (double) bootMs / plainBootMs;
            report.ratio("boot.ready", "ms", bootMs, plainName, plainBootMs, ratio, "<= 2.0", ratio <= 2.0);
            long extraMiB = (rssKb - plainRssKb) / 1024;
            report.check("boot.idleRss", String.format(Locale.ROOT, "MiB %d   baseline %s %d   +%d MiB",
                    rssKb / 1024, plainName, plainRssKb / 1024, extraMiB), "<= baseline + 300 MiB", extraMiB <= 300);
        } else {
            report.info("boot.ready", bootMs + " ms (no baseline measured)");
            report.info("boot.idleRss", rssKb / 1024 + " MiB");
        }
        return api;
    }

    /**
     * Waits for health 200, the API answering a login and the dashboard, at most 8 minutes; a boot whose karaf.log
     * has not grown for 3 minutes has stalled: its thread dump goes to bench-stalled-threads.txt.
     */
    private static void awaitReady(Karaf karaf, Api api) throws Exception {
        long[] lastSize = {-1};
        long[] lastGrowth = {System.nanoTime()};
        boolean[] stalled = {false};
        karaf.await("ready health, API and dashboard", Duration.ofMinutes(8), () -> {
            long size = karaf.log().toFile().length();
            if (size != lastSize[0]) {
                lastSize[0] = size;
                lastGrowth[0] = System.nanoTime();
            } else if (System.nanoTime() - lastGrowth[0] > Duration.ofMinutes(3).toNanos()) {
                stalled[0] = true;
                return true;
            }
            return api.status("/system/health", null) == 200
                    && api.status("/api/v1/agreements?limit=1", VIEWER) == 200
                    && api.status("/", null) == 200;
        });
        if (stalled[0]) {
            Path dump = karaf.home.resolve("bench-stalled-threads.txt");
            try {
                Files.writeString(dump, Karaf.run(karaf.home, List.of(Path.of(System.getProperty("java.home"),
                        "bin", "jstack").toString(), String.valueOf(karaf.pid())), Duration.ofMinutes(1)));
            } catch (Exception e) {
                Files.writeString(dump, "no thread dump: " + e);
            }
            throw new IllegalStateException("boot stalled: karaf.log silent for 3 minutes, threads in " + dump);
        }
    }

    private static boolean sshAnswers(int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("localhost", port), 1000);
            s.setSoTimeout(2000);
            InputStream in = s.getInputStream();
            byte[] banner = new byte[4];
            return in.readNBytes(banner, 0, 4) == 4 && new String(banner, StandardCharsets.US_ASCII).equals("SSH-");
        } catch (IOException e) {
            return false;
        }
    }

    // ------------------------------------------------------------------------------------------------ agreements

    private List<JsonNode> organisations(Api api) throws Exception {
        List<JsonNode> all = new ArrayList<>();
        api.allPages("/api/v1/organisations?limit=1000", VIEWER, 100, all::add);
        return all;
    }

    private static List<String> careProviders(List<JsonNode> organisations) {
        return organisations.stream()
                .filter(o -> Set.of("MUNICIPALITY", "REGION").contains(o.path("kind").asText()))
                .map(o -> o.path("id").asText()).sorted().limit(50).toList();
    }

    private static String ownerBody(List<JsonNode> organisations) {
        return organisations.stream().filter(o -> "GOVERNANCE_BODY".equals(o.path("kind").asText()))
                .map(o -> o.path("id").asText()).sorted().findFirst().orElseThrow();
    }

    /**
     * Registers {@code n} generated agreements (and, with {@code plans}, a quarterly follow-up plan each) through
     * the reference-data files: bench-data/volym-*.json in the distribution's folder, named by absolute path in the
     * bundles' configuration. (Not in a folder under etc/: Felix fileinstall, watching etc/, would install such a
     * folder as an exploded bundle.)
     */
    private void loadAgreements(Karaf karaf, Api api, int n, boolean plans) throws Exception {
        if (n <= 0) {
            return;
        }
        List<JsonNode> organisations = organisations(api);
        String owner = ownerBody(organisations);
        Path agreements = ExchangeFiles.agreements(karaf.home.resolve("bench-data/volym-avtal.json")
                .toAbsolutePath(), n, organisations, careProviders(organisations), owner, today);
        Duration max = Duration.ofSeconds(Math.max(600, n / 20));
        long t0 = System.nanoTime();
        karaf.setConfig("se.avtalsvakt.agreement.referencedata",
                Map.of("files", "vgr-hjalpmedel.json, " + agreements));
        karaf.await(n + " agreements registered", max,
                () -> api.status("/api/v1/agreements/" + ExchangeFiles.agreementId(n), VIEWER) == 200);
        report.info("load.agreements", String.format(Locale.ROOT, "%,d agreements registered from an exchange file"
                + " in %.1f s", n, (System.nanoTime() - t0) / 1e9));
        if (plans) {
            String every = System.getProperty("scan.every", "P3M");
            Path plansFile = ExchangeFiles.plans(karaf.home.resolve("bench-data/volym-planer.json").toAbsolutePath(),
                    n, owner, every, today);
            long t1 = System.nanoTime();
            karaf.setConfig("se.avtalsvakt.evaluation",
                    Map.of("files", "obligation-plans.json, " + plansFile));
            karaf.await(n + " obligation plans registered", max, () -> api.status(
                    "/api/v1/obligation-plans/uppfoljning-" + ExchangeFiles.agreementId(n), VIEWER) == 200);
            report.info("load.plans", String.format(Locale.ROOT, "%,d obligation plans (every %s) registered in"
                    + " %.1f s", n, every, (System.nanoTime() - t1) / 1e9));
        }
    }

    // ------------------------------------------------------------------------------------------------------ rest

    private void rest(Karaf karaf, Api api) throws Exception {
        int connections = Integer.getInteger("bench.connections", 200);
        Duration warmup = Duration.ofSeconds(Integer.getInteger("bench.warmup", 10));
        Duration measure = Duration.ofSeconds(Integer.getInteger("bench.seconds", 20));
        String staticPath = api.status("/index.html", null) == 200 ? "/index.html" : "/";
        report.info("rest.setup", String.format(Locale.ROOT, "%d connections, %d s warm-up, %d s measured each,"
                + " load average %s at the start", connections, warmup.toSeconds(), measure.toSeconds(), load()));
        HttpLoad.Result baseline = HttpLoad.run("localhost", karaf.httpPort, staticPath, null, connections, warmup,
                measure);
        report.info("rest.baseline.staticFile", staticPath + "  " + baseline.describe());
        for (String[] endpoint : List.of(new String[] {"rest.agreements.page100", "/api/v1/agreements?limit=100"},
                new String[] {"rest.deadlines.page100", "/api/v1/deadlines?limit=100"})) {
            Api.ListAnswer page = api.list(endpoint[1], VIEWER, null);
            HttpLoad.Result r = HttpLoad.run("localhost", karaf.httpPort, endpoint[1], VIEWER, connections, warmup,
                    measure);
            double ratio = r.perSecond() / baseline.perSecond();
            report.ratio(endpoint[0], "req/s", r.perSecond(), "static file", baseline.perSecond(), ratio,
                    ">= 0.10", ratio >= 0.10 && r.failures() == 0);
            report.check(endpoint[0] + ".p99", String.format(Locale.ROOT, "ms %.1f  (p50 %.1f, %d rows a page,"
                            + " %,d failed)", r.percentileMs(99), r.percentileMs(50), page.rows(), r.failures()),
                    "<= 50 ms idle", r.percentileMs(99) <= 50);
        }
    }

    // ------------------------------------------------------------------------------------------------ deliveries

    /**
     * The calls the dashboard's start page (web/js/pages/start.js, names.js, api.js) makes, in the order it makes
     * them: a page of 100 open alerts, today, organisations and bodies (limit 1000) in parallel, then a page of 100
     * of the coming twelve months' deadlines. Keep in step with start.js.
     */
    private long startPageMs(Api api) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            long t0 = System.nanoTime();
            Future<?> alerts = pool.submit(() -> api.list("/api/v1/alerts?state=OPEN&limit=100", VIEWER, null));
            Future<?> organisations = pool.submit(() -> api.list("/api/v1/organisations?limit=1000", VIEWER, null));
            Future<?> bodies = pool.submit(() -> api.list("/api/v1/bodies?limit=1000", VIEWER, null));
            JsonNode day = api.get("/api/v1/calendar/working-days?add=0", VIEWER);
            LocalDate todayIso = LocalDate.parse(day.path("from").asText());
            organisations.get();
            bodies.get();
            api.list("/api/v1/deadlines?from=" + todayIso + "&to=" + todayIso.plusMonths(12) + "&limit=100", VIEWER,
                    null);
            alerts.get();
            return (System.nanoTime() - t0) / 1_000_000;
        } finally {
            pool.shutdownNow();
        }
    }

    private void startPage(Api api, String name, long goalMs) throws Exception {
        startPageMs(api);
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            times.add(startPageMs(api));
        }
        long worst = times.stream().mapToLong(Long::longValue).max().orElseThrow();
        report.check(name, "ms " + worst + " (slowest of 5 after one warm-up: " + times + ")",
                "< " + goalMs + " ms", worst < goalMs);
    }

    private void deliveries(Karaf karaf, Api api, int n) throws Exception {
        String firstLogLine = karaf.firstLogLine();
        List<String> careProviders = careProviders(organisations(api));
        report.info("deliveries.careProviders", careProviders.size() + " care providers from the reference data");

        // a file of n deliveries, the last five days before today: none of them due for a check yet
        Path file = dir.resolve("deliveries-" + n + ".csv");
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(DeliveryLines.HEADER);
            w.newLine();
            for (int i = 1; i <= n; i++) {
                w.write(DeliveryLines.line(i, careProviders.get(i % careProviders.size()),
                        today.minusDays(i / careProviders.size() % 5)));
                w.newLine();
            }
        }
        Path inbox = karaf.home.resolve("data/supplier").resolve(SUPPLIER).resolve("deliveries");
        Files.createDirectories(inbox);
        String name = "leveranser-" + n + ".csv";
        Path part = inbox.resolve(name + ".part");
        long t0 = System.nanoTime();
        Files.copy(file, part, StandardCopyOption.REPLACE_EXISTING);
        Files.move(part, inbox.resolve(name), StandardCopyOption.ATOMIC_MOVE);
        JsonNode[] receipt = new JsonNode[1];
        karaf.await("the receipt of " + name, Duration.ofSeconds(Math.max(600, n / 100)), () -> {
            try {
                api.list("/api/v1/supplier-imports?limit=20", VIEWER, r -> {
                    if (r.path("source").asText().contains(name) && !"RUNNING".equals(r.path("status").asText())) {
                        receipt[0] = r;
                    }
                });
                return receipt[0] != null;
            } catch (Exception e) {
                return false;
            }
        });
        double seconds = (System.nanoTime() - t0) / 1e9;
        report.check("deliveries.ingest", String.format(Locale.ROOT, "%,d lines stored of %,d in %.1f s, %,.0f"
                        + " lines/s through the file drop (status %s)", receipt[0].path("stored").asLong(), n, seconds,
                n / seconds, receipt[0].path("status").asText()), "every line stored",
                receipt[0].path("stored").asLong() == n);

        // the checks fall due: the clock moves on a month, then one scan
        LocalDate later = today.plusDays(30);
        karaf.setConfig("se.avtalsvakt.clock", Map.of("fixedDate", later.toString()));
        karaf.await("the clock at " + later, Duration.ofMinutes(2), () -> {
            try {
                return later.toString().equals(
                        api.get("/api/v1/calendar/working-days?add=0", VIEWER).path("from").asText());
            } catch (Exception e) {
                return false;
            }
        });
        long s0 = System.nanoTime();
        JsonNode scan = api.post("/api/v1/alerts/scan", ADMIN, null, Duration.ofMinutes(60));
        report.info("deliveries.scan", String.format(Locale.ROOT, "POST /alerts/scan %.1f s: %s",
                (System.nanoTime() - s0) / 1e9, summary(scan)));

        // alerts for unchecked deliveries, per care provider and day
        Map<String, Integer> perProviderAndDay = new HashMap<>();
        AtomicLong unchecked = new AtomicLong();
        Set<String> providers = Set.copyOf(careProviders);
        List<Api.ListAnswer> pages = api.allPages("/api/v1/alerts?state=OPEN&limit=1000", VIEWER, 2000, a -> {
            if ("DELIVERIES_UNCHECKED".equals(a.path("kind").asText())) {
                unchecked.incrementAndGet();
                String provider = Arrays.stream(a.path("subject").asText().split("[/:]"))
                        .filter(providers::contains).findFirst().orElse(a.path("addressee").asText());
                perProviderAndDay.merge(provider + " " + a.path("raisedFor").asText(), 1, Integer::sum);
            }
        });
        int worst = perProviderAndDay.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        report.check("deliveries.alertsPerProviderDay", String.format(Locale.ROOT, "max %d (%,d DELIVERIES_UNCHECKED"
                        + " alerts open, %d care provider-days, read in %d pages)", worst, unchecked.get(),
                perProviderAndDay.size(), pages.size()), "<= 1", worst <= 1 && unchecked.get() > 0);

        startPage(api, "deliveries.startPage", 2000);
        largestList(api);

        long heapKb = karaf.heapUsedKb();
        karaf.gc();
        long liveKb = karaf.heapUsedKb();
        report.check("deliveries.heap", String.format(Locale.ROOT, "MiB %d used (%d after a full GC), RSS %d MiB",
                heapKb / 1024, liveKb / 1024, karaf.rssKb() / 1024), "< 1024 MiB", heapKb < 1024 * 1024);
        String first = karaf.firstLogLine();
        boolean kept = first != null && first.equals(firstLogLine);
        long logLines;
        try (var lines = Files.lines(karaf.log(), StandardCharsets.UTF_8)) {
            logLines = lines.count();
        }
        report.check("deliveries.logHistory", String.format(Locale.ROOT, "karaf.log %s its first line (%,d lines,"
                        + " %,d KiB; %d rotated files)", kept ? "still holds" : "LOST", logLines,
                Files.size(karaf.log()) / 1024, rotated(karaf)), "first line kept", kept);
    }

    private static long rotated(Karaf karaf) throws IOException {
        try (var files = Files.list(karaf.log().getParent())) {
            return files.filter(f -> f.getFileName().toString().matches("karaf\\.log\\.\\d+.*")).count();
        }
    }

    /** Every list endpoint, called as a client that gives no limit would: the largest answer counts. */
    private void largestList(Api api) {
        List<String> paths = List.of("/agreements", "/organisations", "/bodies", "/deadlines", "/alerts",
                "/alerts?state=OPEN", "/deliveries", "/deliveries?unchecked=true", "/deliveries/compliance",
                "/supplier-imports", "/invoices/discrepancies", "/invoiced-costs", "/lost-aids", "/obligations",
                "/obligation-plans", "/renewals", "/meetings", "/vacancies", "/representatives",
                "/plugins");
        Api.ListAnswer largest = null;
        List<String> shown = new ArrayList<>();
        for (String p : paths) {
            try {
                Api.ListAnswer a = api.list("/api/v1" + p, VIEWER, null);
                shown.add(String.format(Locale.ROOT, "%s %,d rows %,d KiB %.0f ms%s", p, a.rows(), a.bytes() / 1024,
                        a.millis(), a.next() == null ? "" : " +next"));
                if (largest == null || a.rows() > largest.rows()) {
                    largest = a;
                }
            } catch (Exception e) {
                shown.add(p + " (" + e.getMessage().lines().findFirst().orElse("") + ")");
            }
        }
        shown.forEach(s -> System.out.println("    " + s));
        if (largest == null) {
            report.failed("deliveries.largestList", "no list answered");
        } else {
            report.check("deliveries.largestList", String.format(Locale.ROOT, "rows %,d (%s, %,d KiB, %.0f ms)",
                    largest.rows(), largest.path(), largest.bytes() / 1024, largest.millis()), "<= 1000 rows",
                    largest.rows() <= 1000);
        }
    }

    // ------------------------------------------------------------------------------------------------- deadlines

    private void deadlines(int n) throws Exception {
        Karaf karaf = Karaf.unpack("Avtalsvakt (register)", distribution, dir.resolve("register"));
        long scanMs;
        long listMs;
        long rows;
        try (karaf) {
            karaf.setConfig("se.avtalsvakt.clock", Map.of("fixedDate", today.toString()));
            Api api = bootOurs(karaf, false);
            loadAgreements(karaf, api, n, true);

            // GET /deadlines over the default window, every page
            api.allPages("/api/v1/deadlines?limit=1000", VIEWER, 10_000, null);
            long l0 = System.nanoTime();
            List<Api.ListAnswer> pages = api.allPages("/api/v1/deadlines?limit=1000", VIEWER, 10_000, null);
            listMs = (System.nanoTime() - l0) / 1_000_000;
            rows = pages.stream().mapToLong(Api.ListAnswer::rows).sum();
            report.info("deadlines.list", String.format(Locale.ROOT, "GET /deadlines (default window, every page of"
                    + " 1000): %,d rows in %d pages, %d ms", rows, pages.size(), listMs));

            // the operator's go-ahead (confirm=true), so that the guard against a flood of alerts does not hold
            // the scan: the first raises what falls due, the second, measured, is the steady state
            api.post("/api/v1/alerts/scan?confirm=true", ADMIN, null, Duration.ofMinutes(60));
            long s0 = System.nanoTime();
            JsonNode scan = api.post("/api/v1/alerts/scan?confirm=true", ADMIN, null, Duration.ofMinutes(60));
            scanMs = (System.nanoTime() - s0) / 1_000_000;
            report.info("deadlines.scan", "POST /alerts/scan (second, warm) " + scanMs + " ms: "
                    + summary(scan));
            startPage(api, "deadlines.startPage", 300);
        }
        // the baseline: the rows the deadlines are computed from, read by plain JDBC from the same database
        String url = "jdbc:derby:" + karaf.home.resolve("data/derby/avtalsvakt").toAbsolutePath();
        String given = System.getProperty("scan.sql", "");
        String[] queries = (given.isBlank() ? String.join(";",
                "SELECT a.id, a.kind, a.start_date, a.first_term_end, a.term_policy, a.renewal_period,"
                        + " a.notice_period, a.owner_body_id, p.organisation_id, p.role FROM av_agreement a"
                        + " LEFT JOIN av_agreement_party p ON p.agreement_id = a.id ORDER BY a.id, p.seq",
                "SELECT agreement_id, change_kind, term_number FROM av_term_change",
                "SELECT * FROM av_termination_notice",
                "SELECT id, kind, agreement_id, body_id, responsible_id, schedule_type, due_date, anchor_date,"
                        + " offset_period, every_period, day_of_year, from_date, until_date FROM av_obligation_plan"
                        + " ORDER BY id") : given).split(";");
        long best = Long.MAX_VALUE;
        long sqlRows = 0;
        try (Connection c = DriverManager.getConnection(url)) {
            for (int run = 0; run < 4; run++) {
                long t0 = System.nanoTime();
                long count = 0;
                for (String q : queries) {
                    try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(q)) {
                        int cols = rs.getMetaData().getColumnCount();
                        while (rs.next()) {
                            for (int i = 1; i <= cols; i++) {
                                rs.getObject(i);
                            }
                            count++;
                        }
                    }
                }
                best = Math.min(best, System.nanoTime() - t0);
                sqlRows = count;
            }
        } finally {
            try {
                DriverManager.getConnection("jdbc:derby:;shutdown=true").close();
            } catch (SQLException expected) {
                // Derby answers a shutdown with an exception
            }
        }
        double sqlMs = best / 1e6;
        report.info("deadlines.sqlBaseline", String.format(Locale.ROOT, "%,d rows read by raw JDBC in %.1f ms (best"
                + " of 4, embedded Derby on the same database after the stop)", sqlRows, sqlMs));
        double ratio = scanMs / Math.max(sqlMs, 0.001);
        report.ratio("deadlines.scan." + n, "ms", scanMs, "raw SQL", sqlMs, ratio, "<= 2.0", ratio <= 2.0);
        double listRatio = listMs / Math.max(sqlMs, 0.001);
        report.ratio("deadlines.list." + n, "ms", listMs, "raw SQL", sqlMs, listRatio, "<= 2.0", listRatio <= 2.0);
    }

    // --------------------------------------------------------------------------------------------------- machine

    /** A JSON answer in one short line: arrays by their size. */
    static String summary(JsonNode json) {
        if (json == null || !json.isObject()) {
            return String.valueOf(json);
        }
        List<String> fields = new ArrayList<>();
        json.properties().forEach(e -> fields.add(e.getKey() + "=" + (e.getValue().isArray()
                ? "[" + e.getValue().size() + "]" : e.getValue().isContainerNode() ? "{…}" : e.getValue().asText())));
        return String.join(", ", fields);
    }

    private static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ", 2)[0];
        } catch (IOException | RuntimeException e) {
            return "?";
        }
    }

    private static String machine() {
        String mem = "?";
        String load = "?";
        try {
            mem = Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal"))
                    .map(l -> Long.parseLong(l.replaceAll("\\D", "")) / 1024 / 1024 + " GiB").findFirst().orElse("?");
            load = Files.readString(Path.of("/proc/loadavg")).split(" ", 4)[0] + " "
                    + Files.readString(Path.of("/proc/loadavg")).split(" ", 4)[1];
        } catch (IOException | RuntimeException e) {
            // not Linux
        }
        return String.format(Locale.ROOT, "%d cores, %s RAM, load %s, Java %s, %s", Runtime.getRuntime()
                .availableProcessors(), mem, load, System.getProperty("java.version"), LocalDate.now());
    }

    private static String required(String key) {
        String v = System.getProperty(key);
        if (v == null || v.isBlank()) {
            throw new IllegalArgumentException("set -D" + key);
        }
        return v;
    }

    static String joined(List<String> items) {
        return items.stream().collect(Collectors.joining(", "));
    }
}

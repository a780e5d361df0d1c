package se.avtalsvakt.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One Karaf distribution unpacked into a folder of its own and run as a separate process, as an operator runs it:
 * {@code bin/karaf server} with the distribution's own {@code bin/setenv}, on free ports.
 */
final class Karaf implements AutoCloseable {

    private static final Pattern HEAP_USED = Pattern.compile("used (\\d+)K");

    final String name;
    final Path home;
    final int httpPort;
    final int sshPort;
    private Process process;
    private long launchedAt;

    private Karaf(String name, Path home, int httpPort, int sshPort) {
        this.name = name;
        this.home = home;
        this.httpPort = httpPort;
        this.sshPort = sshPort;
    }

    /** Unpacks {@code tarGz} into {@code dir} (emptied first) and gives it free HTTP, SSH and JMX ports. */
    static Karaf unpack(String name, Path tarGz, Path dir) throws IOException, InterruptedException {
        Files.createDirectories(dir.getParent());
        deleteTree(dir);
        Files.createDirectories(dir);
        run(dir, List.of("tar", "xzf", tarGz.toAbsolutePath().toString(), "--strip-components=1"),
                Duration.ofMinutes(5));
        Karaf karaf = new Karaf(name, dir, freePort(), freePort());
        karaf.setConfig("org.ops4j.pax.web", Map.of("org.osgi.service.http.port", String.valueOf(karaf.httpPort)));
        karaf.setConfig("org.apache.karaf.shell", Map.of("sshPort", String.valueOf(karaf.sshPort)));
        karaf.setConfig("org.apache.karaf.management", Map.of("rmiRegistryPort", String.valueOf(freePort()),
                "rmiServerPort", String.valueOf(freePort()), "jmxmpPort", String.valueOf(freePort())));
        return karaf;
    }

    /** Sets keys in {@code etc/<pid>.cfg}, replacing a line of the same key (commented out or not). */
    void setConfig(String pid, Map<String, String> values) throws IOException {
        Path file = home.resolve("etc").resolve(pid + ".cfg");
        List<String> lines = Files.exists(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : List.of();
        Files.write(file, withValues(lines, values), StandardCharsets.UTF_8);
    }

    /** The lines of a .cfg file with {@code values} set: each replaces the first line of its key, else is added. */
    static List<String> withValues(List<String> lines, Map<String, String> values) {
        List<String> out = new ArrayList<>(lines);
        Map<String, String> rest = new LinkedHashMap<>(values);
        for (int i = 0; i < out.size(); i++) {
            String line = out.get(i).strip();
            String uncommented = line.startsWith("#") ? line.substring(1).strip() : line;
            for (Map.Entry<String, String> e : values.entrySet()) {
                if (rest.containsKey(e.getKey()) && uncommented.matches(Pattern.quote(e.getKey()) + "\\s*[=:].*")) {
                    out.set(i, e.getKey() + " = " + e.getValue());
                    rest.remove(e.getKey());
                }
            }
        }
        rest.forEach((k, v) -> out.add(k + " = " + v));
        return out;
    }

    /** Launches {@code bin/karaf server}; console output goes to {@code bench-console.log} in the home folder. */
    void start() throws IOException {
        ProcessBuilder pb = new ProcessBuilder(home.resolve("bin/karaf").toString(), "server").directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(home.resolve("bench-console.log").toFile()));
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        pb.environment().remove("KARAF_HOME");
        pb.environment().remove("KARAF_BASE");
        launchedAt = System.nanoTime();
        process = pb.start();
        Process started = process;
        // if the bench itself is stopped, the distribution it started goes with it
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (started.isAlive()) {
                started.descendants().forEach(ProcessHandle::destroyForcibly);
                started.destroyForcibly();
            }
        }, "stop-" + name));
    }

    long launchedAt() {
        return launchedAt;
    }

    boolean alive() {
        return process != null && process.isAlive();
    }

    /** The Karaf JVM: the launched script itself or the {@code java} process it started. */
    Optional<ProcessHandle> java() {
        if (process == null) {
            return Optional.empty();
        }
        ProcessHandle root = process.toHandle();
        if (isJava(root)) {
            return Optional.of(root);
        }
        return root.descendants().filter(Karaf::isJava).findFirst();
    }

    private static boolean isJava(ProcessHandle p) {
        return p.info().command().map(c -> c.endsWith("/java")).orElse(false);
    }

    long pid() {
        return java().orElseThrow(() -> new IllegalStateException(name + ": no Karaf JVM running")).pid();
    }

    /** The JVM options of the Karaf JVM that set its heap ({@code -Xms…}, {@code -Xmx…}), or "no -Xmx". */
    String heapOptions() throws IOException {
        String cmdline = Files.readString(Path.of("/proc", String.valueOf(pid()), "cmdline"), StandardCharsets.UTF_8);
        List<String> heap = java.util.Arrays.stream(cmdline.split("\0")).filter(a -> a.matches("-Xm[sx].*"))
                .toList();
        return heap.stream().anyMatch(a -> a.startsWith("-Xmx")) ? String.join(" ", heap) : "no -Xmx";
    }

    /** Resident set size of the Karaf JVM in kB (VmRSS of /proc/&lt;pid&gt;/status). */
    long rssKb() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid()), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        throw new IllegalStateException("no VmRSS for " + pid());
    }

    /**
     * Polls the RSS once a second until it has changed by less than 1 % over {@code window} seconds, at most
     * {@code max}: the idle footprint after the boot's garbage has settled.
     *
     * @return the settled RSS in kB
     */
    long settledRssKb(int window, Duration max) throws IOException, InterruptedException {
        List<Long> samples = new ArrayList<>();
        long end = System.nanoTime() + max.toNanos();
        while (true) {
            samples.add(rssKb());
            int n = samples.size();
            if (n > window) {
                List<Long> last = samples.subList(n - window - 1, n);
                long lo = last.stream().mapToLong(Long::longValue).min().orElseThrow();
                long hi = last.stream().mapToLong(Long::longValue).max().orElseThrow();
                if (hi - lo <= hi / 100 || System.nanoTime() > end) {
                    return samples.get(n - 1);
                }
            }
            Thread.sleep(1000);
        }
    }

    /** Heap used by the Karaf JVM in kB, from {@code jcmd <pid> GC.heap_info}. */
    long heapUsedKb() throws IOException, InterruptedException {
        String out = run(home, List.of(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                String.valueOf(pid()), "GC.heap_info"), Duration.ofMinutes(1));
        Matcher m = HEAP_USED.matcher(out);
        if (!m.find()) {
            throw new IllegalStateException("jcmd GC.heap_info said: " + out);
        }
        return Long.parseLong(m.group(1));
    }

    /** Runs a full GC in the Karaf JVM ({@code jcmd GC.run}), so that heap figures show the live set. */
    void gc() throws IOException, InterruptedException {
        run(home, List.of(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                String.valueOf(pid()), "GC.run"), Duration.ofMinutes(1));
    }

    Path log() {
        return home.resolve("data/log/karaf.log");
    }

    /** The first line of karaf.log, or null while there is none. */
    String firstLogLine() throws IOException {
        if (!Files.exists(log())) {
            return null;
        }
        try (var lines = Files.lines(log(), StandardCharsets.UTF_8)) {
            return lines.findFirst().orElse(null);
        } catch (UncheckedIOException e) {
            return null;
        }
    }

    /** Stops the distribution with bin/stop and waits for its JVM to end; kills what it started otherwise. */
    void stop() throws IOException, InterruptedException {
        if (process == null) {
            return;
        }
        Optional<ProcessHandle> java = java();
        if (process.isAlive()) {
            try {
                run(home, List.of(home.resolve("bin/stop").toString()), Duration.ofMinutes(1));
            } catch (IllegalStateException e) {
                System.out.println("  " + name + ": bin/stop failed (" + e.getMessage() + "), ending the process");
            }
        }
        if (!process.waitFor(90, TimeUnit.SECONDS)) {
            java.ifPresent(ProcessHandle::destroy);
            process.destroy();
        }
        // a JVM that does not end on SIGTERM (a stalled boot) is killed: the bench leaves nothing running
        if (java.isPresent() && !ended(java.get(), 30)) {
            java.get().destroyForcibly();
            ended(java.get(), 30);
        }
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        process = null;
    }

    private static boolean ended(ProcessHandle p, int seconds) {
        try {
            p.onExit().get(seconds, TimeUnit.SECONDS);
            return true;
        } catch (java.util.concurrent.TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !p.isAlive();
        } catch (java.util.concurrent.ExecutionException e) {
            return !p.isAlive();
        }
    }

    @Override
    public void close() throws Exception {
        stop();
    }

    /** Waits for {@code condition}, polling every 250 ms, and fails if the JVM ends or {@code max} passes. */
    void await(String what, Duration max, BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + max.toNanos();
        while (!condition.getAsBoolean()) {
            if (!alive()) {
                throw new IllegalStateException(name + " ended while waiting for " + what + "; see " + log());
            }
            if (System.nanoTime() > end) {
                throw new IllegalStateException(name + ": no " + what + " within " + max + "; see " + log());
            }
            Thread.sleep(250);
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            s.setReuseAddress(true);
            return s.getLocalPort();
        }
    }

    static String run(Path dir, List<String> command, Duration max) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Path out = Files.createTempFile("bench-cmd", ".out");
        pb.redirectOutput(out.toFile());
        Process p = pb.start();
        try {
            if (!p.waitFor(max.toSeconds(), TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " did not end within " + max);
            }
            String text = Files.readString(out, StandardCharsets.UTF_8);
            if (p.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " exited " + p.exitValue() + ": " + text);
            }
            return text;
        } finally {
            Files.deleteIfExists(out);
        }
    }
}

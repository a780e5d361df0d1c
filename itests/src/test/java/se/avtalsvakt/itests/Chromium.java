package se.avtalsvakt.itests;

import static org.awaitility.Awaitility.await;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Debian's headless Chromium, driven over the Chrome DevTools Protocol with the JDK's own WebSocket client: one
 * browser process, one page, no Selenium or driver binary. Every call has a timeout; {@link #close()} ends the
 * process (and its children) whatever happened.
 */
final class Chromium implements AutoCloseable {

    static final String MISSING = "Chromium is not installed: the browser test drives Debian's headless Chromium. "
            + "Install it with 'apt-get install -y chromium' (.ci/run does this) or put 'chromium' on the PATH.";
    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Process process;
    private final Path workDir;
    private final WebSocket socket;
    private final String session;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final List<String> problems = Collections.synchronizedList(new ArrayList<>());

    private Chromium(Process process, Path workDir, WebSocket socket, Listener listener) throws Exception {
        this.process = process;
        this.workDir = workDir;
        this.socket = socket;
        listener.owner = this;
        String target = call(null, "Target.createTarget", obj().put("url", "about:blank")).get("targetId").asText();
        this.session = call(null, "Target.attachToTarget", obj().put("targetId", target).put("flatten", true))
                .get("sessionId").asText();
        page("Page.enable", obj());
        page("Runtime.enable", obj());
        page("Log.enable", obj());
        // a headless page never has the window's focus; keyboard navigation (Tab) needs it
        page("Emulation.setFocusEmulationEnabled", obj().put("enabled", true));
    }

    /** @return the browser's executable, if any of the usual names is on the PATH */
    static Optional<Path> executable() {
        String path = Optional.ofNullable(System.getenv("PATH")).orElse("/usr/bin:/bin");
        return Stream.of("chromium", "chromium-browser", "google-chrome")
                .flatMap(name -> Stream.of(path.split(File.pathSeparator)).map(dir -> Path.of(dir, name)))
                .filter(Files::isExecutable).findFirst();
    }

    /**
     * Starts a fresh browser with its own profile under {@code workDir}; downloads go to {@code downloads}.
     *
     * @throws AssertionError with {@link #MISSING} when there is no Chromium
     */
    static Chromium launch(Path workDir, Path downloads) throws Exception {
        Path exe = executable().orElseThrow(() -> new AssertionError(MISSING));
        // a fresh profile and download folder: an old DevToolsActivePort would name a dead port, an old file
        // would pass for a new download
        deleteTree(workDir.resolve("profile"));
        deleteTree(downloads);
        Path profile = Files.createDirectories(workDir.resolve("profile"));
        Files.createDirectories(downloads);
        Process process = new ProcessBuilder(exe.toString(), "--headless=new", "--no-sandbox", "--disable-gpu",
                "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-extensions", "--no-first-run", "--no-default-browser-check",
                "--lang=sv-SE", "--window-size=1280,900", "--remote-debugging-port=0",
                "--user-data-dir=" + profile, "about:blank")
                .redirectErrorStream(true)
                .redirectOutput(workDir.resolve("chromium.log").toFile())
                .start();
        try {
            // with port 0 the browser writes the port it chose, and its WebSocket path, into the profile
            Path portFile = profile.resolve("DevToolsActivePort");
            await("Chromium to open its DevTools port (see " + workDir.resolve("chromium.log") + ")")
                    .atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                    .until(() -> !process.isAlive()
                            || (Files.exists(portFile) && Files.readAllLines(portFile).size() >= 2));
            if (!process.isAlive()) {
                throw new AssertionError("Chromium exited at once with " + process.exitValue() + ": "
                        + Files.readString(workDir.resolve("chromium.log")));
            }
            List<String> lines = Files.readAllLines(portFile);
            URI uri = URI.create("ws://127.0.0.1:" + lines.get(0).trim() + lines.get(1).trim());
            Listener listener = new Listener();
            WebSocket socket = HttpClient.newHttpClient().newWebSocketBuilder()
                    .connectTimeout(Duration.ofSeconds(10)).buildAsync(uri, listener).get(20, TimeUnit.SECONDS);
            Chromium chromium = new Chromium(process, workDir, socket, listener);
            chromium.call(null, "Browser.setDownloadBehavior", obj().put("behavior", "allow")
                    .put("downloadPath", downloads.toAbsolutePath().toString()));
            return chromium;
        } catch (Exception | AssertionError e) {
            destroy(process);
            throw e;
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    static ObjectNode obj() {
        return JSON.createObjectNode();
    }

    /** A command to the page. */
    JsonNode page(String method, ObjectNode params) throws Exception {
        return call(session, method, params);
    }

    private JsonNode call(String sessionId, String method, ObjectNode params) throws Exception {
        int id = ids.incrementAndGet();
        CompletableFuture<JsonNode> reply = new CompletableFuture<>();
        pending.put(id, reply);
        ObjectNode message = obj().put("id", id).put("method", method);
        message.set("params", params);
        if (sessionId != null) {
            message.put("sessionId", sessionId);
        }
        try {
            socket.sendText(message.toString(), true).get(CALL_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            JsonNode answer = reply.get(CALL_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            if (answer.has("error")) {
                throw new AssertionError(method + " failed in the browser: " + answer.get("error"));
            }
            return answer.get("result");
        } finally {
            pending.remove(id);
        }
    }

    /** Opens a URL and waits for the document to be loaded. */
    void open(String url) throws Exception {
        page("Page.navigate", obj().put("url", url));
        await("the page " + url + " to load").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .ignoreExceptions().until(() -> "complete".equals(eval("document.readyState").asText()));
    }

    /** @return the value of a JavaScript expression in the page (promises awaited) */
    JsonNode eval(String expression) throws Exception {
        JsonNode result = page("Runtime.evaluate", obj().put("expression", expression).put("returnByValue", true)
                .put("awaitPromise", true));
        if (result.has("exceptionDetails")) {
            throw new AssertionError("JavaScript failed: " + expression + ": " + result.get("exceptionDetails"));
        }
        return result.path("result").path("value");
    }

    /**
     * Waits until a JavaScript expression is true in the page. On timeout: a screenshot next to the browser's
     * folder, and the page's text and errors in the message.
     */
    void awaitTrue(String what, String expression) {
        try {
            await(what).atMost(Duration.ofSeconds(45)).pollInterval(Duration.ofMillis(150)).ignoreExceptions()
                    .until(() -> eval("Boolean(" + expression + ")").asBoolean());
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            String page;
            try {
                screenshot(workDir.resolveSibling("failure-" + ids.get() + ".png"));
                page = eval("location.href + '\\n' + document.body.innerText").asText();
            } catch (Exception | AssertionError other) {
                page = "(could not read the page: " + other + ")";
            }
            throw new AssertionError("Waited 45 s in vain for " + what + " (" + expression + ").\nThe page:\n" + page
                    + "\nErrors in the page: " + problems(), e);
        }
    }

    /** Types text into the element the selector finds, as keyboard input. */
    void type(String selector, String text) throws Exception {
        eval("(() => { const el = document.querySelector(" + quote(selector) + "); el.focus(); el.select?.(); })()");
        page("Input.insertText", obj().put("text", text));
    }

    /** Presses a key (Enter, Tab) on the focused element. */
    void press(String key, int keyCode) throws Exception {
        // a key that types text goes down as keyDown with the text; others (Tab) as rawKeyDown
        boolean typing = key.equals("Enter");
        for (String type : new String[] {typing ? "keyDown" : "rawKeyDown", "keyUp"}) {
            ObjectNode params = obj().put("type", type).put("key", key).put("code", key)
                    .put("windowsVirtualKeyCode", keyCode).put("nativeVirtualKeyCode", keyCode);
            if (typing && !type.equals("keyUp")) {
                params.put("text", "\r").put("unmodifiedText", "\r");
            }
            page("Input.dispatchKeyEvent", params);
        }
    }

    /** Clicks the middle of the element the selector finds with the mouse, as a person would. */
    void click(String selector) throws Exception {
        JsonNode box = eval("(() => { const el = document.querySelector(" + quote(selector) + ");"
                + " el.scrollIntoView({block: 'center'}); const r = el.getBoundingClientRect();"
                + " return {x: r.x + r.width / 2, y: r.y + r.height / 2}; })()");
        for (String type : new String[] {"mousePressed", "mouseReleased"}) {
            page("Input.dispatchMouseEvent", obj().put("type", type).put("x", box.get("x").asDouble())
                    .put("y", box.get("y").asDouble()).put("button", "left").put("clickCount", 1));
        }
    }

    /** Sets the viewport, e.g. to a tablet's. */
    void viewport(int width, int height) throws Exception {
        page("Emulation.setDeviceMetricsOverride", obj().put("width", width).put("height", height)
                .put("deviceScaleFactor", 1).put("mobile", false));
    }

    /** Saves a screenshot of the whole page as PNG. */
    Path screenshot(Path file) throws Exception {
        JsonNode size = page("Page.getLayoutMetrics", obj()).get("cssContentSize");
        ObjectNode clip = obj().put("x", 0).put("y", 0).put("width", size.get("width").asDouble())
                .put("height", Math.min(size.get("height").asDouble(), 6000)).put("scale", 1);
        ObjectNode params = obj().put("format", "png").put("captureBeyondViewport", true);
        params.set("clip", clip);
        byte[] png = Base64.getDecoder().decode(page("Page.captureScreenshot", params).get("data").asText());
        Files.createDirectories(file.getParent());
        return Files.write(file, png);
    }

    /** @return the JavaScript exceptions and console errors the page has had so far */
    List<String> problems() {
        return List.copyOf(problems);
    }

    private static String quote(String text) {
        try {
            return JSON.writeValueAsString(text);
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private void onMessage(String text) {
        try {
            JsonNode message = JSON.readTree(text);
            if (message.has("id")) {
                Optional.ofNullable(pending.get(message.get("id").asInt())).ifPresent(f -> f.complete(message));
            } else {
                String method = message.path("method").asText();
                if (method.equals("Runtime.exceptionThrown")) {
                    problems.add("exception: " + message.at("/params/exceptionDetails/exception/description").asText(
                            message.at("/params/exceptionDetails/text").asText()));
                } else if (method.equals("Log.entryAdded") && message.at("/params/entry/level").asText().equals("error")
                        // a 404 of a part not installed is expected and shown as a message; the page's own errors count
                        && !message.at("/params/entry/source").asText().equals("network")) {
                    problems.add("console: " + message.at("/params/entry/text").asText() + " "
                            + message.at("/params/entry/url").asText());
                }
            }
        } catch (IOException e) {
            problems.add("unreadable DevTools message: " + e.getMessage());
        }
    }

    @Override
    public void close() {
        try {
            socket.sendText(obj().put("id", ids.incrementAndGet()).put("method", "Browser.close").toString(), true)
                    .get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            // the process is ended below in any case
        }
        socket.abort();
        destroy(process);
    }

    private static void destroy(Process process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Collects WebSocket text frames into messages. */
    private static final class Listener implements WebSocket.Listener {
        private final StringBuilder buffer = new StringBuilder();
        private volatile Chromium owner;

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            buffer.append(data);
            if (last) {
                String text = buffer.toString();
                buffer.setLength(0);
                // set before the first command, so every answer finds it
                owner.onMessage(text);
            }
            webSocket.request(1);
            return null;
        }
    }

    static String utf8(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}

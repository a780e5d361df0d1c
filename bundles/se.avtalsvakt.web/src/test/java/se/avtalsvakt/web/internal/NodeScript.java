package se.avtalsvakt.web.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assume.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Runs one of the dashboard's JavaScript modules with Node.js, as the script tests need it. */
final class NodeScript {

    private static Boolean node;

    private NodeScript() {
    }

    private static synchronized boolean nodeInstalled() {
        if (node == null) {
            try {
                Process p = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
                node = p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
            } catch (IOException | InterruptedException e) {
                node = false;
            }
        }
        return node;
    }

    /**
     * @param dir        an empty folder to run in
     * @param module     the module's resource, e.g. {@code /web/js/paging.js}
     * @param alias      the name the expression knows the module by, e.g. {@code p}
     * @param expression JavaScript using the module; a promise is awaited
     * @return what the script prints: the expression's value, a string as it is, anything else as JSON
     */
    static String run(Path dir, String module, String alias, String expression) throws Exception {
        assumeTrue("Node.js (node) is needed to run the dashboard's script", nodeInstalled());
        try (InputStream in = NodeScript.class.getResourceAsStream(module)) {
            Files.write(dir.resolve("module.mjs"), in.readAllBytes());
        }
        Files.writeString(dir.resolve("run.mjs"), "import * as " + alias + " from './module.mjs';\n"
                + "const value = await (async () => " + expression + ")();\n"
                + "process.stdout.write(typeof value === 'string' ? value : JSON.stringify(value));\n");
        Process p = new ProcessBuilder("node", "run.mjs").directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(out, true, p.waitFor(30, TimeUnit.SECONDS));
        assertEquals(out, 0, p.exitValue());
        return out;
    }
}

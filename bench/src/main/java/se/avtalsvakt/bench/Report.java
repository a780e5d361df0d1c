package se.avtalsvakt.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The benchmark's figures, each beside its baseline and goal, printed as they come and once more at the end. */
final class Report {

    private final List<String> lines = new ArrayList<>();
    private int passed;
    private int failed;
    private int unmeasured;

    int unmeasured() {
        return unmeasured;
    }

    /** A measured figure with its baseline from the same run, their ratio and the goal for the ratio. */
    void ratio(String name, String unit, double value, String baselineName, double baseline, double ratio,
               String goal, boolean pass) {
        add(String.format(Locale.ROOT, "%-34s %s %s   baseline %s %s   ratio %s (goal %s)   %s", name, unit,
                number(value), baselineName, number(baseline), ratio(ratio), goal, verdict(pass)));
    }

    /** A figure against a fixed goal. */
    void check(String name, String figure, String goal, boolean pass) {
        add(String.format(Locale.ROOT, "%-34s %s   (goal %s)   %s", name, figure, goal, verdict(pass)));
    }

    /** A figure without a goal. */
    void info(String name, String figure) {
        add(String.format(Locale.ROOT, "%-34s %s", name, figure));
    }

    /** A part that could not be measured, and why. */
    void failed(String name, String why) {
        unmeasured++;
        add(String.format(Locale.ROOT, "%-34s NOT MEASURED: %s   FAIL", name, why));
    }

    private String verdict(boolean pass) {
        if (pass) {
            passed++;
        } else {
            failed++;
        }
        return pass ? "PASS" : "FAIL";
    }

    private void add(String line) {
        lines.add(line);
        System.out.println("  " + line);
        System.out.flush();
    }

    static String ratio(double r) {
        return Double.isNaN(r) ? "n/a" : r != 0 && Math.abs(r) < 0.01 ? String.format(Locale.ROOT, "%.1e", r)
                : String.format(Locale.ROOT, "%.2f", r);
    }

    static String number(double v) {
        if (Double.isNaN(v)) {
            return "n/a";
        }
        String s = Math.abs(v) >= 100 ? String.format(Locale.ROOT, "%,.0f", v)
                : String.format(Locale.ROOT, "%.2f", v);
        return s.replace(',', ' ');
    }

    void print(String header, Path file) throws IOException {
        List<String> out = new ArrayList<>();
        out.add(header);
        lines.forEach(l -> out.add("  " + l));
        out.add(String.format(Locale.ROOT, "  %d PASS, %d FAIL, %d NOT MEASURED", passed, failed, unmeasured));
        System.out.println();
        out.forEach(System.out::println);
        Files.createDirectories(file.getParent());
        Files.write(file, out, StandardCharsets.UTF_8);
        System.out.println("  (also in " + file + ")");
    }
}

package se.avtalsvakt.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** Generates delivery files in the supplier format (docs/supplier-formats.md): header, then one line per delivery. */
public final class DeliveryLines {

    public static final String HEADER = "delivery_id;order_id;care_provider;article;quantity;delivered_on;patient_ref";

    private DeliveryLines() {
    }

    /**
     * Writes {@code lines} deliveries: ids {@code D0000001…}, care providers and dates in rotation, a pseudonymous
     * patient reference on each line.
     *
     * @return the file
     */
    public static Path write(Path file, int lines) throws IOException {
        List<String> careProviders = SupplierPlatform.CARE_PROVIDERS;
        LocalDate first = LocalDate.of(2026, 1, 1);
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(HEADER);
            w.newLine();
            for (int i = 1; i <= lines; i++) {
                w.write(line(i, careProviders.get(i % careProviders.size()), first.plusDays(i % 300)));
                w.newLine();
            }
        }
        return file;
    }

    /** @return the line of delivery number {@code i} */
    public static String line(int i, String careProvider, LocalDate deliveredOn) {
        return String.format("D%07d;O%07d;%s;A%06d;%d;%s;pat-%08x", i, i, careProvider, i % 5000, 1 + i % 3,
                deliveredOn, i * 2654435761L & 0xffffffffL);
    }
}

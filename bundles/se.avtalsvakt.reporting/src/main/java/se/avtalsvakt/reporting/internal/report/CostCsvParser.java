package se.avtalsvakt.reporting.internal.report;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import se.avtalsvakt.api.Problem;
import se.avtalsvakt.api.ValidationException;
import se.avtalsvakt.api.report.CareProviderCost;
import se.avtalsvakt.reporting.internal.CostAllocationRules;
import se.avtalsvakt.reporting.internal.ReportSettings;

/** The costs uploaded for a cost allocation: a CSV file {@code care_provider;main_area;cost} (commons-csv). */
final class CostCsvParser {

    private CostCsvParser() {
    }

    /**
     * Reads {@code care_provider;main_area;cost} (a header line of these names, then one line per care provider
     * and area; decimal point or comma).
     *
     * @throws ValidationException naming each bad line
     */
    static Map<String, List<CareProviderCost>> parse(String text) {
        return parse(text, null);
    }

    /** As {@link #parse(String)}, refusing care providers and main areas the rules do not accept. */
    static Map<String, List<CareProviderCost>> parse(String text, CostAllocationRules rules) {
        CostAllocationRules.CareProviders careProviders = rules != null ? rules.careProviders() : null;
        Map<String, List<CareProviderCost>> costs = new LinkedHashMap<>();
        List<Problem> problems = new ArrayList<>();
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).build();
        try (CSVParser parser = CSVParser.parse(new StringReader(body), format)) {
            List<String> header = parser.getHeaderNames().stream().map(h -> h.toLowerCase(Locale.ROOT)).toList();
            if (!header.equals(List.of("care_provider", "main_area", "cost"))) {
                throw new ValidationException("costs line 1", "the header must be 'care_provider;main_area;cost': "
                        + String.join(";", parser.getHeaderNames()));
            }
            for (CSVRecord rec : parser) {
                String at = "costs line " + (rec.getRecordNumber() + 1);
                if (rec.size() != 3) {
                    problems.add(new Problem(at, "expected 3 fields, found " + rec.size()));
                    continue;
                }
                if (rec.get(0).isBlank() || rec.get(1).isBlank()) {
                    problems.add(new Problem(at, "care_provider and main_area are required"));
                    continue;
                }
                if (rules != null) {
                    var wrong = rules.mainAreaProblem(rec.get(1)).or(() -> careProviders.problem(rec.get(0)));
                    if (wrong.isPresent()) {
                        problems.add(new Problem(at, wrong.get()));
                        continue;
                    }
                }
                try {
                    BigDecimal cost = ReportSettings.amount(rec.get(2), at);
                    if (cost.signum() < 0) {
                        problems.add(new Problem(at, "the cost must not be negative: " + rec.get(2)));
                        continue;
                    }
                    costs.computeIfAbsent(rec.get(1), a -> new ArrayList<>())
                            .add(new CareProviderCost(rec.get(0), cost));
                } catch (ValidationException e) {
                    problems.addAll(e.problems());
                }
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw new ValidationException("costs", "not a readable CSV file: " + e.getMessage());
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return costs;
    }
}

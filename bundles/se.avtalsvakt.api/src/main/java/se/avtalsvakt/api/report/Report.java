package se.avtalsvakt.api.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A report, built and not yet rendered: what every format shows.
 *
 * @param kind        the report's kind, e.g. {@code deadlines}
 * @param title       its title, in Swedish
 * @param generatedOn the platform's today when it was built
 * @param parameters  what it was asked for, for people (e.g. {@code År → 2025}), in order
 * @param sections    its parts, in order
 */
public record Report(String kind, String title, LocalDate generatedOn, Map<String, String> parameters,
                     List<ReportSection> sections) {

    public Report {
        parameters = parameters == null ? Map.of() : java.util.Collections.unmodifiableMap(
                new java.util.LinkedHashMap<>(parameters));
        sections = sections == null ? List.of() : List.copyOf(sections);
    }

    /** @return the section with that title, if any */
    public java.util.Optional<ReportSection> section(String sectionTitle) {
        return sections.stream().filter(s -> s.title().equals(sectionTitle)).findFirst();
    }
}

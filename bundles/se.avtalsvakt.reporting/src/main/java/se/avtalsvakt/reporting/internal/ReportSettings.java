package se.avtalsvakt.reporting.internal;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.avtalsvakt.api.ValidationException;

/** The reports' settings (PID {@code se.avtalsvakt.reporting}), read once per change. */
@Component(service = ReportSettings.class, configurationPid = "se.avtalsvakt.reporting")
@Designate(ocd = ReportingConfig.class)
public class ReportSettings {

    private static final Logger LOG = LoggerFactory.getLogger(ReportSettings.class);

    private volatile ReportingConfig config;

    @Activate
    public ReportSettings(ReportingConfig config) {
        this.config = config;
    }

    @Modified
    void modified(ReportingConfig changed) {
        this.config = changed;
    }

    public int calendarMonthsBack() {
        return Math.max(0, config.calendarMonthsBack());
    }

    public int calendarMonthsAhead() {
        return Math.max(1, config.calendarMonthsAhead());
    }

    /** @return the configured main areas (trimmed), empty when any main area is accepted */
    public java.util.List<String> mainAreas() {
        String[] areas = config.mainAreas();
        return areas == null ? java.util.List.of() : java.util.Arrays.stream(areas).flatMap(a -> java.util.Arrays
                .stream(a.split(","))).map(String::trim).filter(a -> !a.isEmpty()).distinct().toList();
    }

    /** @return the id of the agreement whose care providers share the result, or null for no check */
    public String costAllocationAgreement() {
        String id = config.costAllocationAgreement();
        return id == null || id.isBlank() ? null : id.trim();
    }

    /** @return the configured net results of a year, by main area; bad entries are logged and skipped */
    public Map<String, BigDecimal> netResults(int year) {
        Map<String, BigDecimal> found = new LinkedHashMap<>();
        for (String entry : java.util.Arrays.stream(config.netResults()).flatMap(e -> java.util.Arrays.stream(
                e.split(","))).filter(e -> !e.isBlank()).toList()) {
            String[] parts = entry.split(";");
            try {
                if (parts.length == 3 && Integer.parseInt(parts[0].trim()) == year) {
                    found.put(parts[1].trim(), amount(parts[2], "netResults"));
                }
            } catch (RuntimeException e) {
                LOG.warn("se.avtalsvakt.reporting netResults: '{}' is not 'year;main area;amount': {}", entry,
                        e.getMessage());
            }
        }
        return found;
    }

    /**
     * @param text  {@code area=amount;area=amount}, e.g. {@code Rörelsehinder=100000.00;Kommunikation=-2500,50}
     * @param field the parameter's name for errors
     * @return the net results by main area
     */
    public static Map<String, BigDecimal> parseNetResults(String text, String field) {
        Map<String, BigDecimal> found = new LinkedHashMap<>();
        for (String part : text.split(";")) {
            if (part.isBlank()) {
                continue;
            }
            int eq = part.lastIndexOf('=');
            if (eq <= 0) {
                throw new ValidationException(field, "expected 'main area=amount;…': '" + part.trim() + "'");
            }
            found.put(part.substring(0, eq).trim(), amount(part.substring(eq + 1), field));
        }
        return found;
    }

    /** @return an amount in SEK written with a decimal point or comma, e.g. {@code -2500,50} */
    public static BigDecimal amount(String text, String field) {
        try {
            BigDecimal value = new BigDecimal(text.trim().replace(" ", "").replace('\u00a0', ' ').replace(" ", "")
                    .replace(',', '.'));
            if (value.stripTrailingZeros().scale() > 2) {
                throw new ValidationException(field, "at most two decimals (öre): '" + text.trim() + "'");
            }
            return value;
        } catch (NumberFormatException e) {
            throw new ValidationException(field, "not an amount in SEK: '" + text.trim() + "'");
        }
    }
}

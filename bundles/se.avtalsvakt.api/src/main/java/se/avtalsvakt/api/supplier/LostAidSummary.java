package se.avtalsvakt.api.supplier;

import java.time.LocalDate;

/**
 * The lost-aid register (R6), one row per care provider and article.
 *
 * @param careProvider   the care provider's organisation id
 * @param article        the article number
 * @param reports        how many losses were reported
 * @param firstReportedOn the first report's date
 * @param lastReportedOn the latest report's date
 */
public record LostAidSummary(String careProvider, String article, int reports, LocalDate firstReportedOn,
        LocalDate lastReportedOn) {
}

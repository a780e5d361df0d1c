package se.avtalsvakt.api.report;

import java.util.List;

import se.avtalsvakt.api.supplier.InvoicedCost;

/**
 * The cost base of a year (R7).
 *
 * @param year     the year of the invoice dates
 * @param costs    per care provider and main area the invoiced cost with the flagged lines left out, by main area then
 *                 care provider
 * @param excluded the flagged lines left out, summed per care provider, main area and reason
 */
public record CostBase(int year, List<InvoicedCost> costs, List<ExcludedCost> excluded) {

    public CostBase {
        costs = costs == null ? List.of() : List.copyOf(costs);
        excluded = excluded == null ? List.of() : List.copyOf(excluded);
    }

    /** @return how many invoice lines were left out */
    public long excludedLines() {
        return excluded.stream().mapToLong(ExcludedCost::lines).sum();
    }
}

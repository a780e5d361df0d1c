package se.avtalsvakt.api.supplier;

import java.time.YearMonth;
import java.util.List;

import se.avtalsvakt.api.page.Page;
import se.avtalsvakt.api.page.PageRequest;

/**
 * What the stored supplier data says: delivery-check compliance, invoice reconciliation, the lost-aid register and
 * the invoiced cost per care provider and main area. Read-only; reports and the dashboard use it.
 */
public interface SupplierAnalysis {

    /**
     * @param careProvider only this care provider, or null for all
     * @param from         the first month
     * @param to           the last month, inclusive
     * @return one row per care provider and month that had deliveries, by care provider then month
     */
    List<CheckCompliance> checkCompliance(String careProvider, YearMonth from, YearMonth to);

    /** As {@link #checkCompliance(String, YearMonth, YearMonth)}, one page of it. */
    Page<CheckCompliance> checkCompliance(String careProvider, YearMonth from, YearMonth to, PageRequest page);

    /**
     * @param careProvider only this care provider, or null
     * @param invoiceId    only this invoice, or null
     * @return the discrepancies, by invoice then line
     */
    List<Discrepancy> discrepancies(String careProvider, String invoiceId);

    /**
     * As {@link #discrepancies(String, String)}, one page of it: by invoice, supplier, line and kind, then the
     * delivered orders not invoiced by care provider, supplier and order.
     */
    Page<Discrepancy> discrepancies(String careProvider, String invoiceId, PageRequest page);

    /**
     * @param careProvider only this care provider, or null
     * @return the lost-aid register, by care provider then article
     */
    List<LostAidSummary> lostAids(String careProvider);

    /** As {@link #lostAids(String)}, one page of it, read from the database a page at a time. */
    Page<LostAidSummary> lostAids(String careProvider, PageRequest page);

    /**
     * @param year the year of the invoice dates
     * @return the invoiced cost per care provider and main area, by main area then care provider
     */
    List<InvoicedCost> invoicedCosts(int year);

    /** As {@link #invoicedCosts(int)}, one page of it. */
    Page<InvoicedCost> invoicedCosts(int year, PageRequest page);
}

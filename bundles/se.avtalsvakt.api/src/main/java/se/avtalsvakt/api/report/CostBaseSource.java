package se.avtalsvakt.api.report;

/**
 * The cost base of the yearly distribution of surplus and deficit (R7): what was invoiced to each care provider in
 * each main area in a year, with the invoice lines that invoice reconciliation flags as billed twice or billed without
 * a delivery left out, and counted. Published by the module that holds the invoices (the supplier module); the
 * cost-allocation report uses it when present.
 */
public interface CostBaseSource {

    /**
     * @param year the year of the invoice dates
     * @return the cost base of that year; never null
     */
    CostBase costBase(int year);
}

package se.avtalsvakt.reporting.internal.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;

import se.avtalsvakt.api.report.Column;
import se.avtalsvakt.api.report.ReportSection;
import se.avtalsvakt.api.supplier.CheckCompliance;
import se.avtalsvakt.api.supplier.Discrepancy;
import se.avtalsvakt.api.supplier.SupplierAnalysis;

/** The sections of supplier data: delivery checks in time and invoice discrepancies, or a note when not installed. */
final class SupplierSections {

    /** The note of a section whose supplier data is not installed. */
    static final String NO_SUPPLIER_DATA = "inga leverantörsdata (ingen leverantörsanalys är installerad)";

    private SupplierSections() {
    }

    static ReportSection checkCompliance(SupplierAnalysis supplier, Window w, String careProvider) {
        String title = "Leveranskontroller inom fem arbetsdagar";
        if (supplier == null) {
            return ReportSection.noteOnly(title, NO_SUPPLIER_DATA);
        }
        ReportSection.Builder s = new ReportSection.Builder(title)
                .column("careProvider", "Vårdgivare").column("month", "Månad").column("deliveries", "Leveranser")
                .column("checkedInTime", "Kontrollerade i tid").column("checkedLate", "Kontrollerade sent")
                .column("unchecked", "Ej kontrollerade").column("share", "Andel i tid (%)");
        for (CheckCompliance c : supplier.checkCompliance(careProvider, YearMonth.from(w.from()),
                YearMonth.from(w.to()))) {
            s.row(c.careProvider(), c.month().toString(), c.deliveries(), c.checkedInTime(), c.checkedLate(),
                    c.unchecked(), BigDecimal.valueOf(c.share() * 100).setScale(1, RoundingMode.HALF_UP));
        }
        if (s.rowCount() == 0) {
            s.note("Inga leveranser i perioden.");
        }
        return s.build();
    }

    static ReportSection discrepancies(SupplierAnalysis supplier, String careProvider) {
        String title = "Avvikelser i fakturor";
        if (supplier == null) {
            return ReportSection.noteOnly(title, NO_SUPPLIER_DATA);
        }
        List<Column> columns = new ReportSection.Builder(title)
                .column("supplier", "Leverantör").column("invoice", "Faktura").column("line", "Rad")
                .column("careProvider", "Vårdgivare").column("order", "Order").column("kind", "Slag")
                .column("invoiced", "Fakturerat (kr)").column("expected", "Förväntat (kr)")
                .column("detail", "Beskrivning").columns();
        List<Discrepancy> found = supplier.discrepancies(careProvider, null);
        // rows made as the renderer writes them: a long list is not copied into the report first
        return ReportSection.of(title, columns, found, d -> Arrays.asList(d.supplier(), d.invoiceId(), d.line(),
                d.careProvider(), d.orderId(), d.kind().name(), sek(d.invoicedOre()), sek(d.expectedOre()),
                d.detail()), found.isEmpty() ? "Inga avvikelser." : null);
    }

    static BigDecimal sek(Long ore) {
        return ore == null ? null : BigDecimal.valueOf(ore, 2);
    }
}

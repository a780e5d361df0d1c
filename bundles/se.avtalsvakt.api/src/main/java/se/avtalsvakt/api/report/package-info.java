/**
 * Reports: the report model (sections of tables), the {@link se.avtalsvakt.api.report.ReportService} that builds and
 * renders them, the cost-share allocation of R7/I5, and the plug-in SPI: register a
 * {@link se.avtalsvakt.api.report.ReportProvider} to add a report, a {@link se.avtalsvakt.api.report.ReportRenderer}
 * to add a format (OSGi whiteboard). A {@link se.avtalsvakt.api.report.CostBaseSource} gives the cost base of R7 with
 * the invoice lines that reconciliation flags left out.
 */
@Version("1.2.0")
package se.avtalsvakt.api.report;

import org.osgi.annotation.versioning.Version;

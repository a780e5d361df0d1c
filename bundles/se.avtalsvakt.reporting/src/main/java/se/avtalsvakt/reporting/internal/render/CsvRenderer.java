package se.avtalsvakt.reporting.internal.render;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import org.osgi.service.component.annotations.Component;

import se.avtalsvakt.api.csv.SpreadsheetText;
import se.avtalsvakt.api.report.Column;
import se.avtalsvakt.api.report.Report;
import se.avtalsvakt.api.report.ReportRenderer;
import se.avtalsvakt.api.report.ReportSection;

/**
 * CSV for Swedish Excel: UTF-8 with a byte-order mark, {@code ;} between fields, decimal comma, CRLF, fields quoted
 * when they hold {@code ;}, quotes or line breaks. The report's title and parameters first, then each section: its
 * title, its note, its header row and rows, and an empty line. Text that a spreadsheet would run as a formula is
 * kept inert ({@link SpreadsheetText}, the rule of every CSV the platform writes); numbers are left as they are.
 */
@Component(service = ReportRenderer.class)
public class CsvRenderer implements ReportRenderer {

    /** The byte-order mark that makes Excel read UTF-8. */
    static final char BOM = '\uFEFF';

    static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\r\n")
            .setQuoteMode(QuoteMode.MINIMAL).build();

    @Override
    public String format() {
        return "csv";
    }

    @Override
    public String contentType() {
        return "text/csv; charset=UTF-8";
    }

    @Override
    public String fileExtension() {
        return "csv";
    }

    @Override
    public void render(Report report, OutputStream out) throws IOException {
        // written row by row into the stream (buffered), never held whole; the stream is flushed, not closed
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 16 * 1024);
        CSVPrinter csv = new CSVPrinter(writer, FORMAT);
        writer.write(BOM);
        csv.printRecord(SpreadsheetText.inert(report.title()));
        csv.printRecord("Skapad", report.generatedOn().toString());
        for (Map.Entry<String, String> p : report.parameters().entrySet()) {
            csv.printRecord(SpreadsheetText.inert(p.getKey()), SpreadsheetText.inert(p.getValue()));
        }
        for (ReportSection section : report.sections()) {
            csv.println();
            csv.printRecord(SpreadsheetText.inert(section.title()));
            if (section.note() != null) {
                csv.printRecord(SpreadsheetText.inert(section.note()));
            }
            if (!section.columns().isEmpty()) {
                csv.printRecord(section.columns().stream().map(Column::title).map(SpreadsheetText::inert)
                        .toList());
            }
            for (List<Object> row : section.rows()) {
                List<String> cells = new ArrayList<>(row.size());
                for (Object value : row) {
                    cells.add(value instanceof Number ? Cells.text(value)
                            : SpreadsheetText.inert(Cells.text(value)));
                }
                csv.printRecord(cells);
            }
        }
        csv.flush();
    }
}

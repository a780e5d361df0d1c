package se.avtalsvakt.reporting.internal.render;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Component;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import se.avtalsvakt.api.report.Column;
import se.avtalsvakt.api.report.Report;
import se.avtalsvakt.api.report.ReportRenderer;
import se.avtalsvakt.api.report.ReportSection;

/**
 * PDF on A4 with OpenPDF: the title, the parameters, then each section as a heading, its note and a table. Text is
 * set in Helvetica with the Windows-1252 encoding, which holds å ä ö Å Ä Ö é and the dashes, so nothing needs to be
 * embedded; a wide table (more than five columns) gets a landscape page.
 */
@Component(service = ReportRenderer.class)
public class PdfRenderer implements ReportRenderer {

    private static final Color HEADER = new Color(0xDD, 0xE6, 0xF0);

    @Override
    public String format() {
        return "pdf";
    }

    @Override
    public String contentType() {
        return "application/pdf";
    }

    @Override
    public String fileExtension() {
        return "pdf";
    }

    /** Rows added to a table between two writes of it to the stream (OpenPDF's large-table mode). */
    static final int ROWS_PER_WRITE = 200;

    /**
     * Writes as pages fill: a long table is added in large-table mode and handed to the document every
     * {@link #ROWS_PER_WRITE} rows, so its finished rows are written out instead of collected; flushed, not closed.
     */
    @Override
    public void render(Report report, OutputStream out) throws IOException {
        try {
            BaseFont base = BaseFont.createFont(BaseFont.HELVETICA, BaseFont.CP1252, BaseFont.NOT_EMBEDDED);
            BaseFont bold = BaseFont.createFont(BaseFont.HELVETICA_BOLD, BaseFont.CP1252, BaseFont.NOT_EMBEDDED);
            Font title = new Font(bold, 16);
            Font heading = new Font(bold, 12);
            Font text = new Font(base, 9);
            Font small = new Font(base, 8);
            Font smallBold = new Font(bold, 8);

            boolean wide = report.sections().stream().anyMatch(s -> s.columns().size() > 5);
            Document document = new Document(wide ? PageSize.A4.rotate() : PageSize.A4, 40, 40, 40, 40);
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setCloseStream(false);
            document.addTitle(report.title());
            document.addCreator("Avtalsvakt");
            document.open();
            document.add(new Paragraph(report.title(), title));
            Paragraph meta = new Paragraph("Skapad " + report.generatedOn(), text);
            for (Map.Entry<String, String> p : report.parameters().entrySet()) {
                meta.add(new Phrase("\n" + p.getKey() + ": " + p.getValue(), text));
            }
            meta.setSpacingAfter(8);
            document.add(meta);
            for (ReportSection section : report.sections()) {
                Paragraph h = new Paragraph(section.title(), heading);
                h.setSpacingBefore(10);
                h.setSpacingAfter(4);
                document.add(h);
                if (section.note() != null) {
                    Paragraph note = new Paragraph(section.note(), text);
                    note.setSpacingAfter(4);
                    document.add(note);
                }
                if (section.columns().isEmpty()) {
                    continue;
                }
                if (section.rows().isEmpty()) {
                    if (section.note() != null) {
                        continue;
                    }
                    document.add(new Paragraph("(inga rader)", text));
                    continue;
                }
                PdfPTable table = new PdfPTable(section.columns().size());
                table.setWidthPercentage(100);
                table.setHeaderRows(1);
                table.setComplete(false);
                for (Column c : section.columns()) {
                    PdfPCell cell = new PdfPCell(new Phrase(c.title(), smallBold));
                    cell.setBackgroundColor(HEADER);
                    table.addCell(cell);
                }
                int rows = 0;
                for (List<Object> row : section.rows()) {
                    for (Object value : row) {
                        PdfPCell cell = new PdfPCell(new Phrase(Cells.text(value), small));
                        if (Cells.numeric(value)) {
                            cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
                        }
                        table.addCell(cell);
                    }
                    if (++rows % ROWS_PER_WRITE == 0) {
                        document.add(table);
                    }
                }
                table.setComplete(true);
                document.add(table);
            }
            document.close();
            out.flush();
        } catch (DocumentException e) {
            throw new IllegalStateException("report " + report.kind() + " could not be written as PDF", e);
        }
    }
}

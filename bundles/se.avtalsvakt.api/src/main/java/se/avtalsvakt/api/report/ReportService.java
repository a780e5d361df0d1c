package se.avtalsvakt.api.report;

import java.util.List;

/** Every installed report in every installed format. */
public interface ReportService {

    /** @return the installed reports, by kind */
    List<ReportInfo> reports();

    /** @return the installed formats, by name */
    List<String> formats();

    /**
     * @throws se.avtalsvakt.api.NotFoundException   if there is no report of that kind
     * @throws se.avtalsvakt.api.ValidationException naming the parameter if the request is wrong
     */
    Report build(ReportRequest request);

    /**
     * Builds the report now (so a wrong request fails here) and renders it when the result is written.
     *
     * @param format a format, e.g. {@code pdf}
     * @throws se.avtalsvakt.api.NotFoundException   if there is no report of that kind
     * @throws se.avtalsvakt.api.ValidationException naming {@code format} if it is not installed, or the parameter
     */
    RenderedReport run(ReportRequest request, String format);

    /**
     * What {@link #run} would answer, without building the report: its file name and media type, and an empty
     * body (for {@code HEAD}).
     *
     * @throws se.avtalsvakt.api.NotFoundException   if there is no report of that kind
     * @throws se.avtalsvakt.api.ValidationException naming {@code format} if it is not installed
     */
    RenderedReport describe(ReportRequest request, String format);
}

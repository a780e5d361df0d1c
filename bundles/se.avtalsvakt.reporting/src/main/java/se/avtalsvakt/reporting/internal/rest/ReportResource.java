package se.avtalsvakt.reporting.internal.rest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;

import javax.ws.rs.GET;
import javax.ws.rs.HEAD;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.StreamingOutput;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import se.avtalsvakt.api.ValidationException;
import se.avtalsvakt.api.page.Page;
import se.avtalsvakt.api.page.PageRequest;
import se.avtalsvakt.api.report.RenderedReport;
import se.avtalsvakt.api.report.ReportInfo;
import se.avtalsvakt.api.report.ReportRequest;
import se.avtalsvakt.api.report.ReportService;

/**
 * {@code /api/v1/reports}: the installed reports, and each run in any installed format ({@code format}: json, csv,
 * pdf, …), inline when JSON and as an attachment otherwise.
 */
@Component(service = ReportResource.class)
@JaxrsResource
@JaxrsApplicationSelect("(osgi.jaxrs.name=avtalsvakt)")
@Path("reports")
@Produces(MediaType.APPLICATION_JSON)
public class ReportResource {

    private final ReportService reports;

    @Activate
    public ReportResource(@Reference ReportService reports) {
        this.reports = reports;
    }

    /** A run's parameters as the query gives them; absent ones are null. */
    public record Query(Integer year, LocalDate from, LocalDate to, String organisation, String body,
                        String agreement, String netResults, String format) {

        ReportRequest request(String kind, String attachment) {
            Map<String, String> options = netResults == null ? Map.of() : Map.of("netResults", netResults);
            return new ReportRequest(kind, year, from, to, organisation, body, agreement, options, attachment);
        }
    }

    /** @return the installed reports, by kind, a page at a time */
    @GET
    public Page<ReportInfo> reports(@QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        return Page.slice(reports.reports(), PageRequest.of(limit, cursor), ReportInfo::kind);
    }

    @GET
    @Path("{kind}")
    @Produces(MediaType.WILDCARD)
    public Response report(@PathParam("kind") String kind, @QueryParam("year") Integer year,
            @QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to,
            @QueryParam("organisation") String organisation, @QueryParam("body") String body,
            @QueryParam("agreement") String agreement, @QueryParam("netResults") String netResults,
            @QueryParam("format") String format) {
        return run(kind, new Query(year, from, to, organisation, body, agreement, netResults, format), null);
    }

    /** The headers a run would answer (type, file name), without building the report: is it there, in that format? */
    @HEAD
    @Path("{kind}")
    @Produces(MediaType.WILDCARD)
    public Response reportHead(@PathParam("kind") String kind, @QueryParam("year") Integer year,
            @QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to,
            @QueryParam("organisation") String organisation, @QueryParam("body") String body,
            @QueryParam("agreement") String agreement, @QueryParam("netResults") String netResults,
            @QueryParam("format") String format) {
        Query query = new Query(year, from, to, organisation, body, agreement, netResults, format);
        return headers(reports.describe(query.request(kind, null), query.format() == null ? "json" : query.format()))
                .build();
    }

    /** A report computed from an uploaded file, e.g. cost-allocation from {@code care_provider;main_area;cost}. */
    @POST
    @Path("{kind}")
    @Produces(MediaType.WILDCARD)
    public Response reportWithUpload(@PathParam("kind") String kind, @QueryParam("year") Integer year,
            @QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to,
            @QueryParam("organisation") String organisation, @QueryParam("body") String body,
            @QueryParam("agreement") String agreement, @QueryParam("netResults") String netResults,
            @QueryParam("format") String format, InputStream upload) throws IOException {
        String text = upload == null ? "" : new String(upload.readAllBytes(), StandardCharsets.UTF_8);
        if (text.isBlank()) {
            throw new ValidationException("costs", "send the cost data as CSV: care_provider;main_area;cost");
        }
        return run(kind, new Query(year, from, to, organisation, body, agreement, netResults, format), text);
    }

    /** Builds the report (a wrong request is 400 before anything is sent), then renders it into the response. */
    Response run(String kind, Query query, String attachment) {
        RenderedReport out = reports.run(query.request(kind, attachment), query.format() == null ? "json"
                : query.format());
        StreamingOutput body = out::write;
        return headers(out).entity(body).build();
    }

    private static Response.ResponseBuilder headers(RenderedReport out) {
        String disposition = out.contentType().startsWith("application/json") ? "inline" : "attachment";
        return Response.ok().type(out.contentType())
                .header("Content-Disposition", disposition + "; filename=\"" + out.fileName() + "\"");
    }
}

package se.avtalsvakt.reporting.internal.rest;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.fail;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.junit.Test;

import se.avtalsvakt.api.ValidationException;
import se.avtalsvakt.api.report.CareProviderCost;
import se.avtalsvakt.api.report.CostAllocationRequest;
import se.avtalsvakt.api.report.RenderedReport;
import se.avtalsvakt.api.report.ReportRequest;
import se.avtalsvakt.api.report.ReportService;
import se.avtalsvakt.reporting.internal.CalendarFeed;
import se.avtalsvakt.reporting.internal.CostAllocator;
import se.avtalsvakt.reporting.internal.Fakes;

/** The reporting resources as plain objects: the request they build and the headers of their answers. */
public class ReportingResourcesTest {

    private final AtomicReference<ReportRequest> asked = new AtomicReference<>();
    private final AtomicReference<String> format = new AtomicReference<>();

    private ReportResource resource(String contentType) {
        return new ReportResource(Fakes.of(ReportService.class, Map.of("run", args -> {
            asked.set((ReportRequest) args[0]);
            format.set((String) args[1]);
            return new RenderedReport("avtalsvakt-deadlines-2026.x", contentType, new byte[] {1, 2, 3});
        })));
    }

    @Test
    public void aJsonReportIsInlineAndEveryOtherFormatAnAttachment() throws Exception {
        Response json = resource("application/json; charset=UTF-8").report("deadlines", 2026, null, null, null, null,
                null, null, null);
        assertEquals(200, json.getStatus());
        assertEquals("json", format.get());
        assertEquals(MediaType.valueOf("application/json; charset=UTF-8"), json.getMediaType());
        assertEquals("inline; filename=\"avtalsvakt-deadlines-2026.x\"", json.getHeaderString("Content-Disposition"));
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        ((javax.ws.rs.core.StreamingOutput) json.getEntity()).write(body);
        assertArrayEquals("the report is written into the response", new byte[] {1, 2, 3}, body.toByteArray());
        Response pdf = resource("application/pdf").report("deadlines", 2026, null, null, null, null, null, null, "pdf");
        assertEquals("pdf", format.get());
        assertEquals(MediaType.valueOf("application/pdf"), pdf.getMediaType());
        assertEquals("attachment; filename=\"avtalsvakt-deadlines-2026.x\"",
                pdf.getHeaderString("Content-Disposition"));
    }

    @Test
    public void theQueryBecomesTheReportRequestWithNetResultsOnlyWhenGiven() {
        ReportResource r = resource("text/csv; charset=UTF-8");
        r.report("compliance", null, LocalDate.parse("2026-01-01"), LocalDate.parse("2026-06-30"), "lerum",
                "ledningsradet", "samarbetsavtal", null, "csv");
        ReportRequest q = asked.get();
        assertEquals("compliance", q.kind());
        assertNull(q.year());
        assertEquals(LocalDate.parse("2026-01-01"), q.from());
        assertEquals(LocalDate.parse("2026-06-30"), q.to());
        assertEquals(List.of("lerum", "ledningsradet", "samarbetsavtal"), List.of(q.organisation(), q.body(),
                q.agreement()));
        assertEquals(Map.of(), q.options());
        assertNull(q.attachment());
        r.report("cost-allocation", 2025, null, null, null, null, null, "Rörelsehinder=400,00", null);
        assertEquals(Map.of("netResults", "Rörelsehinder=400,00"), asked.get().options());
    }

    @Test
    public void anUploadIsTheReportsAttachmentAndAnEmptyOneNamesTheCosts() throws Exception {
        ReportResource r = resource("application/json");
        String csv = "care_provider;main_area;cost\nlerum;Rörelsehinder;1\n";
        r.reportWithUpload("cost-allocation", 2025, null, null, null, null, null, null, "json",
                new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
        assertEquals(csv, asked.get().attachment());
        try {
            r.reportWithUpload("cost-allocation", 2025, null, null, null, null, null, null, "json",
                    new ByteArrayInputStream(" \n".getBytes(StandardCharsets.UTF_8)));
            fail("ran without costs");
        } catch (ValidationException e) {
            assertEquals("costs", e.problems().get(0).path());
        }
    }

    @Test
    public void theCalendarFeedIsNamedAfterItsScopeInASafeFileName() throws Exception {
        AtomicReference<CalendarFeed.Query> query = new AtomicReference<>();
        CalendarFeed feed = new CalendarFeed(null, null, null) {
            @Override
            public Feed feed(Query q) {
                query.set(q);
                return new Feed(LocalDate.of(2025, 1, 1), LocalDate.of(2027, 1, 1), CalendarFeed.fileNameOf(q),
                        out -> out.write("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n".getBytes(StandardCharsets.UTF_8)));
            }
        };
        CalendarFeedResource resource = new CalendarFeedResource(feed);
        Response all = resource.feed(null, null, null, null, null, null);
        assertEquals(MediaType.valueOf("text/calendar; charset=UTF-8"), all.getMediaType());
        assertEquals("inline; filename=\"avtalsvakt.ics\"", all.getHeaderString("Content-Disposition"));
        assertEquals("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n", written(all));
        assertEquals("inline; filename=\"avtalsvakt-lerum-bg_it_st_d.ics\"", resource.feed(null, null, "lerum",
                "bg it stöd", null, null).getHeaderString("Content-Disposition"));
        Response head = resource.feedHead(null, null, "lerum", null, List.of("NOTICE_DEADLINE, TERM_END"),
                List.of("agreement", " "));
        assertNull("HEAD has no body", head.getEntity());
        assertEquals("inline; filename=\"avtalsvakt-lerum.ics\"", head.getHeaderString("Content-Disposition"));
        assertEquals(java.util.Set.of("NOTICE_DEADLINE", "TERM_END"), query.get().kinds());
        assertEquals(java.util.Set.of("agreement"), query.get().sources());
    }

    static String written(Response response) throws java.io.IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        ((javax.ws.rs.core.StreamingOutput) response.getEntity()).write(out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    public void anAllocationAnswersItsAmountsAsPlainDecimalStrings() {
        CostAllocationResource.CostAllocationOut out = new CostAllocationResource(new CostAllocator()).allocate(
                new CostAllocationRequest(2025, "Rörelsehinder", new BigDecimal("100.00"), List.of(
                        new CareProviderCost("goteborg", new BigDecimal("1.00")),
                        new CareProviderCost("boras", new BigDecimal("1.00")),
                        new CareProviderCost("mark", new BigDecimal("1.00")))));
        assertEquals("100.00", out.total());
        assertEquals("3.00", out.totalCost());
        assertEquals(List.of("33.33", "33.34", "33.33"), out.allocations().stream()
                .map(CostAllocationResource.AllocationOut::amount).toList());
        assertEquals("0.333333", out.allocations().get(0).share());
    }
}

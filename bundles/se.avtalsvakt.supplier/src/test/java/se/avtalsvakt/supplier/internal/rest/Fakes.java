package se.avtalsvakt.supplier.internal.rest;

import java.io.InputStream;
import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import javax.ws.rs.core.SecurityContext;

import se.avtalsvakt.api.PlatformClock;
import se.avtalsvakt.api.page.Page;
import se.avtalsvakt.api.page.PageRequest;
import se.avtalsvakt.api.supplier.DeliveryFilter;
import se.avtalsvakt.api.supplier.CheckCompliance;
import se.avtalsvakt.api.supplier.DeliveryCheck;
import se.avtalsvakt.api.supplier.DeliveryView;
import se.avtalsvakt.api.supplier.Discrepancy;
import se.avtalsvakt.api.supplier.ImportReceipt;
import se.avtalsvakt.api.supplier.ImportStatus;
import se.avtalsvakt.api.supplier.InvoicedCost;
import se.avtalsvakt.api.supplier.LostAidSummary;
import se.avtalsvakt.api.supplier.RecordType;
import se.avtalsvakt.api.supplier.SupplierAnalysis;
import se.avtalsvakt.api.supplier.SupplierService;

/** Stand-ins for the services the supplier resources call, recording each call as a line. */
final class Fakes {

    static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");

    /** Every call, e.g. {@code imports(acme, 50)}. */
    final List<String> calls = new ArrayList<>();

    /** Sunday 22 November 2026, as in the itests. */
    static PlatformClock clock() {
        return new PlatformClock() {
            @Override
            public ZoneId zone() {
                return ZONE;
            }

            @Override
            public Clock clock() {
                return Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZONE);
            }
        };
    }

    static SecurityContext user(String name) {
        Principal principal = () -> name;
        return new SecurityContext() {
            @Override
            public Principal getUserPrincipal() {
                return principal;
            }

            @Override
            public boolean isUserInRole(String role) {
                return true;
            }

            @Override
            public boolean isSecure() {
                return false;
            }

            @Override
            public String getAuthenticationScheme() {
                return BASIC_AUTH;
            }
        };
    }

    static ImportReceipt receipt(String supplier, RecordType type) {
        return new ImportReceipt(7, supplier, type, "http", Instant.EPOCH, ImportStatus.COMPLETED, 1, 1, 0, 0, 0,
                List.of());
    }

    /** Uploads through {@link #route()}, up to 1 MiB, kept in the system's temporary folder. */
    Uploads uploads() {
        return new Uploads(route(), () -> 1 << 20, null);
    }

    /** The HTTP route: records the call and answers with a receipt. */
    Uploads.Route route() {
        return (supplier, type, format, body, user) -> {
            calls.add("ingestHttp(" + supplier + ", " + type + ", " + format + ", " + read(body) + ", " + user + ")");
            return receipt(supplier, type);
        };
    }

    private static String read(InputStream body) {
        try {
            return new String(body.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    SupplierService suppliers() {
        return new SupplierService() {
            @Override
            public ImportReceipt ingest(String supplier, RecordType type, Format format, String source,
                    InputStream content) {
                throw new UnsupportedOperationException("uploads go through the route");
            }

            @Override
            public ImportReceipt recordFailure(String supplier, RecordType type, String source, String reason) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Page<ImportReceipt> imports(String supplier, PageRequest page) {
                calls.add("imports(" + supplier + ", " + page.limit() + ", " + page.cursor() + ")");
                return Page.all(List.of());
            }

            @Override
            public Page<DeliveryView> deliveries(DeliveryFilter filter, PageRequest page) {
                calls.add("deliveries(" + filter + ", " + page.limit() + ", " + page.cursor() + ")");
                return Page.all(List.of());
            }

            @Override
            public List<String> uncheckedDeliveryIds(String prefix, int limit) {
                return List.of();
            }

            @Override
            public DeliveryView checkDelivery(String deliveryId, String supplier, DeliveryCheck check, String user) {
                calls.add("checkDelivery(" + deliveryId + ", " + supplier + ", " + check + ", " + user + ")");
                return null;
            }
        };
    }

    SupplierAnalysis analysis() {
        return new SupplierAnalysis() {
            @Override
            public List<CheckCompliance> checkCompliance(String careProvider, YearMonth from, YearMonth to) {
                throw new UnsupportedOperationException("REST asks for pages");
            }

            @Override
            public Page<CheckCompliance> checkCompliance(String careProvider, YearMonth from, YearMonth to,
                    PageRequest page) {
                calls.add("checkCompliance(" + careProvider + ", " + from + ", " + to + ", " + page.limit() + ")");
                return Page.all(List.of());
            }

            @Override
            public List<Discrepancy> discrepancies(String careProvider, String invoiceId) {
                throw new UnsupportedOperationException("REST asks for pages");
            }

            @Override
            public Page<Discrepancy> discrepancies(String careProvider, String invoiceId, PageRequest page) {
                calls.add("discrepancies(" + careProvider + ", " + invoiceId + ", " + page.limit() + ")");
                return Page.all(List.of());
            }

            @Override
            public List<LostAidSummary> lostAids(String careProvider) {
                throw new UnsupportedOperationException("REST asks for pages");
            }

            @Override
            public Page<LostAidSummary> lostAids(String careProvider, PageRequest page) {
                calls.add("lostAids(" + careProvider + ", " + page.limit() + ")");
                return Page.all(List.of());
            }

            @Override
            public List<InvoicedCost> invoicedCosts(int year) {
                throw new UnsupportedOperationException("REST asks for pages");
            }

            @Override
            public Page<InvoicedCost> invoicedCosts(int year, PageRequest page) {
                calls.add("invoicedCosts(" + year + ", " + page.limit() + ")");
                return Page.all(List.of());
            }
        };
    }
}

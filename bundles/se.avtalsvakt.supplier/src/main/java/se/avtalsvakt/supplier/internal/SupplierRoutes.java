package se.avtalsvakt.supplier.internal;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.camel.CamelContext;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.Exchange;
import org.apache.camel.LoggingLevel;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.karaf.core.OsgiCamelContextPublisher;
import org.apache.camel.karaf.core.OsgiDefaultCamelContext;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.avtalsvakt.api.ValidationException;
import se.avtalsvakt.api.csv.SpreadsheetText;
import se.avtalsvakt.api.supplier.ImportReceipt;
import se.avtalsvakt.api.supplier.LineError;
import se.avtalsvakt.api.supplier.RecordType;
import se.avtalsvakt.api.supplier.SupplierService.Format;
import se.avtalsvakt.api.supplier.UnreadableFileException;

/**
 * The Camel context {@code avtalsvakt-supplier}: a route per supplier and record type that reads dropped files
 * ({@code supplier-<supplier>-<type>}), one for HTTP uploads ({@code supplier-http}), and the dead-letter route
 * ({@code supplier-dead-letter}) for files that cannot be read at all or whose import kept failing.
 */
@Component(service = SupplierRoutes.class, immediate = true, configurationPid = "se.avtalsvakt.supplier.routes")
@Designate(ocd = SupplierRoutesConfig.class)
public class SupplierRoutes {

    static final String CONTEXT_NAME = "avtalsvakt-supplier";
    static final String HTTP_ENDPOINT = "direct:supplier-http";
    static final String HTTP_ROUTE = "supplier-http";
    static final String DEAD_LETTER_ENDPOINT = "direct:supplier-dead-letter";
    static final String HEADER_SUPPLIER = "AvtalsvaktSupplier";
    static final String HEADER_TYPE = "AvtalsvaktRecordType";
    static final String HEADER_FORMAT = "AvtalsvaktFormat";
    static final String HEADER_ERRORS = "AvtalsvaktErrorCount";
    /** The error file's format: {@code line;field;reason}, a line feed after each record. */
    static final CSVFormat ERROR_FILE = CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\n")
            .setQuoteMode(QuoteMode.MINIMAL).build();
    static final String HEADER_USER = "AvtalsvaktUser";

    private static final Logger LOG = LoggerFactory.getLogger(SupplierRoutes.class);

    private final SupplierRegister register;
    private final CamelContext camel;
    private final ProducerTemplate producer;
    private final String defaultSupplier;
    private final long maxUploadBytes;

    @Activate
    public SupplierRoutes(@Reference SupplierRegister register, BundleContext bundleContext,
            SupplierRoutesConfig config) throws Exception {
        this(register, osgiContext(bundleContext), config);
    }

    /** A Camel context that registers itself as an OSGi service while it runs: plugin:list shows its routes. */
    private static CamelContext osgiContext(BundleContext bundleContext) {
        OsgiDefaultCamelContext context = new OsgiDefaultCamelContext(bundleContext);
        context.getManagementStrategy().addEventNotifier(new OsgiCamelContextPublisher(bundleContext));
        return context;
    }

    /**
     * The routes in a given Camel context, which they start; outside OSGi (the benchmark) a plain one.
     */
    public SupplierRoutes(SupplierRegister register, CamelContext context, SupplierRoutesConfig config)
            throws Exception {
        this.register = register;
        this.maxUploadBytes = config.upload_maxBytes();
        this.defaultSupplier = java.util.Arrays.stream(config.suppliers()).map(String::strip)
                .filter(x -> !x.isEmpty()).findFirst().orElse(null);
        context.getCamelContextExtension().setName(CONTEXT_NAME);
        context.addRoutes(routes(config));
        context.start();
        this.camel = context;
        this.producer = context.createProducerTemplate();
        LOG.info("Supplier routes started: {}", context.getRoutes().stream().map(r -> r.getRouteId()).toList());
    }

    /** Stops the routes and their Camel context. */
    @Deactivate
    public void stop() throws Exception {
        producer.close();
        camel.stop();
    }

    /** @return the supplier that uploads without a supplier are for: the first configured one */
    public String defaultSupplier() {
        return defaultSupplier;
    }

    /** @return the largest HTTP upload accepted, in bytes ({@code upload.maxBytes}) */
    public long maxUploadBytes() {
        return maxUploadBytes;
    }

    /** @return the Camel context, for status and tests */
    public CamelContext camelContext() {
        return camel;
    }

    /**
     * An HTTP upload, through the {@code supplier-http} route.
     *
     * @return the receipt
     */
    public ImportReceipt ingestHttp(String supplier, RecordType type, Format format, InputStream body) {
        return ingestHttp(supplier, type, format, body, null);
    }

    /**
     * An HTTP upload by {@code user} (kept with delivery checks), through the {@code supplier-http} route.
     *
     * @return the receipt
     */
    public ImportReceipt ingestHttp(String supplier, RecordType type, Format format, InputStream body, String user) {
        try {
            Map<String, Object> headers = new java.util.HashMap<>(Map.<String, Object>of(HEADER_SUPPLIER, supplier, HEADER_TYPE,
                    type, HEADER_FORMAT, format));
            if (user != null) {
                headers.put(HEADER_USER, user);
            }
            return producer.requestBodyAndHeaders(HTTP_ENDPOINT, body, headers, ImportReceipt.class);
        } catch (CamelExecutionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    static String inbox(SupplierRoutesConfig config) {
        if (config.inbox() != null && !config.inbox().isBlank()) {
            return config.inbox().strip();
        }
        String data = System.getProperty("karaf.data", "data");
        return Path.of(data, "supplier").toString();
    }

    static String uri(String template, String inbox, String supplier, RecordType type) {
        return template.replace("{inbox}", inbox).replace("{supplier}", supplier).replace("{type}", type.path());
    }

    private RouteBuilder routes(SupplierRoutesConfig config) {
        String inbox = inbox(config);
        return new RouteBuilder() {
            @Override
            public void configure() {
                // unreadable files and refused input (e.g. a configured supplier that is not registered): no
                // retry, to the dead letters (the file consumer moves them to .failed)
                // the dead-letter route logs one line per file: Camel's own report (a stack trace) is left out
                onException(UnreadableFileException.class, ValidationException.class)
                        .maximumRedeliveries(0)
                        .logExhausted(false)
                        .handled(false)
                        .to(DEAD_LETTER_ENDPOINT);
                // transient failures: retry with exponential back-off, then dead letter
                onException(Exception.class)
                        .maximumRedeliveries(config.maximumRedeliveries())
                        .redeliveryDelay(config.redeliveryDelay())
                        .useExponentialBackOff().backOffMultiplier(2)
                        .retryAttemptedLogLevel(LoggingLevel.WARN)
                        .logExhausted(false)
                        .handled(false)
                        .to(DEAD_LETTER_ENDPOINT);

                from(DEAD_LETTER_ENDPOINT).routeId("supplier-dead-letter")
                        .process(SupplierRoutes.this::deadLetter);

                // an upload is answered at once: no retry (its body is read once), no dead letter; the caller
                // gets the problem
                from(HTTP_ENDPOINT).routeId(HTTP_ROUTE)
                        .onException(UnreadableFileException.class, ValidationException.class, Exception.class)
                        .maximumRedeliveries(0).logExhausted(false).handled(false).end()
                        .process(e -> e.getMessage().setBody(register.ingest(
                                e.getMessage().getHeader(HEADER_SUPPLIER, String.class),
                                e.getMessage().getHeader(HEADER_TYPE, RecordType.class),
                                e.getMessage().getHeader(HEADER_FORMAT, Format.class), "http",
                                e.getMessage().getBody(InputStream.class), x -> { },
                                e.getMessage().getHeader(HEADER_USER, String.class))));

                for (String supplier : config.suppliers()) {
                    String s = supplier.strip();
                    if (s.isEmpty()) {
                        continue;
                    }
                    for (RecordType type : RecordType.values()) {
                        from(uri(config.sourceUri(), inbox, s, type))
                                .routeId("supplier-" + s + "-" + type.path())
                                .setHeader(HEADER_SUPPLIER, constant(s))
                                .setHeader(HEADER_TYPE, constant(type))
                                .process(SupplierRoutes.this::ingestFile)
                                .filter(header(HEADER_ERRORS).isGreaterThan(0))
                                .to(uri(config.errorUri(), inbox, s, type));
                    }
                }
            }
        };
    }

    /** Reads a dropped file; when lines were refused, the body becomes the error file. */
    private void ingestFile(Exchange exchange) throws Exception {
        String supplier = exchange.getMessage().getHeader(HEADER_SUPPLIER, String.class);
        RecordType type = exchange.getMessage().getHeader(HEADER_TYPE, RecordType.class);
        String name = exchange.getMessage().getHeader(Exchange.FILE_NAME_ONLY, String.class);
        if (name == null) {
            name = exchange.getMessage().getHeader(Exchange.FILE_NAME, "upload", String.class);
        }
        Format format = name.toLowerCase(Locale.ROOT).endsWith(".json") ? Format.JSON : Format.CSV;
        List<LineError> errors = new ArrayList<>();
        ImportReceipt receipt;
        try (InputStream in = exchange.getMessage().getBody(InputStream.class)) {
            receipt = register.ingest(supplier, type, format, name, in, errors::add);
        }
        exchange.getMessage().setHeader(HEADER_ERRORS, errors.size());
        if (!errors.isEmpty()) {
            exchange.getMessage().setHeader(Exchange.FILE_NAME, name + ".errors.csv");
            exchange.getMessage().setBody(errorFile(receipt, errors));
        }
    }

    /**
     * The error file: one line per refused field, with line number, field and reason (never the value), written
     * with commons-csv ({@code ;}, quoted where needed) and kept inert for spreadsheets ({@link SpreadsheetText}).
     */
    static byte[] errorFile(ImportReceipt receipt, List<LineError> errors) throws java.io.IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer w = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(w, ERROR_FILE)) {
            csv.printRecord("line", "field", "reason");
            for (LineError e : errors) {
                csv.printRecord(e.line(), SpreadsheetText.inert(e.field()), SpreadsheetText.inert(e.reason()));
            }
        }
        return bytes.toByteArray();
    }

    /**
     * A file that could not be imported: an unreadable file already has its failed receipt; any other failure
     * (after the retries) gets one here. The file consumer then moves the file to {@code .failed}.
     */
    private void deadLetter(Exchange exchange) {
        if (HTTP_ROUTE.equals(exchange.getFromRouteId())) {
            return; // an upload's caller gets the problem; nothing is set aside
        }
        Throwable cause = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        String supplier = exchange.getMessage().getHeader(HEADER_SUPPLIER, String.class);
        RecordType type = exchange.getMessage().getHeader(HEADER_TYPE, RecordType.class);
        String name = exchange.getMessage().getHeader(Exchange.FILE_NAME_ONLY, "http", String.class);
        LOG.error("Supplier file {} of {} {} is a dead letter: {}", name, supplier,
                type == null ? "?" : type.path(), cause == null ? "unknown cause" : cause.getMessage());
        if (!(cause instanceof UnreadableFileException) && supplier != null && type != null) {
            // an unreadable file already has its failed receipt
            try {
                register.recordFailure(supplier, type, name, "failed after retries: "
                        + (cause == null ? "unknown cause" : cause.getClass().getSimpleName()));
            } catch (RuntimeException e) {
                LOG.error("Could not keep the failed receipt of {}: {}", name, e.getMessage());
            }
        }
    }
}

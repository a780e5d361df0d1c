package se.avtalsvakt.plugin.casefile.internal;

import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.karaf.core.OsgiCamelContextPublisher;
import org.apache.camel.karaf.core.OsgiDefaultCamelContext;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.apache.camel.spi.ComponentResolver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.ObjectMapper;

import se.avtalsvakt.api.alert.Alert;
import se.avtalsvakt.api.alert.AlertChannel;
import se.avtalsvakt.api.alert.AlertDocument;
import se.avtalsvakt.api.json.Json;

/**
 * Writes every alert as a JSON file into a case-management system's import folder, through the Camel route
 * {@code plugin-casefile} ({@code direct:plugin-casefile} to the file component). The file is written under a
 * temporary name ({@code <name>.part}) and renamed when complete, so the importer never reads half a file; writing
 * the same alert again (a retried delivery) replaces its file. A failed write fails the delivery, and alerting
 * retries it with back-off.
 *
 * <p>The Camel context is registered as an OSGi service while it runs ({@link OsgiCamelContextPublisher}), which is
 * how {@code plugin:list} finds the plug-in's routes.
 */
@Component(name = CaseFileChannel.PID, service = AlertChannel.class, configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = CaseFileChannel.Config.class)
public class CaseFileChannel implements AlertChannel {

    static final String PID = "se.avtalsvakt.plugin.casefile";
    static final String ENDPOINT = "direct:plugin-casefile";
    static final String ROUTE = "plugin-casefile";

    private static final Logger LOG = LoggerFactory.getLogger(CaseFileChannel.class);
    private static final ObjectMapper JSON = Json.mapper();
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");

    /** Configuration PID {@code se.avtalsvakt.plugin.casefile}. */
    @ObjectClassDefinition(name = "Avtalsvakt plug-in: case files",
            description = "Writes every alert as a JSON file into a case-management import folder.")
    public @interface Config {
        @AttributeDefinition(name = "Folder", required = false,
                description = "The import folder, created if missing; empty for <karaf.data>/casefile")
        String folder() default "";

        @AttributeDefinition(name = "File name", description = "Placeholders {id}, {source}, {subject}, {kind}, "
                + "{threshold}, {addressee}, {raisedFor}")
        String fileName() default "avtalsvakt-{id}-{subject}-{threshold}.json";
    }

    private final CamelContext camel;
    private final ProducerTemplate producer;
    private final String fileName;

    /**
     * @param file not used directly: the channel starts once Camel's file component is available
     * @throws IllegalArgumentException naming the setting that is wrong; the channel stays inactive
     */
    @Activate
    public CaseFileChannel(BundleContext bundleContext, Config config,
            @Reference(target = "(component=file)") ComponentResolver file) throws Exception {
        Path folder = folder(config.folder());
        this.fileName = checkedPattern(config.fileName());
        OsgiDefaultCamelContext context = new OsgiDefaultCamelContext(bundleContext);
        context.getCamelContextExtension().setName("avtalsvakt-plugin-casefile");
        // registers the context as an OSGi service while it runs: plugin:list shows its routes
        context.getManagementStrategy().addEventNotifier(new OsgiCamelContextPublisher(bundleContext));
        this.camel = start(context, folder);
        this.producer = camel.createProducerTemplate();
        LOG.info("Case-file plug-in writes alerts to {}", folder);
    }

    /** @return the folder of the setting; a relative one is taken from the Karaf home folder */
    static Path folder(String setting) {
        if (setting == null || setting.isBlank()) {
            return Path.of(System.getProperty("karaf.data", "data"), "casefile").toAbsolutePath();
        }
        Path path = Path.of(setting.strip());
        String base = System.getProperty("karaf.base");
        return path.isAbsolute() || base == null ? path.toAbsolutePath() : Path.of(base).resolve(path);
    }

    /** @return the pattern if it is usable */
    static String checkedPattern(String pattern) {
        if (pattern == null || pattern.isBlank()) {
            throw new IllegalArgumentException("fileName: must not be empty");
        }
        Matcher m = PLACEHOLDER.matcher(pattern);
        while (m.find()) {
            if (!Map.of("id", 1, "source", 1, "subject", 1, "kind", 1, "threshold", 1, "addressee", 1,
                    "raisedFor", 1).containsKey(m.group(1))) {
                throw new IllegalArgumentException("fileName: unknown placeholder {" + m.group(1) + "}");
            }
        }
        if (pattern.contains("/") || pattern.contains("\\")) {
            throw new IllegalArgumentException("fileName: must be a name, not a path");
        }
        return pattern.strip();
    }

    /** Adds the route to a context and starts it; the tests use a plain Camel context. */
    static CamelContext start(CamelContext context, Path folder) throws Exception {
        // tempFileName: written as <name>.part beside the final file, renamed when complete
        String target = "file:" + folder.toString().replace('\\', '/')
                + "?tempFileName=${file:onlyname}.part&fileExist=Override&charset=UTF-8";
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(ENDPOINT).routeId(ROUTE).to(target);
            }
        });
        context.start();
        return context;
    }

    @Deactivate
    void deactivate() {
        camel.stop();
    }

    @Override
    public String id() {
        return "casefile";
    }

    @Override
    public void deliver(Alert alert) throws Exception {
        producer.requestBodyAndHeader(ENDPOINT, json(alert), Exchange.FILE_NAME, fileName(fileName, alert));
    }

    /** @return the file name for an alert */
    static String fileName(String pattern, Alert a) {
        Matcher m = PLACEHOLDER.matcher(pattern);
        StringBuilder name = new StringBuilder();
        while (m.find()) {
            String value = switch (m.group(1)) {
                case "id" -> String.valueOf(a.id());
                case "source" -> a.source();
                case "subject" -> a.subject();
                case "kind" -> a.kind();
                case "threshold" -> a.threshold();
                case "addressee" -> a.addressee();
                case "raisedFor" -> String.valueOf(a.raisedFor());
                default -> m.group();
            };
            m.appendReplacement(name, Matcher.quoteReplacement(String.valueOf(value)));
        }
        m.appendTail(name);
        return name.toString().replaceAll("[^A-Za-z0-9._-]", "-");
    }

    /** @return the alert as the JSON file: the platform's one alert document, indented */
    static String json(Alert alert) throws Exception {
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(AlertDocument.of(alert));
    }
}

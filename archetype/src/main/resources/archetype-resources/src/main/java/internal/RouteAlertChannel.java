package ${package}.internal;

import java.util.concurrent.atomic.AtomicLong;

import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.karaf.core.OsgiCamelContextPublisher;
import org.apache.camel.karaf.core.OsgiDefaultCamelContext;
import org.apache.camel.spi.ComponentResolver;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.avtalsvakt.api.alert.Alert;
import se.avtalsvakt.api.alert.AlertChannel;
import se.avtalsvakt.api.alert.AlertText;

/**
 * An alert channel that sends every alert through the Camel route {@code ${artifactId}} (direct to log). Replace
 * the log endpoint with your own: a file folder, a queue, an HTTP service (add the Camel feature that has it).
 * Active once its configuration (etc/${package}.cfg, installed by the feature) exists. Registered under its own
 * class too, for the plug-in's REST endpoint ({@link ChannelResource}).
 */
@Component(name = RouteAlertChannel.PID, service = {AlertChannel.class, RouteAlertChannel.class},
        configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = RouteAlertChannel.Config.class)
public class RouteAlertChannel implements AlertChannel {

    // a PID has no '-': Karaf reads etc/a-b.cfg as a factory configuration of PID a
    static final String PID = "${package}";
    static final String ENDPOINT = "direct:${artifactId}";

    private static final Logger LOG = LoggerFactory.getLogger(RouteAlertChannel.class);

    /** Configuration PID {@value #PID}. */
    @ObjectClassDefinition(name = "${pluginName}")
    public @interface Config {
        @AttributeDefinition(name = "Log name", description = "The logger the route writes each alert to")
        String logName() default "${package}.alerts";
    }

    private final CamelContext camel;
    private final ProducerTemplate producer;
    private final AtomicLong sent = new AtomicLong();

    /** @param log not used directly: the channel starts once Camel's log component is available */
    @Activate
    public RouteAlertChannel(BundleContext bundleContext, Config config,
            @Reference(target = "(component=log)") ComponentResolver log) throws Exception {
        OsgiDefaultCamelContext context = new OsgiDefaultCamelContext(bundleContext);
        context.getCamelContextExtension().setName("${artifactId}");
        // registered as an OSGi service while it runs: plugin:list shows its routes and exchanges
        context.getManagementStrategy().addEventNotifier(new OsgiCamelContextPublisher(bundleContext));
        this.camel = start(context, config.logName());
        this.producer = camel.createProducerTemplate();
        LOG.info("${pluginName} started");
    }

    /** A channel on a started context (the tests': a plain Camel context, see {@link #start}). */
    RouteAlertChannel(CamelContext camel) {
        this.camel = camel;
        this.producer = camel.createProducerTemplate();
    }

    /** Adds the route to a context and starts it; the test uses a plain Camel context. */
    static CamelContext start(CamelContext context, String logName) throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(ENDPOINT).routeId("${artifactId}").to("log:" + logName);
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
        return "${artifactId}";     // stable: the platform stores deliveries under it
    }

    /** Throwing makes the platform retry the delivery with back-off. */
    @Override
    public void deliver(Alert alert) throws Exception {
        send(line(alert));
    }

    /** Sends one line through the route. */
    void send(String line) {
        producer.requestBody(ENDPOINT, line);
        sent.incrementAndGet();
    }

    /** @return the lines sent since the channel started */
    long sent() {
        return sent.get();
    }

    /** @return the line sent for an alert: its addressee and the Swedish subject the platform's channels use */
    static String line(Alert alert) {
        return alert.addressee() + ": " + AlertText.subject(alert);
    }
}

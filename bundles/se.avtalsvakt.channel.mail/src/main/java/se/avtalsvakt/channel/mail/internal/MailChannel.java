package se.avtalsvakt.channel.mail.internal;

import java.util.HashMap;
import java.util.Map;

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
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.avtalsvakt.api.alert.Alert;
import se.avtalsvakt.api.alert.AlertChannel;
import se.avtalsvakt.api.alert.AlertText;

/**
 * Sends each alert as a Swedish e-mail through a Camel route ({@code alert-channel-mail}, camel-mail over SMTP) to
 * the addresses configured for the alert's addressee. Active only once {@code etc/se.avtalsvakt.channel.mail.cfg}
 * exists; a send that fails is retried by alerting with back-off.
 */
@Component(name = "se.avtalsvakt.channel.mail", service = AlertChannel.class,
        configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = MailChannel.Config.class)
public class MailChannel implements AlertChannel {

    private static final Logger LOG = LoggerFactory.getLogger(MailChannel.class);
    static final String ROUTE = "direct:alert-channel-mail";

    /** Configuration PID {@code se.avtalsvakt.channel.mail}; plus one {@code to.<addressee>} per addressee. */
    @ObjectClassDefinition(name = "Avtalsvakt alert channel: e-mail",
            description = "Sends alerts by e-mail. Add to.<body id> = address, address for each body.")
    public @interface Config {
        @AttributeDefinition(name = "SMTP host")
        String host();

        @AttributeDefinition(name = "SMTP port")
        int port() default 25;

        @AttributeDefinition(name = "Security", description = "none, starttls or ssl")
        String security() default "starttls";

        @AttributeDefinition(name = "User name", required = false)
        String username() default "";

        @AttributeDefinition(name = "Password", type = AttributeType.PASSWORD, required = false)
        String password() default "";

        @AttributeDefinition(name = "Sender address")
        String from();

        @AttributeDefinition(name = "Default addresses", description = "For addressees without a to.<id> entry",
                required = false)
        String defaultTo() default "";

        @AttributeDefinition(name = "Timeout (s)")
        int timeoutSeconds() default 30;
    }

    private final MailSettings settings;
    private final CamelContext camel;
    private final ProducerTemplate producer;
    private final MailDeliveryCheck deliveries;

    /**
     * @param smtp       not used directly: the channel starts once Camel's SMTP component is available
     * @param deliveries the health check "E-mail channel", told of each delivery
     * @throws IllegalArgumentException naming the setting that is wrong; the channel stays inactive
     */
    @Activate
    public MailChannel(BundleContext bundleContext, Config config, Map<String, Object> properties,
            @Reference(target = "(component=smtp)") ComponentResolver smtp,
            @Reference MailDeliveryCheck deliveries) throws Exception {
        this.settings = MailSettings.from(config, properties);
        this.deliveries = deliveries;
        OsgiDefaultCamelContext context = new OsgiDefaultCamelContext(bundleContext);
        context.getCamelContextExtension().setName("avtalsvakt-channel-mail");
        // registered as an OSGi service while it runs: plugin:list shows its routes
        context.getManagementStrategy().addEventNotifier(new OsgiCamelContextPublisher(bundleContext));
        this.camel = start(context, settings);
        this.producer = camel.createProducerTemplate();
        LOG.info("E-mail alert channel sends through {}:{} ({}) as {}", settings.host(), settings.port(),
                settings.security(), settings.from());
        deliveries.channelActive(true);
    }

    /** Adds the route to a context and starts it; the tests use a plain Camel context. */
    static CamelContext start(CamelContext context, MailSettings settings) throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(ROUTE).routeId("alert-channel-mail").to(settings.endpointUri());
            }
        });
        context.start();
        return context;
    }

    @Deactivate
    void deactivate() {
        deliveries.channelActive(false);
        camel.stop();
    }

    @Override
    public String id() {
        return "mail";
    }

    @Override
    public void deliver(Alert alert) {
        try {
            send(producer, settings, alert);
        } catch (RuntimeException e) {
            deliveries.failed(e);
            throw e;
        }
        deliveries.delivered();
    }

    static void send(ProducerTemplate producer, MailSettings settings, Alert alert) {
        Map<String, Object> headers = new HashMap<>();
        headers.put("To", String.join(", ", settings.recipients(alert.addressee())));
        headers.put("From", settings.from());
        headers.put("Subject", AlertText.subject(alert));
        headers.put("Content-Type", "text/plain; charset=UTF-8");
        producer.sendBodyAndHeaders(ROUTE, AlertText.body(alert), headers);
    }
}

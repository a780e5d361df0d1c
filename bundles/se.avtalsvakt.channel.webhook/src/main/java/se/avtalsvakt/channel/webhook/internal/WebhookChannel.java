package se.avtalsvakt.channel.webhook.internal;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.karaf.core.OsgiCamelContextPublisher;
import org.apache.camel.karaf.core.OsgiDefaultCamelContext;
import org.apache.camel.spi.ComponentResolver;
import org.apache.camel.support.PropertyBindingSupport;
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
import se.avtalsvakt.api.alert.AlertDocument;

/**
 * Posts each alert as JSON to a configured URL through a Camel route ({@code alert-channel-webhook}, camel-http).
 * The JSON is the platform's alert document ({@link AlertDocument}): the alert's fields plus {@code title} and
 * {@code text} in Swedish, which chat receivers (Teams, Slack and the like) show as they are. Any answer other than 2xx fails the delivery, and alerting retries
 * it with back-off. Active only once {@code etc/se.avtalsvakt.channel.webhook.cfg} names a URL.
 */
@Component(name = "se.avtalsvakt.channel.webhook", service = AlertChannel.class,
        configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = WebhookChannel.Config.class)
public class WebhookChannel implements AlertChannel {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookChannel.class);
    static final String ROUTE = "direct:alert-channel-webhook";

    /** Configuration PID {@code se.avtalsvakt.channel.webhook}. */
    @ObjectClassDefinition(name = "Avtalsvakt alert channel: webhook",
            description = "Posts every alert as JSON to a URL.")
    public @interface Config {
        @AttributeDefinition(name = "URL", description = "http or https address that receives the POST")
        String url();

        @AttributeDefinition(name = "Authorization", type = AttributeType.PASSWORD, required = false,
                description = "Value of the Authorization header, e.g. 'Bearer …'; empty for none")
        String authorization() default "";

        @AttributeDefinition(name = "Timeout (s)")
        int timeoutSeconds() default 30;
    }

    private final CamelContext camel;
    private final ProducerTemplate producer;
    private final String authorization;

    /**
     * @param http not used directly: the channel starts once Camel's HTTP component is available
     * @throws IllegalArgumentException naming the setting that is wrong; the channel stays inactive
     */
    @Activate
    public WebhookChannel(BundleContext bundleContext, Config config,
            @Reference(target = "(component=http)") ComponentResolver http) throws Exception {
        String endpoint = endpoint(config.url());
        OsgiDefaultCamelContext context = new OsgiDefaultCamelContext(bundleContext);
        context.getCamelContextExtension().setName("avtalsvakt-channel-webhook");
        // registered as an OSGi service while it runs: plugin:list shows its routes
        context.getManagementStrategy().addEventNotifier(new OsgiCamelContextPublisher(bundleContext));
        this.camel = start(context, endpoint, config.timeoutSeconds());
        this.producer = camel.createProducerTemplate();
        this.authorization = config.authorization() == null ? "" : config.authorization().trim();
        LOG.info("Webhook alert channel posts to {}", config.url().trim());
    }

    /**
     * @return the Camel endpoint for the URL
     * @throws IllegalArgumentException naming the setting if the URL is not an http(s) address
     */
    static String endpoint(String url) {
        URI uri;
        String trimmed = url == null ? "" : url.trim();
        try {
            uri = URI.create(trimmed);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("url: '" + trimmed + "' is not an address");
        }
        if (uri.getScheme() == null || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))
                || uri.getHost() == null) {
            throw new IllegalArgumentException("url: '" + trimmed + "' is not an http or https address");
        }
        return uri.toString();
    }

    /** Adds the route to a context and starts it; the tests use a plain Camel context. */
    static CamelContext start(CamelContext context, String endpoint, int timeoutSeconds) throws Exception {
        // alerting retries with back-off, so the HTTP client must not repeat a post by itself; the timeouts are the
        // component's (plain milliseconds), as the endpoint's need a type converter OSGi does not always offer
        long millis = Math.max(1, timeoutSeconds) * 1000L;
        PropertyBindingSupport.build().withCamelContext(context)
                .withTarget(context.getComponent(endpoint.substring(0, endpoint.indexOf(':'))))
                .withProperty("automaticRetriesDisabled", "true")
                .withProperty("connectTimeout", String.valueOf(millis))
                .withProperty("responseTimeout", String.valueOf(millis)).bind();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(ROUTE).routeId("alert-channel-webhook").to(endpoint);
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
        return "webhook";
    }

    @Override
    public void deliver(Alert alert) throws Exception {
        post(producer, authorization, alert);
    }

    static void post(ProducerTemplate producer, String authorization, Alert alert) throws Exception {
        Map<String, Object> headers = new HashMap<>();
        headers.put(Exchange.HTTP_METHOD, "POST");
        headers.put(Exchange.CONTENT_TYPE, "application/json; charset=UTF-8");
        if (!authorization.isEmpty()) {
            headers.put("Authorization", authorization);
        }
        producer.requestBodyAndHeaders(ROUTE, json(alert), headers);
    }

    /** @return the alert as the JSON the receiver gets: the platform's one alert document */
    static String json(Alert a) {
        return AlertDocument.of(a).toJson();
    }
}

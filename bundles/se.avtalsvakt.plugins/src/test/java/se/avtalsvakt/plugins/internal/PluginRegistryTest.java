package se.avtalsvakt.plugins.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.osgi.framework.Bundle;

import se.avtalsvakt.api.plugin.PluginRoute;

public class PluginRegistryTest {

    private CamelContext camel;

    @Before
    public void startedContextWithTwoRoutes() throws Exception {
        camel = new DefaultCamelContext();
        camel.getCamelContextExtension().setName("test-plugin");
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:ok").routeId("ok").process(e -> e.getMessage().setBody("done"));
                from("direct:fails").routeId("fails").throwException(new IllegalStateException("no"));
            }
        });
        camel.start();
    }

    @After
    public void stop() {
        camel.stop();
    }

    private Map<String, PluginRoute> routes(ExchangeCounter counter) {
        return PluginRegistry.routes(camel, counter).stream().collect(Collectors.toMap(PluginRoute::id, r -> r));
    }

    @Test
    public void aCounterAddedToARunningContextCountsCompletedAndFailedExchangesPerRoute() {
        ExchangeCounter counter = new ExchangeCounter();
        counter.attach(camel);
        try (ProducerTemplate producer = camel.createProducerTemplate()) {
            producer.sendBody("direct:ok", "a");
            producer.sendBody("direct:ok", "b");
            producer.send("direct:fails", e -> e.getMessage().setBody("c"));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        Map<String, PluginRoute> routes = routes(counter);
        assertEquals(new PluginRoute("test-plugin", "ok", "direct://ok", "Started", 2, 0, 0), routes.get("ok"));
        assertEquals(new PluginRoute("test-plugin", "fails", "direct://fails", "Started", 1, 1, 0),
                routes.get("fails"));
    }

    @Test
    public void aStoppedRouteShowsItsStateAndADetachedCounterNoLongerCounts() throws Exception {
        ExchangeCounter counter = new ExchangeCounter();
        counter.attach(camel);
        camel.getRouteController().stopRoute("fails");
        counter.detach(camel);
        try (ProducerTemplate producer = camel.createProducerTemplate()) {
            producer.sendBody("direct:ok", "a");
        }
        Map<String, PluginRoute> routes = routes(counter);
        assertEquals("Stopped", routes.get("fails").state());
        assertEquals(0, routes.get("ok").exchangesTotal());
    }

    @Test
    public void theConfigHeaderListsPidsInOrder() {
        assertEquals(List.of("a.b", "c"), PluginRegistry.pids(" a.b , c,"));
        assertTrue(PluginRegistry.pids(null).isEmpty());
        assertEquals("ACTIVE", PluginRegistry.state(Bundle.ACTIVE));
    }
}

package se.avtalsvakt.plugins.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.spi.CamelEvent;
import org.apache.camel.spi.CamelEvent.ExchangeCompletedEvent;
import org.apache.camel.spi.CamelEvent.ExchangeFailedEvent;
import org.apache.camel.support.EventNotifierSupport;
import org.apache.camel.support.service.ServiceHelper;

/**
 * Counts the exchanges each route of one Camel context completes and fails, by the route the exchange started in.
 * Added to a context that is already running (the plug-in registers it once started), so the context is told that
 * events now have a listener. Camel's own per-route statistics need camel-management (JMX), which the platform
 * does not install.
 */
final class ExchangeCounter extends EventNotifierSupport {

    /** Completed and failed exchanges of one route. */
    static final class Counts {
        final LongAdder completed = new LongAdder();
        final LongAdder failed = new LongAdder();

        long total() {
            return completed.sum() + failed.sum();
        }
    }

    private final Map<String, Counts> byRoute = new ConcurrentHashMap<>();

    ExchangeCounter() {
        setIgnoreCamelContextEvents(true);
        setIgnoreCamelContextInitEvents(true);
        setIgnoreRouteEvents(true);
        setIgnoreServiceEvents(true);
        setIgnoreExchangeCreatedEvent(true);
        setIgnoreExchangeSendingEvents(true);
        setIgnoreExchangeSentEvents(true);
        setIgnoreExchangeRedeliveryEvents(true);
        setIgnoreExchangeAsyncProcessingStartedEvents(true);
        setIgnoreStepEvents(true);
    }

    /** Adds this counter to a context, running or not. */
    void attach(CamelContext context) {
        ServiceHelper.startService(this);
        context.getManagementStrategy().addEventNotifier(this);
        // a context decides at start whether anything listens to events; tell it that something does now
        context.getCamelContextExtension().setEventNotificationApplicable(true);
    }

    void detach(CamelContext context) {
        context.getManagementStrategy().removeEventNotifier(this);
        ServiceHelper.stopService(this);
    }

    @Override
    public boolean isEnabled(CamelEvent event) {
        return event instanceof ExchangeCompletedEvent || event instanceof ExchangeFailedEvent;
    }

    @Override
    public void notify(CamelEvent event) {
        Exchange exchange = ((CamelEvent.ExchangeEvent) event).getExchange();
        String route = exchange.getFromRouteId();
        if (route == null) {
            return;
        }
        Counts counts = byRoute.computeIfAbsent(route, r -> new Counts());
        if (event instanceof ExchangeFailedEvent) {
            counts.failed.increment();
        } else {
            counts.completed.increment();
        }
    }

    /** @return the counts of a route; zero for one that has handled nothing */
    Counts of(String routeId) {
        return byRoute.getOrDefault(routeId, new Counts());
    }
}

package se.avtalsvakt.api.plugin;

/**
 * One Camel route of a plug-in, with the exchanges it has handled since the plug-in registry started watching its
 * context (normally since the route started).
 *
 * @param camelContext the name of the Camel context
 * @param id the route id
 * @param from the endpoint the route consumes from
 * @param state Camel's service status: Started, Stopped, Suspended, …
 * @param exchangesTotal exchanges completed or failed
 * @param exchangesFailed of those, failed
 * @param exchangesInflight exchanges being processed now
 */
public record PluginRoute(String camelContext, String id, String from, String state, long exchangesTotal,
        long exchangesFailed, int exchangesInflight) {
}

package se.avtalsvakt.api.plugin;

import java.util.List;

/**
 * An installed plug-in: a bundle with the {@value PluginHeaders#PLUGIN} header.
 *
 * @param bundleId the bundle's id
 * @param symbolicName its Bundle-SymbolicName
 * @param version its Bundle-Version
 * @param name the {@value PluginHeaders#PLUGIN} header
 * @param description its Bundle-Description, or an empty string
 * @param state the bundle state: INSTALLED, RESOLVED, STARTING, ACTIVE, STOPPING
 * @param configurations the configuration PIDs it declares in {@value PluginHeaders#CONFIG}, each with whether a
 *        configuration exists for it
 * @param routes the routes of the Camel contexts it registers as OSGi services, by context and route id
 */
public record Plugin(long bundleId, String symbolicName, String version, String name, String description,
        String state, List<PluginConfiguration> configurations, List<PluginRoute> routes) {

    public Plugin {
        configurations = List.copyOf(configurations);
        routes = List.copyOf(routes);
    }
}

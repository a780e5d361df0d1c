/**
 * Local plug-ins: bundles installed by regional IT (or the platform's own optional bundles) that contribute Camel
 * routes and/or alert channels. A bundle is a plug-in when its manifest has the {@value
 * se.avtalsvakt.api.plugin.PluginHeaders#PLUGIN} header; {@link se.avtalsvakt.api.plugin.PluginService} lists the
 * installed plug-ins with the routes of the Camel contexts they register as OSGi services and the configuration
 * PIDs they declare in {@value se.avtalsvakt.api.plugin.PluginHeaders#CONFIG}. See docs/plugins.md.
 */
@Version("1.0.0")
package se.avtalsvakt.api.plugin;

import org.osgi.annotation.versioning.Version;

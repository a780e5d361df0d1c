package se.avtalsvakt.api.plugin;

/**
 * A configuration PID a plug-in declares.
 *
 * @param pid the PID (the file etc/&lt;pid&gt;.cfg)
 * @param present whether Configuration Admin holds a configuration for it
 */
public record PluginConfiguration(String pid, boolean present) {
}

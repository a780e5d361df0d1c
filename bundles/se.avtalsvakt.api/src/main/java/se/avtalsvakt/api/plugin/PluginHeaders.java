package se.avtalsvakt.api.plugin;

/**
 * The manifest headers that make a bundle an Avtalsvakt plug-in. In a bnd-built bundle put them in
 * {@code osgi.bnd}:
 *
 * <pre>
 * Avtalsvakt-Plugin: Case files
 * Avtalsvakt-Plugin-Config: se.region.casefile
 * </pre>
 */
public final class PluginHeaders {

    /** The plug-in's display name; its presence makes the bundle a plug-in. The description is Bundle-Description. */
    public static final String PLUGIN = "Avtalsvakt-Plugin";

    /** Optional: the configuration PIDs the plug-in reads (etc/&lt;pid&gt;.cfg), comma-separated. */
    public static final String CONFIG = "Avtalsvakt-Plugin-Config";

    private PluginHeaders() {
    }
}

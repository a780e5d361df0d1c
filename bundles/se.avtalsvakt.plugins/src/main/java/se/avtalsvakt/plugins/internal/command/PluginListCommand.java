package se.avtalsvakt.plugins.internal.command;

import java.util.stream.Collectors;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

import se.avtalsvakt.api.plugin.Plugin;
import se.avtalsvakt.api.plugin.PluginConfiguration;
import se.avtalsvakt.api.plugin.PluginRoute;
import se.avtalsvakt.api.plugin.PluginService;
import se.avtalsvakt.console.ConsoleCommand;

/** {@code plugin:list}: the installed plug-ins, then their routes with state and exchange counts. */
@Command(scope = "plugin", name = "list",
        description = "Lists the installed plug-ins with their configuration PIDs, Camel routes and exchange counts")
@Service
public class PluginListCommand extends ConsoleCommand {

    @Reference
    PluginService plugins;

    @Option(name = "--no-routes", description = "Only the plug-ins, not their routes")
    boolean noRoutes;

    @Override
    protected Object run() {
        var list = plugins.list();
        ShellTable table = new ShellTable();
        table.column("Bundle");
        table.column("Symbolic name");
        table.column("Plug-in");
        table.column("Version");
        table.column("State");
        table.column("Configuration");
        table.column("Routes");
        for (Plugin p : list) {
            table.addRow().addContent(p.bundleId(), p.symbolicName(), p.name(), p.version(), p.state(),
                    p.configurations().isEmpty() ? "-" : p.configurations().stream()
                            .map(PluginListCommand::describe).collect(Collectors.joining(", ")),
                    p.routes().size());
        }
        table.print(System.out);
        if (noRoutes) {
            return null;
        }
        ShellTable routes = new ShellTable();
        routes.column("Plug-in");
        routes.column("Context");
        routes.column("Route");
        routes.column("From").maxSize(50);
        routes.column("State");
        routes.column("Total");
        routes.column("Failed");
        routes.column("Inflight");
        boolean any = false;
        for (Plugin p : list) {
            for (PluginRoute r : p.routes()) {
                any = true;
                routes.addRow().addContent(p.symbolicName(), r.camelContext(), r.id(), r.from(), r.state(),
                        r.exchangesTotal(), r.exchangesFailed(), r.exchangesInflight());
            }
        }
        if (any) {
            System.out.println();
            routes.print(System.out);
        }
        return null;
    }

    /** @return the PID, marked when Configuration Admin has no configuration for it */
    static String describe(PluginConfiguration c) {
        return c.present() ? c.pid() : c.pid() + " (not configured)";
    }
}

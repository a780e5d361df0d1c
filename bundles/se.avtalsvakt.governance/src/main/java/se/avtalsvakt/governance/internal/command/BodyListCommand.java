package se.avtalsvakt.governance.internal.command;

import java.util.stream.Collectors;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

import se.avtalsvakt.api.governance.Body;

/** {@code body:list}: the bodies of the cooperation organisation. */
@Command(scope = "body", name = "list", description = "Lists the governance bodies with their level, parent and seats")
@Service
public class BodyListCommand extends GovernanceCommandSupport {

    @Option(name = "--limit", description = "At most this many rows (default 100, at most 1000)")
    String limit;

    @Override
    protected Object run() {
        ShellTable table = new ShellTable();
        table.column("Id");
        table.column("Name").maxSize(50);
        table.column("Level");
        table.column("Reports to");
        table.column("Seats");
        table.column("Rules").maxSize(60);
        int max = limit(limit);
        java.util.List<Body> bodies = governance.bodies();
        for (Body b : bodies.subList(0, Math.min(max, bodies.size()))) {
            table.addRow().addContent(b.id(), b.name(), b.level(), orDash(b.parent()), b.size(), rules(b));
        }
        table.print(System.out);
        more(bodies.size() > max, max, "bodies");
        return null;
    }

    static String rules(Body b) {
        var r = b.rules();
        java.util.List<String> parts = new java.util.ArrayList<>();
        if (!r.decides()) {
            parts.add("no decisions");
        }
        if (r.unanimity()) {
            parts.add("unanimity");
        }
        if (!r.quorumSides().isEmpty()) {
            parts.add("quorum " + (r.quorumPercent() == null ? 50 : r.quorumPercent()) + "% of "
                    + r.quorumSides().stream().map(Enum::name).collect(Collectors.joining("+")));
        }
        if (r.mandateKind() != null) {
            parts.add(r.mandateKind() + " up to " + r.mandateLimitSek() + " SEK");
        }
        if (r.minutesSignedByChairAndOtherSide()) {
            parts.add("minutes: chair + other side");
        }
        if (r.alternatingSupport()) {
            parts.add("support alternates yearly");
        }
        return parts.isEmpty() ? "-" : String.join(", ", parts);
    }
}

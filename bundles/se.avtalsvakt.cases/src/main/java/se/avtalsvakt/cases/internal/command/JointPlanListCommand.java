package se.avtalsvakt.cases.internal.command;

import static se.avtalsvakt.console.ConsoleInput.parseNumber;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

import se.avtalsvakt.api.cases.JointPlan;
import se.avtalsvakt.api.page.Page;
import se.avtalsvakt.api.page.PageRequest;
import se.avtalsvakt.console.OrganisationIdCompleter;

/** {@code joint-plan:list}: joint plans with their follow-up and consent. */
@Command(scope = "joint-plan", name = "list", description = "Lists joint plans with their follow-up day and consent")
@Service
public class JointPlanListCommand extends CasesCommandSupport {

    @Option(name = "--organisation", description = "Only this organisation's plans")
    @Completion(OrganisationIdCompleter.class)
    String organisation;

    @Option(name = "--limit", description = "At most this many (default 100, at most 1000)")
    String limit;

    @Override
    protected Object run() {
        Page<JointPlan> page = cases.jointPlans(organisation, PageRequest.first(
                parseNumber("--limit", limit, PageRequest.DEFAULT_LIMIT, 1, PageRequest.MAX_LIMIT)));
        ShellTable table = new ShellTable();
        table.column("No");
        table.column("Organisation");
        table.column("Mapped by");
        table.column("Follow-up");
        table.column("Consent");
        for (JointPlan p : page.items()) {
            table.addRow().addContent(p.id(), p.organisation(), p.mappedBy(), orDash(p.followUpOn()),
                    (Boolean.TRUE.equals(p.consent()) ? "yes " : "no ") + p.consentOn());
        }
        table.print(System.out);
        more(page);
        return null;
    }
}

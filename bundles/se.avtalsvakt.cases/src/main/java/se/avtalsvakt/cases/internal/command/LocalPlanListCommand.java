package se.avtalsvakt.cases.internal.command;

import static se.avtalsvakt.console.ConsoleInput.parseNumber;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

import se.avtalsvakt.api.cases.LocalPlanStatus;
import se.avtalsvakt.api.page.Page;
import se.avtalsvakt.api.page.PageRequest;
import se.avtalsvakt.console.AgreementIdCompleter;

/** {@code local-plan:list}: every party of an agreement with its local plan, or none. */
@Command(scope = "local-plan", name = "list", description = "Lists the parties of an agreement with their local plan or none")
@Service
public class LocalPlanListCommand extends CasesCommandSupport {

    @Argument(index = 0, name = "agreement", required = true, description = "The agreement id")
    @Completion(AgreementIdCompleter.class)
    String agreement;

    @Option(name = "--missing", description = "Only the parties without a plan")
    boolean missing;

    @Option(name = "--limit", description = "At most this many (default 100, at most 1000)")
    String limit;

    @Override
    protected Object run() {
        Page<LocalPlanStatus> page = cases.localPlans(agreement, missing, PageRequest.first(
                parseNumber("--limit", limit, PageRequest.DEFAULT_LIMIT, 1, PageRequest.MAX_LIMIT)));
        ShellTable table = new ShellTable();
        table.column("Party");
        table.column("Adopted");
        table.column("By");
        table.column("Reference");
        long without = 0;
        for (LocalPlanStatus s : page.items()) {
            if (s.plan() == null) {
                without++;
                table.addRow().addContent(s.party(), "no plan", "-", "-");
            } else {
                table.addRow().addContent(s.party(), s.plan().adoptedOn(), s.plan().adoptedBy(),
                        orDash(s.plan().reference()));
            }
        }
        table.print(System.out);
        System.out.println(page.items().size() + " parties listed, " + without + " without a plan");
        more(page);
        return null;
    }
}

package se.avtalsvakt.cases.internal.command;

import static se.avtalsvakt.console.ConsoleInput.parseNumber;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

import se.avtalsvakt.api.cases.ChecklistTemplate;
import se.avtalsvakt.api.page.Page;
import se.avtalsvakt.api.page.PageRequest;

/** {@code checklist:templates}: the checklist templates. */
@Command(scope = "checklist", name = "templates", description = "Lists the checklist templates (situations) with their activities")
@Service
public class ChecklistTemplatesCommand extends CasesCommandSupport {

    @Option(name = "--limit", description = "At most this many (default 100, at most 1000)")
    String limit;

    @Override
    protected Object run() {
        Page<ChecklistTemplate> page = cases.checklistTemplates(PageRequest.first(
                parseNumber("--limit", limit, PageRequest.DEFAULT_LIMIT, 1, PageRequest.MAX_LIMIT)));
        ShellTable table = new ShellTable();
        table.column("Id");
        table.column("Title");
        table.column("Activities");
        table.column("Own");
        for (ChecklistTemplate t : page.items()) {
            table.addRow().addContent(t.id(), t.title(), t.activities().size(), t.builtIn() ? "" : "yes");
        }
        table.print(System.out);
        more(page);
        return null;
    }
}

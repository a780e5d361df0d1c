package se.avtalsvakt.cases.internal.command;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import se.avtalsvakt.api.cases.Checklist;
import se.avtalsvakt.api.cases.ChecklistItem;
import se.avtalsvakt.api.cases.NewChecklist;
import se.avtalsvakt.console.ConsoleInput;
import se.avtalsvakt.console.OrganisationIdCompleter;

/** {@code checklist:start}: starts a checklist from a template, with owners and due days per activity. */
@Command(scope = "checklist", name = "start", description = "Starts a checklist from a template for an organisation")
@Service
public class ChecklistStartCommand extends CasesCommandSupport {

    @Argument(index = 0, name = "template", required = true, description = "The template id")
    @Completion(TemplateIdCompleter.class)
    String template;

    @Argument(index = 1, name = "organisation", required = true, description = "The organisation whose case it is")
    @Completion(OrganisationIdCompleter.class)
    String organisation;

    @Option(name = "--title", description = "What it is about (default the template's title)")
    String title;

    @Option(name = "--owner", multiValued = true, description = "N=WHO: who sees to activity N (repeatable)")
    List<String> owners;

    @Option(name = "--due", multiValued = true, description = "N=YYYY-MM-DD: activity N's due day (repeatable)")
    List<String> dues;

    @Override
    protected Object run() {
        Map<Integer, String> owner = new LinkedHashMap<>();
        Map<Integer, LocalDate> due = new LinkedHashMap<>();
        for (String o : owners == null ? List.<String>of() : owners) {
            String[] kv = pair("--owner", o);
            owner.put(ConsoleInput.parseNumber("--owner", kv[0], 0, 1, 100), kv[1]);
        }
        for (String d : dues == null ? List.<String>of() : dues) {
            String[] kv = pair("--due", d);
            due.put(ConsoleInput.parseNumber("--due", kv[0], 0, 1, 100), ConsoleInput.parseDate("--due", kv[1]));
        }
        List<ChecklistItem> items = new ArrayList<>();
        java.util.Set<Integer> numbers = new java.util.TreeSet<>(owner.keySet());
        numbers.addAll(due.keySet());
        for (int n : numbers) {
            items.add(new ChecklistItem(n, null, owner.get(n), due.get(n), null, null));
        }
        Checklist c = cases.startChecklist(new NewChecklist(template, organisation, title, items), user());
        ChecklistListCommand.print(c);
        return null;
    }

    private static String[] pair(String option, String value) {
        String[] kv = value.split("=", 2);
        if (kv.length != 2 || kv[1].isBlank()) {
            throw new IllegalArgumentException(option + " must be N=VALUE, e.g. 2=..., not '" + value + "'");
        }
        return kv;
    }
}

package se.avtalsvakt.cases.internal.command;

import java.util.Collection;
import java.util.List;

import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import se.avtalsvakt.api.cases.CaseService;
import se.avtalsvakt.api.cases.ChecklistTemplate;
import se.avtalsvakt.api.page.PageRequest;
import se.avtalsvakt.console.BoundedCompleter;

/** Completes checklist template ids (at most one page). */
@Service
public class TemplateIdCompleter extends BoundedCompleter {

    @Reference(optional = true)
    CaseService cases;

    @Override
    protected Collection<String> candidates(String prefix, int limit) {
        if (cases == null) {
            return List.of();
        }
        return cases.checklistTemplates(PageRequest.first(1000)).items().stream().map(ChecklistTemplate::id)
                .filter(id -> id.startsWith(prefix)).limit(limit).toList();
    }
}

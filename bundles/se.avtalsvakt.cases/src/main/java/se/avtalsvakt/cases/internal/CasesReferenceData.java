package se.avtalsvakt.cases.internal;

import java.util.ArrayList;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;

import se.avtalsvakt.api.Problem;
import se.avtalsvakt.api.ValidationException;
import se.avtalsvakt.api.agreement.ReferenceDataLoaded;
import se.avtalsvakt.api.cases.ChecklistTemplate;
import se.avtalsvakt.api.cases.EscalationLadder;
import se.avtalsvakt.api.cases.ResponsibilityRule;
import se.avtalsvakt.api.json.Json;
import se.avtalsvakt.cases.internal.store.CasesRepository;
import se.avtalsvakt.persistence.ReferenceDataFile;
import se.avtalsvakt.persistence.ReferenceDataLoader;
import se.avtalsvakt.persistence.ReferenceDataSet;

/**
 * The agreements' escalation ladders and rules of responsibility, loaded on start by the platform's
 * {@link ReferenceDataLoader}: each file once per content version, inserting only ladders and rules not registered
 * yet, so what users changed is kept. A file with any problem loads nothing.
 */
@Component(name = "se.avtalsvakt.cases.referencedata", configurationPid = "se.avtalsvakt.cases",
        configurationPolicy = ConfigurationPolicy.OPTIONAL,
        service = {CasesReferenceData.class, ReferenceDataSet.class}, immediate = true)
public class CasesReferenceData implements ReferenceDataSet {

    /** The shape of a reference data file. */
    public record CasesFile(List<EscalationLadder> ladders, List<ResponsibilityRule> responsibilities,
                            List<ChecklistTemplate> checklistTemplates) {
    }

    private final CasesRepository repository;
    private final List<String> files;

    /**
     * @param registerData not used directly: the agreements referred to come with the agreement register's
     *                     reference data, and referencing it makes this load after it
     */
    @Activate
    public CasesReferenceData(@Reference CasesRepository repository, CasesConfig config,
            @Reference ReferenceDataLoaded registerData, @Reference ReferenceDataLoader loader) {
        this.repository = repository;
        this.files = config.referenceData() ? ReferenceDataSet.configured(config.files()) : List.of();
        loader.load(this);
    }

    @Override
    public String name() {
        return "cases";
    }

    @Override
    public String label() {
        return "Escalation ladders, rules of responsibility, checklist templates";
    }

    @Override
    public List<String> files() {
        return files;
    }

    @Override
    public String apply(ReferenceDataFile file) {
        CasesFile parsed = Json.read(file.open(), CasesFile.class);
        return apply(parsed, repository);
    }

    /** Checks the file whole and inserts what is missing. */
    public static String apply(CasesFile parsed, CasesRepository repository) {
        List<EscalationLadder> ladders = parsed.ladders() == null ? List.of() : parsed.ladders();
        List<ResponsibilityRule> rules = parsed.responsibilities() == null ? List.of() : parsed.responsibilities();
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < ladders.size(); i++) {
            CaseRegister.ladderProblems(ladders.get(i), "ladders[" + i + "].", problems);
        }
        for (int i = 0; i < rules.size(); i++) {
            ResponsibilityRule r = rules.get(i);
            String at = "responsibilities[" + i + "].";
            if (r.agreement() == null || r.agreement().isBlank()) {
                problems.add(new Problem(at + "agreement", "is required"));
            }
            if (r.purpose() == null) {
                problems.add(new Problem(at + "purpose", "is required"));
            }
            if (r.setting() == null) {
                problems.add(new Problem(at + "setting", "is required"));
            }
            if (r.principal() == null) {
                problems.add(new Problem(at + "principal", "is required"));
            }
            if (r.principalName() == null || r.principalName().isBlank()) {
                problems.add(new Problem(at + "principalName", "is required"));
            }
            if (r.reason() == null || r.reason().isBlank()) {
                problems.add(new Problem(at + "reason", "is required"));
            }
        }
        List<ChecklistTemplate> templates = parsed.checklistTemplates() == null ? List.of()
                : parsed.checklistTemplates();
        for (int i = 0; i < templates.size(); i++) {
            CaseRegister.templateProblems(templates.get(i), "checklistTemplates[" + i + "].", problems);
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        int l = repository.insertMissingLadders(ladders.stream().map(CaseRegister::numbered).toList());
        int r = repository.insertMissingRules(rules);
        int t = repository.insertMissingTemplates(templates.stream().map(x -> CaseRegister.cleaned(x, true)).toList());
        return l + " ladders, " + r + " rules and " + t + " checklist templates inserted";
    }
}

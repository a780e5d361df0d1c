package se.avtalsvakt.governance.internal;

import java.util.ArrayList;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

import se.avtalsvakt.api.Problem;
import se.avtalsvakt.api.ValidationException;
import se.avtalsvakt.api.agreement.ReferenceDataLoaded;
import se.avtalsvakt.api.governance.Body;
import se.avtalsvakt.api.json.Json;
import se.avtalsvakt.governance.internal.store.GovernanceRepository;
import se.avtalsvakt.persistence.ReferenceDataFile;
import se.avtalsvakt.persistence.ReferenceDataLoader;
import se.avtalsvakt.persistence.ReferenceDataSet;

/**
 * The reference bodies (seats and rules), loaded on start by the platform's {@link ReferenceDataLoader}: each file
 * once per content version, inserting only bodies not registered yet, so what users changed is kept. A file with
 * any problem loads nothing.
 */
@Component(name = "se.avtalsvakt.governance.referencedata", configurationPid = "se.avtalsvakt.governance",
        configurationPolicy = ConfigurationPolicy.OPTIONAL,
        service = {GovernanceReferenceData.class, ReferenceDataSet.class}, immediate = true)
@Designate(ocd = GovernanceConfig.class)
public class GovernanceReferenceData implements ReferenceDataSet {

    /** The shape of a reference data file. */
    public record BodyFile(List<Body> bodies) {
    }

    private final GovernanceRegister register;
    private final GovernanceRepository repository;
    private final List<String> files;

    /**
     * @param registerData not used directly: the organisations and agreements referred to come with the register's
     *                     reference data, and referencing it makes this load after it
     */
    @Activate
    public GovernanceReferenceData(@Reference GovernanceRegister register, @Reference GovernanceRepository repository,
            GovernanceConfig config, @Reference ReferenceDataLoaded registerData,
            @Reference ReferenceDataLoader loader) {
        this.register = register;
        this.repository = repository;
        this.files = config.referenceData() ? ReferenceDataSet.configured(config.files()) : List.of();
        loader.load(this);
    }

    @Override
    public String name() {
        return "governance";
    }

    @Override
    public String label() {
        return "Governance bodies";
    }

    @Override
    public List<String> files() {
        return files;
    }

    @Override
    public String apply(ReferenceDataFile file) {
        BodyFile parsed = Json.read(file.open(), BodyFile.class);
        List<Body> bodies = parsed.bodies() == null ? List.of() : parsed.bodies();
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < bodies.size(); i++) {
            register.bodyProblems(bodies.get(i), "bodies[" + i + "].", problems);
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return repository.insertMissing(bodies.stream().map(register::withName).toList()) + " inserted";
    }
}

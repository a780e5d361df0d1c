package se.avtalsvakt.governance.internal;

import java.util.ArrayList;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.avtalsvakt.api.Problem;
import se.avtalsvakt.api.ValidationException;
import se.avtalsvakt.api.agreement.ReferenceDataLoaded;
import se.avtalsvakt.api.governance.Body;
import se.avtalsvakt.api.json.Json;
import se.avtalsvakt.governance.internal.store.GovernanceRepository;
import se.avtalsvakt.persistence.ReferenceDataFile;

/**
 * Loads the reference bodies (seats and rules) on start: each file once per content version (SHA-256), inserting
 * only bodies not registered yet, so what users changed is kept. A file with any problem loads nothing.
 */
@Component(name = "se.avtalsvakt.governance.referencedata", configurationPid = "se.avtalsvakt.governance",
        configurationPolicy = ConfigurationPolicy.OPTIONAL, service = GovernanceReferenceData.class, immediate = true)
@Designate(ocd = GovernanceConfig.class)
public class GovernanceReferenceData {

    private static final Logger LOG = LoggerFactory.getLogger(GovernanceReferenceData.class);

    /** The shape of a reference data file. */
    public record BodyFile(List<Body> bodies) {
    }

    private final GovernanceRegister register;
    private final GovernanceRepository repository;

    @Activate
    public GovernanceReferenceData(@Reference GovernanceRegister register, @Reference GovernanceRepository repository,
            GovernanceConfig config,
            @Reference ReferenceDataLoaded registerData) {
        this.register = register;
        this.repository = repository;
        // the organisations and agreements referred to come with the register's reference data: referencing
        // ReferenceDataLoaded makes this load after it
        if (config.referenceData()) {
            for (String entry : config.files()) {
                for (String file : entry.split(",")) {
                    if (!file.isBlank()) {
                        loadLoggingFailure(file.trim());
                    }
                }
            }
        }
    }

    private void loadLoggingFailure(String file) {
        try {
            load(file);
        } catch (RuntimeException e) {
            LOG.error("Governance bodies {} not loaded: {}", file, e.getMessage());
        }
    }

    /** @return how many bodies were inserted, or -1 if this version of the file was loaded before */
    int load(String file) {
        ReferenceDataFile data = ReferenceDataFile.read(file, GovernanceReferenceData.class);
        String marker = data.marker();
        if (repository.isLoaded(marker)) {
            LOG.info("Governance bodies {} already loaded", file);
            return -1;
        }
        BodyFile parsed = Json.read(data.open(), BodyFile.class);
        List<Body> bodies = parsed.bodies() == null ? List.of() : parsed.bodies();
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < bodies.size(); i++) {
            register.bodyProblems(bodies.get(i), "bodies[" + i + "].", problems);
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        int inserted = repository.insertMissing(bodies.stream().map(register::withName).toList(), marker);
        LOG.info("Governance bodies {} loaded: {} inserted", file, inserted);
        return inserted;
    }
}

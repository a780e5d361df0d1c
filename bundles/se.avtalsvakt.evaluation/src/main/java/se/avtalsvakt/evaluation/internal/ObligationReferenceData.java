package se.avtalsvakt.evaluation.internal;

import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.avtalsvakt.api.agreement.ReferenceDataLoaded;
import se.avtalsvakt.api.obligation.ObligationPlan;
import se.avtalsvakt.evaluation.internal.store.ObligationRepository;
import se.avtalsvakt.persistence.ReferenceDataFile;
import se.avtalsvakt.rest.JsonInput;

/**
 * Loads the reference plans on start: each file once per content version (SHA-256), inserting only plans whose id
 * is free, so what users changed is kept. The file is checked whole first; a file with any problem loads nothing.
 */
@Component(name = "se.avtalsvakt.evaluation.referencedata", configurationPid = "se.avtalsvakt.evaluation",
        configurationPolicy = ConfigurationPolicy.OPTIONAL, service = ObligationReferenceData.class, immediate = true)
public class ObligationReferenceData {

    private static final Logger LOG = LoggerFactory.getLogger(ObligationReferenceData.class);

    /** The shape of a reference data file. */
    public record PlanFile(List<ObligationPlan> plans) {
    }

    private final ObligationRegister register;
    private final ObligationRepository repository;

    @Activate
    public ObligationReferenceData(@Reference ObligationRegister register, @Reference ObligationRepository repository,
            EvaluationConfig config,
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
            LOG.error("Obligation plans {} not loaded: {}", file, e.getMessage());
        }
    }

    /** @return how many plans were inserted, or -1 if this version of the file was loaded before */
    int load(String file) {
        ReferenceDataFile data = ReferenceDataFile.read(file, ObligationReferenceData.class);
        String marker = data.marker();
        if (repository.isLoaded(marker)) {
            LOG.info("Obligation plans {} already loaded", file);
            return -1;
        }
        PlanFile plans = JsonInput.read(data.open(), PlanFile.class);
        int inserted = repository.insertMissing(register.checkAll(plans.plans() == null ? List.of() : plans.plans()),
                marker);
        LOG.info("Obligation plans {} loaded: {} inserted", file, inserted);
        return inserted;
    }
}

package se.avtalsvakt.evaluation.internal;

import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;

import se.avtalsvakt.api.agreement.ReferenceDataLoaded;
import se.avtalsvakt.api.json.Json;
import se.avtalsvakt.api.obligation.ObligationPlan;
import se.avtalsvakt.evaluation.internal.store.ObligationRepository;
import se.avtalsvakt.persistence.ReferenceDataFile;
import se.avtalsvakt.persistence.ReferenceDataLoader;
import se.avtalsvakt.persistence.ReferenceDataSet;

/**
 * The reference plans, loaded on start by the platform's {@link ReferenceDataLoader}: each file once per content
 * version, inserting only plans whose id is free, so what users changed is kept. The file is checked whole first;
 * a file with any problem loads nothing.
 */
@Component(name = "se.avtalsvakt.evaluation.referencedata", configurationPid = "se.avtalsvakt.evaluation",
        configurationPolicy = ConfigurationPolicy.OPTIONAL,
        service = {ObligationReferenceData.class, ReferenceDataSet.class}, immediate = true)
public class ObligationReferenceData implements ReferenceDataSet {

    /** The shape of a reference data file. */
    public record PlanFile(List<ObligationPlan> plans) {
    }

    private final ObligationRegister register;
    private final ObligationRepository repository;
    private final List<String> files;

    /**
     * @param registerData not used directly: the organisations and agreements referred to come with the register's
     *                     reference data, and referencing it makes this load after it
     */
    @Activate
    public ObligationReferenceData(@Reference ObligationRegister register, @Reference ObligationRepository repository,
            EvaluationConfig config, @Reference ReferenceDataLoaded registerData,
            @Reference ReferenceDataLoader loader) {
        this.register = register;
        this.repository = repository;
        this.files = config.referenceData() ? ReferenceDataSet.configured(config.files()) : List.of();
        loader.load(this);
        // each file is applied in the loader's transaction: read the plans again now that it has committed
        register.invalidatePlans();
    }

    @Override
    public String name() {
        return "evaluation";
    }

    @Override
    public String label() {
        return "Obligation plans";
    }

    @Override
    public List<String> files() {
        return files;
    }

    @Override
    public String apply(ReferenceDataFile file) {
        PlanFile plans = Json.read(file.open(), PlanFile.class);
        int inserted = repository.insertMissing(register.checkAll(plans.plans() == null ? List.of() : plans.plans()));
        register.invalidatePlans();
        return inserted + " inserted";
    }
}

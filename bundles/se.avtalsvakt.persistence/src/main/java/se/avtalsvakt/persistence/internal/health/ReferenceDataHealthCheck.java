package se.avtalsvakt.persistence.internal.health;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.felix.hc.api.HealthCheck;
import org.apache.felix.hc.api.Result;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import se.avtalsvakt.persistence.ReferenceDataLoad;
import se.avtalsvakt.persistence.ReferenceDataLoader;
import se.avtalsvakt.persistence.ReferenceDataSet;

/**
 * "Reference data": every registered reference data set has been loaded, each file loaded now or unchanged.
 * CRITICAL naming the set and file that failed or was refused, TEMPORARILY_UNAVAILABLE while a set still loads.
 */
@Component(service = HealthCheck.class, property = {
        HealthCheck.NAME + "=Reference data",
        HealthCheck.TAGS + "=avtalsvakt",
        HealthCheck.TAGS + "=referencedata"})
public class ReferenceDataHealthCheck implements HealthCheck {

    private final ReferenceDataLoader loader;

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    volatile List<ReferenceDataSet> sets = List.of();

    @Activate
    public ReferenceDataHealthCheck(@Reference ReferenceDataLoader loader) {
        this.loader = loader;
    }

    @Override
    public Result execute() {
        List<String> failed = new ArrayList<>();
        List<String> loading = new ArrayList<>();
        List<String> loaded = new ArrayList<>();
        for (ReferenceDataSet set : sets) {
            Optional<List<ReferenceDataLoad>> last = loader.lastLoad(set.name());
            if (last.isEmpty()) {
                loading.add(set.name());
                continue;
            }
            for (ReferenceDataLoad load : last.get()) {
                if (!load.outcome().ok()) {
                    failed.add(set.name() + " " + load.file() + " (" + load.outcome().name().toLowerCase() + ": "
                            + load.detail() + ")");
                }
            }
            loaded.add(set.name() + " (" + last.get().size() + (last.get().size() == 1 ? " file)" : " files)"));
        }
        if (!failed.isEmpty()) {
            return new Result(Result.Status.CRITICAL, "Reference data not loaded: " + String.join("; ", failed));
        }
        if (!loading.isEmpty()) {
            return new Result(Result.Status.TEMPORARILY_UNAVAILABLE,
                    "Reference data still loading: " + String.join(", ", loading));
        }
        if (loaded.isEmpty()) {
            return new Result(Result.Status.OK, "No reference data registered");
        }
        return new Result(Result.Status.OK, "Reference data loaded or unchanged: " + String.join(", ", loaded));
    }
}

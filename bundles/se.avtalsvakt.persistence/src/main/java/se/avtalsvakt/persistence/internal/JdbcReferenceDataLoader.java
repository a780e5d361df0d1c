package se.avtalsvakt.persistence.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;
import javax.transaction.TransactionManager;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.avtalsvakt.api.PlatformClock;
import se.avtalsvakt.api.ValidationException;
import se.avtalsvakt.persistence.ReferenceDataFile;
import se.avtalsvakt.persistence.ReferenceDataLoad;
import se.avtalsvakt.persistence.ReferenceDataLoad.Outcome;
import se.avtalsvakt.persistence.ReferenceDataLoader;
import se.avtalsvakt.persistence.ReferenceDataSet;
import se.avtalsvakt.persistence.SchemaMigrator;

/**
 * Loads reference data sets on the platform datasource, recording each loaded file version in
 * {@code av_reference_data_marker}. A file's apply step and its record are one JTA transaction. The log lines are
 * written under the set's own class, so they read as the bundle's: {@code <label> <file> loaded: <summary>},
 * {@code … already loaded}, {@code … refused, nothing loaded: <problems>}, {@code … not loaded: <reason>}.
 */
@Component(name = "se.avtalsvakt.persistence.referencedata", service = ReferenceDataLoader.class)
public class JdbcReferenceDataLoader implements ReferenceDataLoader {

    private final MarkerTable markers;
    private final Transactions transactions;
    private final PlatformClock clock;
    private final Map<String, List<ReferenceDataLoad>> lastLoads = new ConcurrentHashMap<>();

    /**
     * @param migrator not used directly: it has migrated the platform's own changelog, with the marker table, when
     *                 it is there
     */
    @Activate
    public JdbcReferenceDataLoader(
            @Reference(name = "dataSource", target = "(osgi.jndi.service.name=avtalsvakt)") DataSource dataSource,
            @Reference SchemaMigrator migrator, @Reference TransactionManager transactionManager,
            @Reference PlatformClock clock) {
        this(dataSource, Transactions.jta(transactionManager), clock);
    }

    JdbcReferenceDataLoader(DataSource dataSource, Transactions transactions, PlatformClock clock) {
        this.markers = new MarkerTable(dataSource);
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public List<ReferenceDataLoad> load(ReferenceDataSet set) {
        lastLoads.remove(set.name());
        List<ReferenceDataLoad> loads = new ArrayList<>();
        for (String file : set.files()) {
            loads.add(loadOne(set, file));
        }
        lastLoads.put(set.name(), List.copyOf(loads));
        return loads;
    }

    @Override
    public Optional<List<ReferenceDataLoad>> lastLoad(String set) {
        return Optional.ofNullable(lastLoads.get(set));
    }

    private ReferenceDataLoad loadOne(ReferenceDataSet set, String file) {
        Logger log = LoggerFactory.getLogger(set.getClass());
        try {
            ReferenceDataFile data = ReferenceDataFile.read(file, set.getClass());
            String summary = transactions.inOne(() -> {
                if (markers.isLoaded(set.name(), data)) {
                    return null;
                }
                String applied = String.valueOf(set.apply(data));
                markers.record(set.name(), data, clock.now().toInstant(), applied);
                return applied;
            });
            if (summary == null) {
                log.info("{} {} already loaded", set.label(), file);
                return new ReferenceDataLoad(set.name(), file, Outcome.UNCHANGED, null);
            }
            log.info("{} {} loaded: {}", set.label(), file, summary);
            announce(set, file);
            return new ReferenceDataLoad(set.name(), file, Outcome.LOADED, summary);
        } catch (ValidationException e) {
            log.error("{} {} refused, nothing loaded: {}", set.label(), file, e.getMessage());
            return new ReferenceDataLoad(set.name(), file, Outcome.REFUSED, e.getMessage());
        } catch (RuntimeException e) {
            log.error("{} {} not loaded: {}", set.label(), file, e.getMessage());
            return new ReferenceDataLoad(set.name(), file, Outcome.FAILED, e.getMessage());
        }
    }

    /** Optional: where a loaded file is announced, so alerting rescans the deadlines of the domain it changed. */
    @org.osgi.service.component.annotations.Reference(cardinality =
            org.osgi.service.component.annotations.ReferenceCardinality.OPTIONAL, policy =
            org.osgi.service.component.annotations.ReferencePolicy.DYNAMIC)
    volatile org.osgi.service.event.EventAdmin events;

    /** Posts {@code se/avtalsvakt/<set>/REFERENCE_DATA_LOADED} once the file's transaction has committed. */
    private void announce(ReferenceDataSet set, String file) {
        org.osgi.service.event.EventAdmin admin = events;
        if (admin != null) {
            admin.postEvent(new org.osgi.service.event.Event("se/avtalsvakt/" + set.name() + "/REFERENCE_DATA_LOADED",
                    java.util.Map.of("set", set.name(), "file", file)));
        }
    }
}

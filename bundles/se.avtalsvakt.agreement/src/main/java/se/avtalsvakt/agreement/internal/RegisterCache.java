package se.avtalsvakt.agreement.internal;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.avtalsvakt.agreement.internal.store.AgreementRepository;
import se.avtalsvakt.api.agreement.Agreement;
import se.avtalsvakt.api.agreement.RenegotiationRequest;
import se.avtalsvakt.api.organisation.Organisation;

/**
 * The register's read model: every agreement as its API record, sorted by id, with the organisations and the calls
 * for renegotiation, read from the database once (a fixed number of queries, see
 * {@link AgreementRepository#agreements()}) and then kept current by the register's own writes. The bundle performs
 * every write to its tables, so it knows what changed: a write to one agreement reloads that agreement
 * ({@link #reload(String)}); an import, which may touch anything, drops everything ({@link #invalidate()}) and the
 * next read loads it again.
 * <p>
 * Only stored facts are kept here. What depends on the day (status, current term, participation) is computed from
 * them on each read with the platform clock, so moving the clock needs no invalidation.
 */
@Component(service = RegisterCache.class)
public class RegisterCache {

    private final AgreementRepository repository;

    /** The loaded state, or null when it must be read again. Replaced whole on invalidation. */
    private volatile State state;

    private static final class State {
        final NavigableMap<String, Agreement> agreements;
        final Map<String, Organisation> organisations;
        final Map<String, List<RenegotiationRequest>> renegotiations;
        /** Counts the writes applied, so that a snapshot of the list knows whether it is still current. */
        final java.util.concurrent.atomic.AtomicLong version = new java.util.concurrent.atomic.AtomicLong();
        /** Every agreement in id order as of a version, or null until asked for. */
        volatile Snapshot list;

        State(NavigableMap<String, Agreement> agreements, Map<String, Organisation> organisations,
                Map<String, List<RenegotiationRequest>> renegotiations) {
            this.agreements = agreements;
            this.organisations = organisations;
            this.renegotiations = renegotiations;
        }
    }

    private record Snapshot(long version, List<Agreement> agreements) {
    }

    @Activate
    public RegisterCache(@Reference AgreementRepository repository) {
        this.repository = repository;
    }

    /** @return every agreement, sorted by id; a view that later writes update */
    public NavigableMap<String, Agreement> agreements() {
        return state().agreements;
    }

    /** @return every agreement in id order (a snapshot, rebuilt only after a change) */
    public List<Agreement> agreementList() {
        State s = state();
        long version = s.version.get();
        Snapshot snapshot = s.list;
        if (snapshot == null || snapshot.version() != version) {
            // a write during the copy moves the version on: the next call copies again
            snapshot = new Snapshot(version, List.copyOf(s.agreements.values()));
            s.list = snapshot;
        }
        return snapshot.agreements();
    }

    /** @return the agreement with this id, if registered */
    public Optional<Agreement> agreement(String id) {
        State s = state;
        if (s == null) {
            // a single lookup does not load the whole register
            return repository.agreement(id);
        }
        return Optional.ofNullable(s.agreements.get(id));
    }

    /** @return the organisation with this id, if registered */
    public Optional<Organisation> organisation(String id) {
        return Optional.ofNullable(state().organisations.get(id));
    }

    /** @return every organisation, in the repository's order (kind, name) */
    public Collection<Organisation> organisations() {
        return state().organisations.values();
    }

    /** @return the agreement's calls for renegotiation, oldest first */
    public List<RenegotiationRequest> renegotiations(String agreementId) {
        return state().renegotiations.getOrDefault(agreementId, List.of());
    }

    /** Reads one agreement again after the register wrote it (and its calls for renegotiation). */
    public synchronized void reload(String agreementId) {
        State s = state;
        if (s == null) {
            return; // the next read loads everything, this write included
        }
        Optional<Agreement> fresh = repository.agreements(List.of(agreementId)).stream().findFirst();
        if (fresh.isPresent()) {
            s.agreements.put(agreementId, fresh.get());
        } else {
            s.agreements.remove(agreementId);
        }
        List<RenegotiationRequest> calls = repository.renegotiations(agreementId).get(agreementId);
        if (calls == null) {
            s.renegotiations.remove(agreementId);
        } else {
            s.renegotiations.put(agreementId, List.copyOf(calls));
        }
        s.version.incrementAndGet();
    }

    /** Drops everything: after an import or a reference data load, which may change any row. */
    public synchronized void invalidate() {
        state = null;
    }

    private State state() {
        State s = state;
        return s != null ? s : load();
    }

    private synchronized State load() {
        if (state != null) {
            return state;
        }
        NavigableMap<String, Agreement> agreements = new ConcurrentSkipListMap<>();
        repository.agreements().forEach(a -> agreements.put(a.id(), a));
        Map<String, Organisation> organisations = new LinkedHashMap<>();
        repository.organisations().forEach(o -> organisations.put(o.id(), o));
        Map<String, List<RenegotiationRequest>> calls = new java.util.concurrent.ConcurrentHashMap<>();
        repository.renegotiations(null).forEach((id, list) -> calls.put(id, List.copyOf(list)));
        State loaded = new State(agreements, java.util.Collections.unmodifiableMap(organisations), calls);
        // writes and invalidations wait for this lock: none can slip between the read and its publication
        state = loaded;
        return loaded;
    }
}

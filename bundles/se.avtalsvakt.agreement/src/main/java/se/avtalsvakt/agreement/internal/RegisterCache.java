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
    /** Counts writes and invalidations, so that a load that raced one of them is not published. */
    private final java.util.concurrent.atomic.AtomicLong generation = new java.util.concurrent.atomic.AtomicLong();
    /** Guards the publication of a loaded state; no database call is made while it is held. */
    private final Object publication = new Object();
    /** Serialises reloads of single agreements, so that two writes of one agreement apply in order. */
    private final Object reloads = new Object();

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

    /**
     * Reads one agreement again after the register wrote it (and its calls for renegotiation). Reloads are
     * serialised among themselves, never with reads: a reader never waits for a database call made under a lock
     * that a writer's transaction might need.
     */
    public void reload(String agreementId) {
        synchronized (reloads) {
            generation.incrementAndGet(); // a load that started before this write must not publish
            State s = state;
            if (s == null) {
                return; // the next read loads everything, this write included
            }
            Optional<Agreement> fresh = repository.agreements(List.of(agreementId)).stream().findFirst();
            List<RenegotiationRequest> calls = repository.renegotiations(agreementId).get(agreementId);
            if (fresh.isPresent()) {
                s.agreements.put(agreementId, fresh.get());
            } else {
                s.agreements.remove(agreementId);
            }
            if (calls == null) {
                s.renegotiations.remove(agreementId);
            } else {
                s.renegotiations.put(agreementId, List.copyOf(calls));
            }
            s.version.incrementAndGet();
        }
    }

    /**
     * Drops everything: after an import or a reference data load, which may change any row. Never waits: it may be
     * called inside the writer's transaction while a reader is loading and waiting for that transaction's rows.
     */
    public void invalidate() {
        generation.incrementAndGet();
        state = null;
    }

    private State state() {
        State s = state;
        return s != null ? s : load();
    }

    /**
     * Reads the whole register without holding a lock (a reader waiting for a writer's rows must not hold anything
     * the writer needs), then publishes it unless a write or an invalidation came in meanwhile: then this caller
     * gets what it read, and the next read loads again.
     */
    private State load() {
        long seen = generation.get();
        NavigableMap<String, Agreement> agreements = new ConcurrentSkipListMap<>();
        repository.agreements().forEach(a -> agreements.put(a.id(), a));
        Map<String, Organisation> organisations = new LinkedHashMap<>();
        repository.organisations().forEach(o -> organisations.put(o.id(), o));
        Map<String, List<RenegotiationRequest>> calls = new java.util.concurrent.ConcurrentHashMap<>();
        repository.renegotiations(null).forEach((id, list) -> calls.put(id, List.copyOf(list)));
        State loaded = new State(agreements, java.util.Collections.unmodifiableMap(organisations), calls);
        synchronized (publication) {
            State current = state;
            if (current != null) {
                return current; // another reader published first
            }
            if (generation.get() == seen) {
                state = loaded;
            }
        }
        return loaded;
    }
}

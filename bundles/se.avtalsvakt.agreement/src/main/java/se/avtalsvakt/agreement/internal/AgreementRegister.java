package se.avtalsvakt.agreement.internal;

import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.avtalsvakt.agreement.internal.store.AgreementRepository;
import se.avtalsvakt.api.ConflictException;
import se.avtalsvakt.api.NotFoundException;
import se.avtalsvakt.api.PlatformClock;
import se.avtalsvakt.api.ValidationException;
import se.avtalsvakt.api.agreement.Agreement;
import se.avtalsvakt.api.agreement.AgreementFilter;
import se.avtalsvakt.api.agreement.AgreementService;
import se.avtalsvakt.api.agreement.AgreementStatus;
import se.avtalsvakt.api.agreement.NoticeEffect;
import se.avtalsvakt.api.agreement.NoticeWithdrawal;
import se.avtalsvakt.api.agreement.Participation;
import se.avtalsvakt.api.agreement.Revision;
import se.avtalsvakt.api.agreement.RenegotiationRequest;
import se.avtalsvakt.api.agreement.TermChange;
import se.avtalsvakt.api.agreement.TermInfo;
import se.avtalsvakt.api.agreement.Specification;
import se.avtalsvakt.api.agreement.TerminationNotice;
import se.avtalsvakt.api.calendar.WorkingDayCalendar;
import se.avtalsvakt.api.event.Topics;
import se.avtalsvakt.api.page.Page;
import se.avtalsvakt.api.page.PageRequest;

/** The register of agreements: validation, storage, status, and events. */
@Component(service = {AgreementService.class, AgreementRegister.class})
public class AgreementRegister implements AgreementService {

    private static final Logger LOG = LoggerFactory.getLogger(AgreementRegister.class);

    private final AgreementRepository repository;
    private final RegisterCache cache;
    private final PlatformClock clock;
    private final WorkingDayCalendar calendar;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile EventAdmin eventAdmin;

    @Activate
    public AgreementRegister(@Reference AgreementRepository repository, @Reference RegisterCache cache,
            @Reference PlatformClock clock, @Reference WorkingDayCalendar calendar) {
        this.repository = repository;
        this.cache = cache;
        this.clock = clock;
        this.calendar = calendar;
    }

    @Override
    public List<Agreement> list(AgreementFilter filter) {
        if (filter.kind() == null && filter.party() == null && filter.status() == null) {
            return cache.agreementList();
        }
        LocalDate today = clock.today();
        return cache.agreementList().stream().filter(a -> matches(filter, a, today)).toList();
    }

    @Override
    public Page<Agreement> page(AgreementFilter filter, PageRequest request) {
        LocalDate today = clock.today();
        Iterator<Agreement> after = request.after()
                .map(key -> cache.agreements().tailMap(key, false).values().iterator())
                .orElseGet(() -> cache.agreements().values().iterator());
        Iterator<Agreement> matching = java.util.stream.StreamSupport.stream(
                java.util.Spliterators.spliteratorUnknownSize(after, java.util.Spliterator.ORDERED), false)
                .filter(a -> matches(filter, a, today)).iterator();
        return Page.scan(matching, request, Agreement::id);
    }

    private boolean matches(AgreementFilter filter, Agreement a, LocalDate today) {
        return (filter.kind() == null || a.kind() == filter.kind())
                && (filter.party() == null || a.hasParty(filter.party()))
                && (filter.status() == null || status(a, today) == filter.status());
    }

    @Override
    public List<String> ids(String prefix, int limit) {
        return repository.agreementIds(prefix == null ? "" : prefix, limit);
    }

    @Override
    public Optional<Agreement> find(String id) {
        return id == null ? Optional.empty() : cache.agreement(id);
    }

    @Override
    public Agreement create(Agreement agreement) {
        validate(agreement);
        if (cache.agreement(agreement.id()).isPresent()) {
            throw new ConflictException("an agreement with id '" + agreement.id() + "' exists already");
        }
        Agreement created = repository.insert(agreement);
        cache.reload(created.id());
        LOG.info("Agreement {} registered", created.id());
        post(Topics.AGREEMENT_CREATED, created.id());
        return created;
    }

    @Override
    public Agreement update(String id, Agreement agreement) {
        if (agreement.id() != null && !agreement.id().equals(id)) {
            throw new ValidationException("id", "'" + agreement.id() + "' does not match the agreement being updated ('"
                    + id + "'); ids cannot change");
        }
        Agreement stored = get(id);
        Problems kept = new Problems();
        Agreement withId = RecordedHistory.keep(stored, agreement.withId(id), clock.now().toInstant(), kept);
        kept.throwIfAny();
        validate(withId);
        Agreement updated = repository.replace(withId);
        cache.reload(id);
        LOG.info("Agreement {} updated", id);
        post(Topics.AGREEMENT_UPDATED, id);
        return updated;
    }

    @Override
    public Agreement addRevision(String agreementId, String specificationId, Revision revision) {
        Agreement a = get(agreementId);
        Specification s = a.specifications().stream().filter(x -> x.id().equals(specificationId)).findFirst()
                .orElseThrow(() -> new NotFoundException("specification", agreementId + "/" + specificationId));
        Problems p = new Problems();
        AgreementValidator.revision(a, s, revision, p);
        AgreementValidator.newRevision(a, revision, p);
        p.throwIfAny();
        Agreement revised = repository.addRevision(agreementId, specificationId, revision);
        cache.reload(agreementId);
        LOG.info("Agreement {}: revision {} of {} logged", agreementId, revision.diaryNumber(), specificationId);
        post(Topics.AGREEMENT_REVISED, agreementId);
        return revised;
    }

    @Override
    public Agreement recordTermination(String agreementId, TerminationNotice notice) {
        Agreement a = get(agreementId);
        Problems p = new Problems();
        AgreementValidator.notice(a, notice, p);
        p.throwIfAny();
        if (a.terminationNotices().stream().anyMatch(notice::sameAs)) {
            return a; // the same notice sent twice (same party, day, form and diary number) is recorded once
        }
        Agreement recorded = repository.addNotice(agreementId, notice);
        cache.reload(agreementId);
        LOG.info("Agreement {}: termination notice from {} received {} recorded", agreementId, notice.party(),
                notice.receivedOn());
        post(Topics.TERMINATION_RECORDED, agreementId);
        return recorded;
    }

    @Override
    public Agreement withdrawNotice(String agreementId, int number, NoticeWithdrawal withdrawal) {
        Agreement a = get(agreementId);
        if (number < 1 || number > a.terminationNotices().size()) {
            throw new NotFoundException("termination notice", agreementId + "/" + number);
        }
        TerminationNotice n = a.terminationNotices().get(number - 1);
        if (n.hasWithdrawal()) {
            throw new ConflictException("notice " + number + " of " + agreementId + " was withdrawn already on "
                    + n.withdrawal().on());
        }
        Problems p = new Problems();
        AgreementValidator.withdrawal(n, withdrawal, clock.today(), p);
        p.throwIfAny();
        Agreement withdrawn = repository.withdrawNotice(agreementId, number - 1, withdrawal);
        cache.reload(agreementId);
        LOG.info("Agreement {}: termination notice {} from {} withdrawn on {}", agreementId, number, n.party(),
                withdrawal.on());
        post(Topics.AGREEMENT_UPDATED, agreementId);
        return withdrawn;
    }

    @Override
    public RenegotiationRequest requestRenegotiation(String agreementId, RenegotiationRequest request) {
        Agreement a = get(agreementId);
        Problems p = new Problems();
        AgreementValidator.renegotiation(a, request, p);
        p.throwIfAny();
        if (!a.renegotiationAnyTime()) {
            throw new ConflictException(agreementId + " does not allow renegotiation at any time "
                    + "(renegotiationAnyTime is false): its terms change at an extension");
        }
        RenegotiationRequest recorded = repository.addRenegotiation(agreementId, request);
        cache.reload(agreementId);
        LOG.info("Agreement {}: renegotiation requested by {} on {} recorded", agreementId, request.party(),
                request.requestedOn());
        post(Topics.RENEGOTIATION_REQUESTED, agreementId);
        return recorded;
    }

    @Override
    public List<RenegotiationRequest> renegotiations(String agreementId) {
        get(agreementId);
        return cache.renegotiations(agreementId);
    }

    @Override
    public AgreementStatus status(Agreement agreement, LocalDate asOf) {
        return schedule(agreement).status(asOf);
    }

    @Override
    public AgreementStatus status(Agreement agreement) {
        return status(agreement, clock.today());
    }

    @Override
    public TermInfo terms(String id, LocalDate asOf) {
        return schedule(get(id)).info(asOf, calendar::lastWorkingDayOnOrBefore);
    }

    @Override
    public List<Participation> parties(String id, LocalDate asOf) {
        return parties(get(id), asOf);
    }

    @Override
    public List<Participation> parties(Agreement agreement, LocalDate asOf) {
        return participations(agreement).on(asOf);
    }

    @Override
    public TermInfo terms(String id, LocalDate asOf, String party) {
        Agreement a = get(id);
        TermInfo whole = schedule(a).info(asOf, calendar::lastWorkingDayOnOrBefore);
        if (party == null) {
            return whole;
        }
        if (!a.hasParty(party)) {
            throw new ValidationException("party", "'" + party + "' is not a party of " + id);
        }
        return participations(a).terms(whole, party, asOf);
    }

    @Override
    public NoticeEffect effectOf(Agreement agreement, TerminationNotice notice) {
        return schedule(agreement).effectOf(notice);
    }

    /** @return the agreement's terms, with the working-day calendar for its last-day setting */
    TermSchedule schedule(Agreement agreement) {
        return TermSchedule.of(agreement, calendar::isWorkingDay);
    }

    private Participations participations(Agreement agreement) {
        return new Participations(agreement, schedule(agreement), this::organisationName);
    }

    /** @return the organisation's name, or its id when it is not registered */
    String organisationName(String id) {
        return id == null ? "–" : cache.organisation(id).map(se.avtalsvakt.api.organisation.Organisation::name)
                .orElse(id);
    }

    @Override
    public List<TermChange> termChanges(String id) {
        if (id != null) {
            get(id);
        }
        return repository.termChanges(id);
    }

    @Override
    public List<TermChange> termChanges(LocalDate from, LocalDate to) {
        return repository.termChanges(from, to);
    }

    @Override
    public Page<TermChange> termChanges(String id, PageRequest request) {
        if (id != null) {
            get(id);
        }
        return repository.termChanges(id, request);
    }

    @Override
    public synchronized List<TermChange> recordTermChanges() {
        LocalDate today = clock.today();
        java.time.Instant now = clock.now().toInstant();
        List<TermChange> due = cache.agreementList().stream()
                .flatMap(a -> schedule(a).changesUpTo(today, now).stream()).toList();
        List<TermChange> recorded = repository.recordNew(due);
        for (TermChange c : recorded) {
            LOG.info("Agreement {} {} (term {}, from {})", c.agreement(), switch (c.kind()) {
                case EXTENDED -> "extended";
                case ENDED -> "ended";
                case PARTY_LEFT -> "left by " + c.party();
            }, c.termNumber(), c.effectiveOn());
            EventAdmin events = eventAdmin;
            if (events != null && c.kind() != TermChange.Kind.PARTY_LEFT) {
                events.postEvent(new Event(c.kind() == TermChange.Kind.EXTENDED ? Topics.AGREEMENT_EXTENDED
                        : Topics.AGREEMENT_ENDED, Map.of(Topics.ID, c.agreement(), "termNumber", c.termNumber(),
                                "effectiveOn", c.effectiveOn().toString())));
            }
        }
        return recorded;
    }

    private void validate(Agreement agreement) {
        Problems p = new Problems();
        new AgreementValidator(id -> cache.organisation(id).isPresent(),
                id -> cache.agreement(id).isPresent()).validate(agreement, p);
        p.throwIfAny();
    }

    private void post(String topic, String id) {
        EventAdmin events = eventAdmin;
        if (events != null) {
            events.postEvent(new Event(topic, Map.of(Topics.ID, id)));
        }
    }
}

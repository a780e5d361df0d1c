package se.avtalsvakt.agreement.internal;

import java.time.LocalDate;
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

/** The register of agreements: validation, storage, status, and events. */
@Component(service = AgreementService.class)
public class AgreementRegister implements AgreementService {

    private static final Logger LOG = LoggerFactory.getLogger(AgreementRegister.class);

    private final AgreementRepository repository;
    private final PlatformClock clock;
    private final WorkingDayCalendar calendar;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile EventAdmin eventAdmin;

    @Activate
    public AgreementRegister(@Reference AgreementRepository repository, @Reference PlatformClock clock,
            @Reference WorkingDayCalendar calendar) {
        this.repository = repository;
        this.clock = clock;
        this.calendar = calendar;
    }

    @Override
    public List<Agreement> list(AgreementFilter filter) {
        LocalDate today = clock.today();
        return repository.agreements().stream()
                .filter(a -> filter.kind() == null || a.kind() == filter.kind())
                .filter(a -> filter.party() == null || a.hasParty(filter.party()))
                .filter(a -> filter.status() == null || status(a, today) == filter.status())
                .toList();
    }

    @Override
    public List<String> ids(String prefix, int limit) {
        return repository.agreementIds(prefix == null ? "" : prefix, limit);
    }

    @Override
    public Optional<Agreement> find(String id) {
        return id == null ? Optional.empty() : repository.agreement(id);
    }

    @Override
    public Agreement create(Agreement agreement) {
        validate(agreement);
        if (repository.agreement(agreement.id()).isPresent()) {
            throw new ConflictException("an agreement with id '" + agreement.id() + "' exists already");
        }
        Agreement created = repository.insert(agreement);
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
        LOG.info("Agreement {}: renegotiation requested by {} on {} recorded", agreementId, request.party(),
                request.requestedOn());
        post(Topics.RENEGOTIATION_REQUESTED, agreementId);
        return recorded;
    }

    @Override
    public List<RenegotiationRequest> renegotiations(String agreementId) {
        get(agreementId);
        return repository.renegotiations(agreementId).getOrDefault(agreementId, List.of());
    }

    /** @return every agreement's renegotiation requests, by agreement id */
    java.util.Map<String, List<RenegotiationRequest>> allRenegotiations() {
        return repository.renegotiations(null);
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
        return id == null ? "–" : repository.organisation(id).map(se.avtalsvakt.api.organisation.Organisation::name)
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
    public synchronized List<TermChange> recordTermChanges() {
        LocalDate today = clock.today();
        java.time.Instant now = clock.now().toInstant();
        List<TermChange> due = repository.agreements().stream()
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
        new AgreementValidator(id -> repository.organisation(id).isPresent(),
                id -> repository.agreement(id).isPresent()).validate(agreement, p);
        p.throwIfAny();
    }

    private void post(String topic, String id) {
        EventAdmin events = eventAdmin;
        if (events != null) {
            events.postEvent(new Event(topic, Map.of(Topics.ID, id)));
        }
    }
}

package se.avtalsvakt.agreement.internal;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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

import se.avtalsvakt.agreement.internal.json.ExchangeJson;
import se.avtalsvakt.agreement.internal.store.AgreementRepository;
import se.avtalsvakt.api.NotFoundException;
import se.avtalsvakt.api.agreement.Agreement;
import se.avtalsvakt.api.agreement.AgreementExchange;
import se.avtalsvakt.api.agreement.ExchangeDocument;
import se.avtalsvakt.api.agreement.ImportMode;
import se.avtalsvakt.api.agreement.ImportResult;
import se.avtalsvakt.api.agreement.RenegotiationRequest;
import se.avtalsvakt.api.agreement.TerminationNotice;
import se.avtalsvakt.api.event.Topics;
import se.avtalsvakt.api.organisation.Organisation;

/** Import and export in the JSON exchange format. */
@Component(service = {AgreementExchange.class, ExchangeService.class})
public class ExchangeService implements AgreementExchange {

    private static final Logger LOG = LoggerFactory.getLogger(ExchangeService.class);

    private final AgreementRepository repository;
    private final RegisterCache cache;
    private final ExchangeJson json = new ExchangeJson();

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile EventAdmin eventAdmin;

    @Activate
    public ExchangeService(@Reference AgreementRepository repository, @Reference RegisterCache cache) {
        this.repository = repository;
        this.cache = cache;
    }

    @Override
    public ExchangeDocument read(InputStream in) {
        return json.readDocument(in);
    }

    @Override
    public Agreement readAgreement(InputStream in) {
        return json.readAgreement(in);
    }

    @Override
    public TerminationNotice readNotice(InputStream in) {
        return json.readNotice(in);
    }

    @Override
    public RenegotiationRequest readRenegotiation(InputStream in) {
        return json.readRenegotiation(in);
    }

    @Override
    public void write(ExchangeDocument document, OutputStream out) {
        json.write(document, out);
    }

    @Override
    public ImportResult importDocument(ExchangeDocument document, ImportMode mode) {
        validate(document);
        ImportResult result;
        try {
            result = repository.importDocument(document, mode);
        } finally {
            cache.invalidate(); // an import may change any organisation or agreement
        }
        LOG.info("Imported ({}): {}", mode, result);
        EventAdmin events = eventAdmin;
        if (events != null && changed(result.organisations()) + changed(result.agreements()) > 0) {
            events.postEvent(new Event(Topics.IMPORTED, Map.of(
                    "agreementsCreated", result.agreements().created(),
                    "agreementsUpdated", result.agreements().updated(),
                    "organisationsCreated", result.organisations().created(),
                    "organisationsUpdated", result.organisations().updated())));
        }
        return result;
    }

    private static int changed(ImportResult.Counts c) {
        return c.created() + c.updated();
    }

    /** Checks the whole document against itself and what is registered; throws listing every problem. */
    void validate(ExchangeDocument document) {
        Problems p = new Problems();
        Set<String> orgIds = new HashSet<>();
        for (Organisation o : document.organisations()) {
            if (o.id() != null) {
                orgIds.add(o.id());
            }
        }
        Set<String> agreementIds = new HashSet<>();
        for (Agreement a : document.agreements()) {
            if (a.id() != null) {
                agreementIds.add(a.id());
            }
        }
        AgreementValidator validator = new AgreementValidator(
                id -> orgIds.contains(id) || cache.organisation(id).isPresent(),
                id -> agreementIds.contains(id) || cache.agreement(id).isPresent());
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < document.organisations().size(); i++) {
            Organisation o = document.organisations().get(i);
            Problems at = p.at("organisations", i);
            validator.validate(o, at);
            if (o.id() != null && !seen.add(o.id())) {
                at.add("id", "'" + o.id() + "' appears twice in this file");
            }
        }
        seen.clear();
        for (int i = 0; i < document.agreements().size(); i++) {
            Agreement a = document.agreements().get(i);
            Problems at = p.at("agreements", i);
            validator.validate(a, at);
            if (a.id() != null && !seen.add(a.id())) {
                at.add("id", "'" + a.id() + "' appears twice in this file");
            }
        }
        p.throwIfAny();
    }

    @Override
    public ExchangeDocument export(String agreementId) {
        List<Organisation> all = repository.organisations();
        if (agreementId == null) {
            return new ExchangeDocument(ExchangeDocument.CURRENT_FORMAT, all, repository.agreements());
        }
        Agreement a = repository.agreement(agreementId).orElseThrow(() -> new NotFoundException("agreement",
                agreementId));
        Map<String, Organisation> byId = new HashMap<>();
        all.forEach(o -> byId.put(o.id(), o));
        Map<String, Organisation> needed = new LinkedHashMap<>();
        a.parties().forEach(p -> addWithParents(p.organisation(), byId, needed));
        addWithParents(a.ownerBody(), byId, needed);
        a.terminationNotices().forEach(n -> addWithParents(n.party(), byId, needed));
        // a referenced agreement must exist where this file is imported; export it alongside only by full export
        return new ExchangeDocument(ExchangeDocument.CURRENT_FORMAT, List.copyOf(needed.values()), List.of(a));
    }

    private static void addWithParents(String id, Map<String, Organisation> byId, Map<String, Organisation> out) {
        while (id != null && !out.containsKey(id) && byId.containsKey(id)) {
            Organisation o = byId.get(id);
            out.put(id, o);
            id = o.parent();
        }
    }
}

package se.avtalsvakt.cases.internal;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.avtalsvakt.api.agreement.Agreement;
import se.avtalsvakt.api.agreement.AgreementFilter;
import se.avtalsvakt.api.agreement.AgreementService;
import se.avtalsvakt.api.agreement.TermPolicy;
import se.avtalsvakt.api.cases.HandoverCase;
import se.avtalsvakt.api.event.Topics;

/**
 * Opens handover cases by themselves: when an agreement is registered or changed, a termination notice recorded or
 * an agreement ends (the agreement register's events), its cases are brought in line with its end and its parties'
 * ends, for the agreements named in the setting {@code handoverAgreements} (default the samarbetsavtal, whose §15 the
 * checklist is). At start and after an import it looks at those agreements again (with {@code *}: at every agreement
 * that can have an end, a notice recorded or a fixed term), to catch up with what happened while it was not
 * running. The work runs on one thread of its own,
 * never on Event Admin's.
 */
@Component(service = EventHandler.class, immediate = true, property = {
        EventConstants.EVENT_TOPIC + "=" + Topics.AGREEMENT_CREATED,
        EventConstants.EVENT_TOPIC + "=" + Topics.AGREEMENT_UPDATED,
        EventConstants.EVENT_TOPIC + "=" + Topics.TERMINATION_RECORDED,
        EventConstants.EVENT_TOPIC + "=" + Topics.AGREEMENT_ENDED,
        EventConstants.EVENT_TOPIC + "=" + Topics.IMPORTED})
public class HandoverWatcher implements EventHandler {

    private static final Logger LOG = LoggerFactory.getLogger(HandoverWatcher.class);

    private final CaseRegister register;
    private final AgreementService agreements;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "avtalsvakt-handovers");
        t.setDaemon(true);
        return t;
    });

    @Activate
    public HandoverWatcher(@Reference CaseRegister register, @Reference AgreementService agreements) {
        this.register = register;
        this.agreements = agreements;
        worker.execute(this::syncAll);
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        worker.shutdownNow();
        worker.awaitTermination(10, TimeUnit.SECONDS);
    }

    @Override
    public void handleEvent(Event event) {
        if (Topics.IMPORTED.equals(event.getTopic())) {
            worker.execute(this::syncAll);
            return;
        }
        Object id = event.getProperty(Topics.ID);
        if (id != null) {
            worker.execute(() -> sync(id.toString()));
        }
    }

    private void syncAll() {
        int n = 0;
        List<String> named = register.handoverAgreements();
        if (named != null) {
            for (String id : named) {
                n += sync(id);
            }
            if (n > 0) {
                LOG.info("{} handover case(s) opened for agreements that got an end date", n);
            }
            return;
        }
        for (Agreement a : agreements.list(AgreementFilter.ALL)) {
            if (Thread.currentThread().isInterrupted()) {
                return;
            }
            if (!a.referenceOnly() && (!a.terminationNotices().isEmpty()
                    || (a.renewal() != null && a.renewal().type() == TermPolicy.FIXED))) {
                n += sync(a.id());
            }
        }
        if (n > 0) {
            LOG.info("{} handover case(s) opened for agreements that got an end date", n);
        }
    }

    private int sync(String agreement) {
        try {
            List<HandoverCase> opened = register.syncHandovers(agreement);
            for (HandoverCase c : opened) {
                LOG.info("Handover case {} opened: {} {} ends {}", c.id(), agreement,
                        c.party() == null ? "(the whole agreement)" : c.party(), c.endsOn());
            }
            return opened.size();
        } catch (RuntimeException e) {
            LOG.warn("Could not bring the handover cases of {} in line with its end: {}", agreement, e.toString());
            return 0;
        }
    }
}

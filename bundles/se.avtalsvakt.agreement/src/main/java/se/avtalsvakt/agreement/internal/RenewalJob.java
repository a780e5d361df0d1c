package se.avtalsvakt.agreement.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.avtalsvakt.api.agreement.AgreementService;
import se.avtalsvakt.api.agreement.ReferenceDataLoaded;
import se.avtalsvakt.api.event.Topics;

/**
 * Records term changes (renewals and ends). Runs daily through the Karaf scheduler whiteboard (the schedule is
 * its configuration), once at start, so whatever happened while the platform was down is recorded on the way up,
 * and whenever the platform clock is moved. Each change is recorded once however often it runs.
 */
@Component(name = "se.avtalsvakt.agreement.renewaljob", service = {Runnable.class, EventHandler.class},
        immediate = true, property = {
                EventConstants.EVENT_TOPIC + "=" + Topics.CLOCK_CHANGED,
                "scheduler.expression=0 5 0 * * ?",
                "scheduler.concurrent:Boolean=false"})
@Designate(ocd = RenewalJobConfig.class)
public class RenewalJob implements Runnable, EventHandler {

    private static final Logger LOG = LoggerFactory.getLogger(RenewalJob.class);

    private final AgreementService agreements;

    /**
     * @param referenceData not used directly: the job starts only after the reference data has been loaded, so its
     *                      first run sees the shipped agreements
     */
    @Activate
    public RenewalJob(@Reference AgreementService agreements, @Reference ReferenceDataLoaded referenceData) {
        this.agreements = agreements;
        run();
    }

    @Override
    public void run() {
        try {
            int recorded = agreements.recordTermChanges().size();
            LOG.debug("Renewal job: {} term change(s) recorded", recorded);
        } catch (RuntimeException e) {
            // the next run records what this one could not
            LOG.error("Renewal job failed: {}", e.getMessage(), e);
        }
    }

    @Override
    public void handleEvent(Event event) {
        run();
    }
}

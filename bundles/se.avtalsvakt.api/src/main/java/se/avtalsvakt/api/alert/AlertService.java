package se.avtalsvakt.api.alert;

import java.util.List;

/** The alerts raised so far, and the scan that raises new ones. */
public interface AlertService {

    /**
     * @param state           only alerts in this state, or null for all
     * @param undeliveredOnly only alerts with a delivery still pending
     * @return the alerts, newest first
     */
    List<Alert> list(AlertState state, boolean undeliveredOnly);

    /**
     * The newest alerts only, e.g. for completing {@code alert:ack}: a bounded read, however many alerts there are.
     * The alert store answers with one query; this default reads every alert in the state.
     *
     * @param state           only alerts in this state, or null for all
     * @param undeliveredOnly only alerts with a delivery still pending
     * @param limit           at most this many
     * @return the alerts, newest first
     */
    default List<Alert> list(AlertState state, boolean undeliveredOnly, int limit) {
        return list(state, undeliveredOnly).stream().limit(limit).toList();
    }

    /**
     * @return the alert
     * @throws se.avtalsvakt.api.NotFoundException if there is none with that id
     */
    Alert get(long id);

    /**
     * Marks an open alert as seen. Acknowledging an acknowledged alert changes nothing.
     *
     * @param id the alert
     * @param by who acknowledges it (a user name)
     * @return the alert as it is now
     * @throws se.avtalsvakt.api.NotFoundException if there is none with that id
     * @throws se.avtalsvakt.api.ConflictException  if it is resolved
     */
    Alert acknowledge(long id, String by);

    /**
     * Compares every source's deadlines and events with the alerts raised so far: raises the ladder steps that have
     * fallen due (also those missed while the platform was down), one {@link Alert#OVERDUE} alert per deadline a
     * source reports as overdue, and the events recorded since the last scan, however old their own date; resolves
     * alerts whose deadline was met, moved or has gone. Runs daily and whenever the platform clock changes; running it twice changes nothing.
     *
     * @return what the scan did
     */
    ScanResult scan();

    /**
     * @param raised   alerts raised by the scan
     * @param resolved alerts resolved by the scan
     * @param today    the platform date the scan ran for
     * @param alerts   the alerts raised by the scan (those raised already resolved included)
     */
    record ScanResult(int raised, int resolved, java.time.LocalDate today, List<Alert> alerts) {

        public ScanResult {
            alerts = alerts == null ? List.of() : List.copyOf(alerts);
        }

        /** A result without the alerts themselves. */
        public ScanResult(int raised, int resolved, java.time.LocalDate today) {
            this(raised, resolved, today, List.of());
        }
    }
}

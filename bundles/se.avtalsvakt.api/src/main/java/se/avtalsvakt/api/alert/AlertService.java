package se.avtalsvakt.api.alert;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import se.avtalsvakt.api.page.Page;
import se.avtalsvakt.api.page.PageRequest;

/** The alerts raised so far, and the scan that raises new ones. */
public interface AlertService {

    /**
     * @param state           only alerts in this state, or null for all
     * @param undeliveredOnly only alerts with a delivery still pending
     * @return the newest alerts, newest first: at most {@link PageRequest#MAX_LIMIT} of them
     * @deprecated bounded to the newest {@link PageRequest#MAX_LIMIT}; use {@link #page(AlertFilter, PageRequest)}
     */
    @Deprecated
    List<Alert> list(AlertState state, boolean undeliveredOnly);

    /**
     * The newest alerts only, e.g. for completing {@code alert:ack}: a bounded read, however many alerts there are.
     *
     * @param state           only alerts in this state, or null for all
     * @param undeliveredOnly only alerts with a delivery still pending
     * @param limit           at most this many
     * @return the alerts, newest first
     */
    default List<Alert> list(AlertState state, boolean undeliveredOnly, int limit) {
        return page(AlertFilter.of(state, undeliveredOnly), PageRequest.first(Math.min(limit,
                PageRequest.MAX_LIMIT))).items();
    }

    /**
     * One page of the alerts, newest first (by id). The alert store answers with one keyset query; this default
     * pages {@link #list(AlertState, boolean)}.
     *
     * @param filter  which alerts
     * @param request the page: its cursor is the id of the last alert of the page before
     * @return the page
     * @throws se.avtalsvakt.api.ValidationException naming {@code cursor} if it is not a cursor of this list
     */
    default Page<Alert> page(AlertFilter filter, PageRequest request) {
        Optional<Long> before = request.afterNumber();
        List<Alert> fetched = new ArrayList<>();
        list(filter.state(), filter.undeliveredOnly()).stream()
                .filter(filter::matches)
                .filter(a -> before.isEmpty() || a.id() < before.get())
                .sorted(Comparator.comparingLong(Alert::id).reversed())
                .limit(request.limit() + 1L)
                .forEach(fetched::add);
        return Page.of(fetched, request, a -> Long.toString(a.id()));
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
     * alerts whose deadline was met, moved or has gone. Runs daily and whenever the platform clock changes; running
     * it twice changes nothing. A scan that would raise more alerts than the guard allows is held: it raises and
     * resolves nothing until an operator confirms it ({@link #scan(boolean)}). Otherwise a scan raises at most the
     * configured number of alerts per kind, the earliest due first; the rest are raised by later scans.
     *
     * @return what the scan did
     */
    ScanResult scan();

    /**
     * @param confirm true: the operator's go-ahead: a scan that raises more than the guard allows is not held, and
     *                raises all it would (the cap per kind does not cut it)
     * @return what the scan did
     */
    default ScanResult scan(boolean confirm) {
        return scan();
    }

    /**
     * @param raised         alerts raised by the scan
     * @param resolved       alerts resolved by the scan
     * @param today          the platform date the scan ran for
     * @param alerts         the first alerts raised by the scan (those raised already resolved included), at most
     *                       {@link PageRequest#DEFAULT_LIMIT}: {@code raised} is the count
     * @param sources        the ids of the deadline sources the scan asked
     * @param held           true if the scan would have raised more than the guard allows: it changed nothing and
     *                       waits for an operator's go-ahead
     * @param heldCount      how many alerts the held scan would raise (0 if not held)
     * @param heldByKind     that count per deadline kind
     * @param deferredByKind per kind, the alerts left to later scans because of the cap per kind and scan (none
     *                       for a held scan)
     */
    record ScanResult(int raised, int resolved, LocalDate today, List<Alert> alerts, List<String> sources,
                      boolean held, int heldCount, Map<String, Integer> heldByKind,
                      Map<String, Integer> deferredByKind) {

        public ScanResult {
            alerts = alerts == null ? List.of() : List.copyOf(alerts);
            sources = sources == null ? List.of() : List.copyOf(sources);
            heldByKind = heldByKind == null ? Map.of() : Map.copyOf(heldByKind);
            deferredByKind = deferredByKind == null ? Map.of() : Map.copyOf(deferredByKind);
        }

        /** A scan that was not held nor capped. */
        public ScanResult(int raised, int resolved, LocalDate today, List<Alert> alerts) {
            this(raised, resolved, today, alerts, List.of(), false, 0, Map.of(), Map.of());
        }

        /** A result without the alerts themselves. */
        public ScanResult(int raised, int resolved, LocalDate today) {
            this(raised, resolved, today, List.of());
        }

        /** @return how many alerts the cap per kind left to later scans */
        public int deferred() {
            return deferredByKind.values().stream().mapToInt(Integer::intValue).sum();
        }
    }
}

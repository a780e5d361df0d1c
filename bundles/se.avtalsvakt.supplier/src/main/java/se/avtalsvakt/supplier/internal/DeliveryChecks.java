package se.avtalsvakt.supplier.internal;

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

import se.avtalsvakt.api.ConflictException;
import se.avtalsvakt.api.NotFoundException;
import se.avtalsvakt.api.PlatformClock;
import se.avtalsvakt.api.ValidationException;
import se.avtalsvakt.api.calendar.WorkingDayCalendar;
import se.avtalsvakt.api.page.Page;
import se.avtalsvakt.api.page.PageRequest;
import se.avtalsvakt.api.supplier.DeliveryCheck;
import se.avtalsvakt.api.supplier.DeliveryFilter;
import se.avtalsvakt.api.supplier.DeliveryView;
import se.avtalsvakt.api.supplier.SupplierTopics;
import se.avtalsvakt.supplier.internal.parse.CheckLineValidator;
import se.avtalsvakt.supplier.internal.store.DeliveryCheckStore;
import se.avtalsvakt.supplier.internal.store.DeliveryCheckStore.After;
import se.avtalsvakt.supplier.internal.store.DeliveryCheckStore.Query;
import se.avtalsvakt.supplier.internal.store.DeliveryCheckStore.StoredDelivery;

/**
 * Deliveries and their checks by the care provider (samarbetsavtalet §9): each delivery is to be checked within
 * {@link #CHECK_WORKING_DAYS} working days; a check is recorded one at a time here (files of checks come in through
 * {@link SupplierIngest}), and a later check replaces an earlier one.
 */
@Component(service = DeliveryChecks.class)
public class DeliveryChecks {

    /** Working days a care provider has to check a delivery. */
    public static final int CHECK_WORKING_DAYS = 5;

    private final DeliveryCheckStore store;
    private final PlatformClock clock;
    private final WorkingDayCalendar calendar;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile EventAdmin eventAdmin;

    @Activate
    public DeliveryChecks(@Reference DeliveryCheckStore store, @Reference PlatformClock clock,
            @Reference WorkingDayCalendar calendar) {
        this.store = store;
        this.clock = clock;
        this.calendar = calendar;
    }

    /** See {@link se.avtalsvakt.api.supplier.SupplierService#deliveries}: one keyset query per page. */
    public Page<DeliveryView> deliveries(DeliveryFilter filter, PageRequest page) {
        LocalDate from = filter.deliveredFrom();
        LocalDate to = filter.deliveredTo();
        if (from != null && to != null && to.isBefore(from)) {
            throw new ValidationException("deliveredTo", "before deliveredFrom (" + from + ")");
        }
        After after = page.after().map(DeliveryChecks::after).orElse(null);
        if (filter.checkDue() != null) {
            Optional<LocalDate[]> days = deliveryDaysDueOn(filter.checkDue());
            if (days.isEmpty()) {
                return Page.all(List.of()); // no delivery day has its check deadline on that day
            }
            from = from == null || days.get()[0].isAfter(from) ? days.get()[0] : from;
            to = to == null || days.get()[1].isBefore(to) ? days.get()[1] : to;
            if (to.isBefore(from)) {
                return Page.all(List.of());
            }
        }
        List<StoredDelivery> fetched = store.deliveries(new Query(filter.careProvider(), filter.supplier(), from, to,
                filter.uncheckedOnly()), after, page.limit() + 1);
        return Page.of(fetched.stream().map(this::view).toList(), page, DeliveryChecks::key);
    }

    /** @return the sort key of a delivery in the list: delivery date, supplier, delivery id */
    static String key(DeliveryView d) {
        return d.delivery().date() + "\u0000" + d.supplier() + "\u0000" + d.delivery().recordId();
    }

    private static After after(String key) {
        String[] parts = key.split("\u0000", -1);
        try {
            if (parts.length == 3) {
                return new After(LocalDate.parse(parts[0]), parts[1], parts[2]);
            }
        } catch (java.time.format.DateTimeParseException e) {
            // refused below
        }
        throw new ValidationException("cursor", "not a cursor of this list: take it from the Link header of the "
                + "page before");
    }

    /**
     * @return the first and last delivery day whose check deadline is {@code due}, or empty if none is (a day that
     *         is not a working day): the check deadline only grows with the delivery day, so they are a range
     */
    Optional<LocalDate[]> deliveryDaysDueOn(LocalDate due) {
        LocalDate first = null;
        LocalDate last = null;
        for (LocalDate d = due.minusDays(DeliveryCheckDeadlines.LONGEST_CHECK_SPAN_DAYS); d.isBefore(due);
                d = d.plusDays(1)) {
            if (checkDue(d).equals(due)) {
                first = first == null ? d : first;
                last = d;
            }
        }
        return first == null ? Optional.empty() : Optional.of(new LocalDate[] {first, last});
    }

    /** See {@link se.avtalsvakt.api.supplier.SupplierService#checkDelivery}. */
    public DeliveryView checkDelivery(String deliveryId, String supplier, DeliveryCheck check, String user) {
        List<StoredDelivery> found = store.deliveriesWithId(deliveryId).stream()
                .filter(d -> supplier == null || d.supplier().equals(supplier)).toList();
        if (found.isEmpty()) {
            throw new NotFoundException("delivery", deliveryId);
        }
        if (found.size() > 1) {
            throw new ConflictException("delivery " + deliveryId + " was reported by several suppliers ("
                    + String.join(", ", found.stream().map(StoredDelivery::supplier).toList())
                    + "): say which supplier");
        }
        LocalDate checkedOn = check.checkedOn() == null ? clock.today() : check.checkedOn();
        String note = check.note() == null || check.note().isBlank() ? null : check.note().strip();
        if (note != null && note.length() > CheckLineValidator.NOTE_MAX) {
            throw new ValidationException("note", "longer than " + CheckLineValidator.NOTE_MAX + " characters");
        }
        StoredDelivery d = found.get(0);
        if (checkedOn.isBefore(d.delivery().date())) {
            throw new ValidationException("checkedOn", "before the delivery (" + d.delivery().date() + ")");
        }
        if (checkedOn.isAfter(clock.today())) {
            throw new ValidationException("checkedOn", "in the future");
        }
        StoredDelivery checked = store.check(d.pk(), new DeliveryCheck(checkedOn, check.matchesOrder(), note),
                Optional.ofNullable(user).orElse("unknown"), clock.now().toInstant());
        EventAdmin events = eventAdmin;
        if (events != null) {
            events.postEvent(new Event(SupplierTopics.DELIVERY_CHECKED, Map.of("id", deliveryId)));
        }
        return view(checked);
    }

    private DeliveryView view(StoredDelivery d) {
        return new DeliveryView(d.supplier(), d.delivery(), checkDue(d.delivery().date()), d.check(), d.checkedBy());
    }

    /** @return the last day to check a delivery made on {@code deliveredOn} */
    public LocalDate checkDue(LocalDate deliveredOn) {
        return calendar.addWorkingDays(deliveredOn, CHECK_WORKING_DAYS);
    }

    /** @return the ids of deliveries without a check that start with {@code prefix}, at most {@code limit} */
    public List<String> uncheckedDeliveryIds(String prefix, int limit) {
        return store.uncheckedDeliveryIds(prefix, limit);
    }
}

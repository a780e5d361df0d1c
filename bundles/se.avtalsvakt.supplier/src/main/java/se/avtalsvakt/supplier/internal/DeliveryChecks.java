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
import se.avtalsvakt.api.supplier.DeliveryCheck;
import se.avtalsvakt.api.supplier.DeliveryView;
import se.avtalsvakt.api.supplier.SupplierTopics;
import se.avtalsvakt.supplier.internal.parse.CheckLineValidator;
import se.avtalsvakt.supplier.internal.store.DeliveryCheckStore;
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

    /** @return the deliveries (of one care provider, or all; only the unchecked ones), by delivery date */
    public List<DeliveryView> deliveries(String careProvider, boolean uncheckedOnly) {
        return store.deliveries(careProvider, null, null, uncheckedOnly).stream().map(this::view).toList();
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

package se.avtalsvakt.supplier.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.junit.Test;

import se.avtalsvakt.api.ConflictException;
import se.avtalsvakt.api.NotFoundException;
import se.avtalsvakt.api.PlatformClock;
import se.avtalsvakt.api.ValidationException;
import se.avtalsvakt.api.page.PageRequest;
import se.avtalsvakt.api.supplier.DeliveryCheck;
import se.avtalsvakt.api.supplier.DeliveryFilter;
import se.avtalsvakt.api.supplier.DeliveryView;
import se.avtalsvakt.api.supplier.RecordType;
import se.avtalsvakt.api.supplier.SupplierRecord;
import se.avtalsvakt.supplier.internal.store.DeliveryCheckStore;

/** The rules of a check recorded one at a time, over a store that keeps the deliveries in a list. */
public class DeliveryChecksTest {

    private static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");
    /** Sunday 22 November 2026. */
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    private final List<DeliveryCheckStore.StoredDelivery> stored = new ArrayList<>();
    private final List<String> checked = new ArrayList<>();
    private final List<String> queries = new ArrayList<>();

    private final DeliveryCheckStore store = new DeliveryCheckStore(null, null) {
        @Override
        public List<StoredDelivery> deliveriesWithId(String deliveryId) {
            return stored.stream().filter(d -> d.delivery().recordId().equals(deliveryId)).toList();
        }

        @Override
        public List<StoredDelivery> deliveries(Query query, After after, int limit) {
            queries.add(query + " after " + after + " limit " + limit);
            return stored.stream().limit(limit).toList();
        }

        @Override
        public StoredDelivery check(long pk, DeliveryCheck check, String user, Instant now) {
            checked.add(pk + " " + check + " " + user + " " + now);
            StoredDelivery d = stored.stream().filter(x -> x.pk() == pk).findFirst().orElseThrow();
            return new StoredDelivery(pk, d.supplier(), d.delivery(), check, user);
        }
    };

    private final DeliveryChecks checks = new DeliveryChecks(store, new PlatformClock() {
        @Override
        public ZoneId zone() {
            return ZONE;
        }

        @Override
        public Clock clock() {
            return Clock.fixed(TODAY.atTime(10, 0).atZone(ZONE).toInstant(), ZONE);
        }
    }, SupplierTestDatabase.CALENDAR);

    private void delivery(long pk, String supplier, String id, LocalDate on) {
        stored.add(new DeliveryCheckStore.StoredDelivery(pk, supplier, new SupplierRecord(RecordType.DELIVERIES, id,
                "O-1", "lerum", "A-1", 1, on, null, null, null, null, null), null, null));
    }

    @Test
    public void aCheckIsOfTodayByTheUserUnlessDatedAndItsNoteIsStripped() {
        delivery(1, "hmc", "D-1", LocalDate.of(2026, 11, 20));
        DeliveryView view = checks.checkDelivery("D-1", null, new DeliveryCheck(null, false, "  one wheel  "),
                "olle");
        assertEquals(new DeliveryCheck(TODAY, false, "one wheel"), view.check());
        assertEquals("olle", view.checkedBy());
        checks.checkDelivery("D-1", "hmc", new DeliveryCheck(LocalDate.of(2026, 11, 20), true, " "), null);
        assertEquals(List.of("1 DeliveryCheck[checkedOn=2026-11-22, matchesOrder=false, note=one wheel] olle"
                + " 2026-11-22T09:00:00Z", "1 DeliveryCheck[checkedOn=2026-11-20, matchesOrder=true, note=null]"
                + " unknown 2026-11-22T09:00:00Z"), checked);
    }

    @Test
    public void anUnknownDeliveryIsNotFoundAndOneOfTwoSuppliersMustBeNamed() {
        delivery(1, "hmc", "D-1", LocalDate.of(2026, 11, 20));
        delivery(2, "acme", "D-1", LocalDate.of(2026, 11, 19));
        assertThrows(NotFoundException.class, () -> checks.checkDelivery("D-2", null,
                new DeliveryCheck(null, true, null), "olle"));
        assertThrows(NotFoundException.class, () -> checks.checkDelivery("D-1", "other",
                new DeliveryCheck(null, true, null), "olle"));
        ConflictException e = assertThrows(ConflictException.class, () -> checks.checkDelivery("D-1", null,
                new DeliveryCheck(null, true, null), "olle"));
        assertTrue(e.getMessage(), e.getMessage().contains("hmc, acme"));
        checks.checkDelivery("D-1", "acme", new DeliveryCheck(null, true, null), "olle");
        assertTrue(checked.get(0), checked.get(0).startsWith("2 "));
    }

    @Test
    public void aCheckBeforeTheDeliveryInTheFutureOrWithALongNoteIsRefusedNamingTheField() {
        delivery(1, "hmc", "D-1", LocalDate.of(2026, 11, 20));
        assertEquals("checkedOn", refused(new DeliveryCheck(LocalDate.of(2026, 11, 19), true, null)));
        assertEquals("checkedOn", refused(new DeliveryCheck(TODAY.plusDays(1), true, null)));
        assertEquals("note", refused(new DeliveryCheck(null, true, "x".repeat(1001))));
        assertEquals(List.of(), checked);
        assertEquals(1000, checks.checkDelivery("D-1", null, new DeliveryCheck(null, true, "x".repeat(1000)),
                "olle").check().note().length());
    }

    private String refused(DeliveryCheck check) {
        return assertThrows(ValidationException.class, () -> checks.checkDelivery("D-1", null, check, "olle"))
                .problems().get(0).path();
    }

    @Test
    public void aDeliveryIsDueForItsCheckFiveWorkingDaysAfterItCameAcrossHolidays() {
        delivery(1, "hmc", "D-1", LocalDate.of(2026, 11, 20));
        delivery(2, "hmc", "D-2", LocalDate.of(2026, 12, 21));
        assertEquals(List.of(LocalDate.of(2026, 11, 27), LocalDate.of(2026, 12, 30)),
                checks.deliveries(DeliveryFilter.all(), PageRequest.first()).items().stream()
                        .map(DeliveryView::checkDueOn).toList());
    }

    @Test
    public void theDeliveriesDueForTheirCheckOnADayAreTheDeliveryDaysWhoseFifthWorkingDayItIs() {
        // Wednesday 30 December 2026 is the fifth working day after Monday 21 December only
        checks.deliveries(new DeliveryFilter("lerum", "hmc", true, LocalDate.of(2026, 12, 30), null, null),
                PageRequest.first(10));
        // Friday 27 November 2026: after Friday 20 November, and after Saturday 21 and Sunday 22 too
        checks.deliveries(new DeliveryFilter(null, null, false, LocalDate.of(2026, 11, 27), null,
                LocalDate.of(2026, 11, 21)), PageRequest.first(10));
        assertEquals(List.of("Query[careProvider=lerum, supplier=hmc, from=2026-12-21, to=2026-12-21, unchecked=true]"
                + " after null limit 11", "Query[careProvider=null, supplier=null, from=2026-11-20, to=2026-11-21,"
                + " unchecked=false] after null limit 11"), queries);
        // a Saturday is no one's check deadline: nothing is read
        assertEquals(List.of(), checks.deliveries(new DeliveryFilter(null, null, true, LocalDate.of(2026, 11, 28),
                null, null), PageRequest.first()).items());
        assertEquals(2, queries.size());
    }

    @Test
    public void aPageEndsWithACursorAfterItsLastDeliveryAndTheNextStartsAfterIt() {
        delivery(1, "hmc", "D-1", LocalDate.of(2026, 11, 20));
        delivery(2, "hmc", "D-2", LocalDate.of(2026, 11, 20));
        var page = checks.deliveries(DeliveryFilter.all(), PageRequest.first(1));
        assertEquals(1, page.items().size());
        checks.deliveries(DeliveryFilter.all(), PageRequest.of(1, page.next()));
        assertEquals("Query[careProvider=null, supplier=null, from=null, to=null, unchecked=false] after"
                + " After[date=2026-11-20, supplier=hmc, recordId=D-1] limit 2", queries.get(1));
    }

    @Test
    public void aBadCursorOrWindowIsRefusedNamingIt() {
        assertEquals("cursor", assertThrows(ValidationException.class, () -> checks.deliveries(DeliveryFilter.all(),
                PageRequest.of(10, se.avtalsvakt.api.page.Page.cursor("nonsense")))).problems().get(0).path());
        assertEquals("deliveredTo", assertThrows(ValidationException.class, () -> checks.deliveries(
                new DeliveryFilter(null, null, false, null, LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 19)),
                PageRequest.first())).problems().get(0).path());
    }
}

package se.avtalsvakt.supplier.internal.store;

import java.time.Instant;
import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

import se.avtalsvakt.api.supplier.DeliveryCheck;

/** A care provider's check of a delivery; one per delivery, a later check replaces it. */
@Entity
@Table(name = "av_delivery_check")
public class DeliveryCheckEntity {

    @Id
    @Column(name = "record_pk")
    private Long recordPk;

    @Column(name = "checked_on", nullable = false)
    private LocalDate checkedOn;

    @Column(name = "matches_order", nullable = false)
    private boolean matchesOrder;

    @Column(name = "note")
    private String note;

    @Column(name = "checked_by", nullable = false)
    private String checkedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected DeliveryCheckEntity() {
    }

    DeliveryCheckEntity(long recordPk) {
        this.recordPk = recordPk;
    }

    void assign(DeliveryCheck check, String user, Instant now) {
        this.checkedOn = check.checkedOn();
        this.matchesOrder = check.matchesOrder();
        this.note = check.note();
        this.checkedBy = user;
        this.recordedAt = now;
    }

    Long recordPk() {
        return recordPk;
    }

    DeliveryCheck toCheck() {
        return new DeliveryCheck(checkedOn, matchesOrder, note);
    }

    String checkedBy() {
        return checkedBy;
    }
}

package se.avtalsvakt.cases.internal.store;

import java.time.Instant;
import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.EmbeddedId;
import javax.persistence.Entity;
import javax.persistence.Table;

import se.avtalsvakt.api.cases.LocalPlan;

/** Row of {@code av_case_local_plan}: a party's local plan for an agreement. */
@Entity
@Table(name = "av_case_local_plan")
public class LocalPlanEntity {

    @EmbeddedId
    private LocalPlanKey key;

    @Column(name = "adopted_on", nullable = false)
    private LocalDate adoptedOn;

    @Column(name = "adopted_by", nullable = false, length = 300)
    private String adoptedBy;

    @Column(name = "reference", length = 1000)
    private String reference;

    @Column(name = "recorded_by", nullable = false, length = 200)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected LocalPlanEntity() {
        // for JPA
    }

    LocalPlanEntity(LocalPlanKey key) {
        this.key = key;
    }

    void assign(LocalPlan p) {
        this.adoptedOn = p.adoptedOn();
        this.adoptedBy = p.adoptedBy();
        this.reference = p.reference();
        this.recordedBy = p.recordedBy();
        this.recordedAt = p.recordedAt();
    }

    LocalPlan toRecord() {
        return new LocalPlan(key.agreement(), key.party(), adoptedOn, adoptedBy, reference, recordedBy, recordedAt);
    }
}

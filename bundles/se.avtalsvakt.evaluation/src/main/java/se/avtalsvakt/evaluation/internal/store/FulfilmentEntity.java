package se.avtalsvakt.evaluation.internal.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.persistence.CollectionTable;
import javax.persistence.Column;
import javax.persistence.ElementCollection;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.OrderColumn;
import javax.persistence.Table;

import se.avtalsvakt.api.obligation.Fulfilment;
import se.avtalsvakt.api.obligation.Occurrence;

/** Row of {@code av_obligation_fulfilment}: one fulfilment of a plan's occurrence (plan + due date). */
@Entity
@Table(name = "av_obligation_fulfilment")
public class FulfilmentEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "plan_id", nullable = false, length = 64)
    private String plan;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Column(name = "fulfilled_on", nullable = false)
    private LocalDate date;

    @Column(name = "reference", length = 200)
    private String reference;

    @Column(name = "fulfilled_by", nullable = false, length = 200)
    private String by;

    @Column(name = "notes", length = 4000)
    private String notes;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @ElementCollection
    @CollectionTable(name = "av_obligation_fulfilment_criterion", joinColumns = @JoinColumn(name = "fulfilment_id"))
    @OrderColumn(name = "seq")
    private List<CriterionEmbeddable> criteria = new ArrayList<>();

    protected FulfilmentEntity() {
        // for JPA
    }

    FulfilmentEntity(String plan, LocalDate dueDate, Fulfilment f, Instant now) {
        this.plan = plan;
        this.dueDate = dueDate;
        date = f.date();
        reference = f.reference();
        by = f.by();
        notes = f.notes();
        recordedAt = now;
        f.criteria().forEach(c -> criteria.add(new CriterionEmbeddable(c)));
    }

    String plan() {
        return plan;
    }

    LocalDate dueDate() {
        return dueDate;
    }

    Long id() {
        return id;
    }

    /** @return the record with its criteria read apart */
    Fulfilment toRecord(List<se.avtalsvakt.api.obligation.CriterionAssessment> assessed) {
        return new Fulfilment(id, Occurrence.idOf(plan, dueDate), date, reference, by, notes, List.copyOf(assessed),
                recordedAt);
    }

    Fulfilment toRecord() {
        return new Fulfilment(id, Occurrence.idOf(plan, dueDate), date, reference, by, notes,
                criteria.stream().map(CriterionEmbeddable::toRecord).toList(), recordedAt);
    }
}

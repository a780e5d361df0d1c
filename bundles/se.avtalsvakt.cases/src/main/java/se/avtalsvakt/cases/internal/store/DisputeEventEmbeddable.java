package se.avtalsvakt.cases.internal.store;

import java.time.Instant;
import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Embeddable;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;

import se.avtalsvakt.api.cases.DisputeEvent;
import se.avtalsvakt.api.cases.DisputeEventKind;

/** Row of {@code av_case_dispute_event}: one entry of a dispute's history. */
@Embeddable
public class DisputeEventEmbeddable {

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 16)
    private DisputeEventKind kind;

    @Column(name = "on_date", nullable = false)
    private LocalDate on;

    @Column(name = "step", nullable = false)
    private int step;

    @Column(name = "note", length = 4000)
    private String note;

    @Column(name = "by_user", nullable = false, length = 200)
    private String by;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected DisputeEventEmbeddable() {
        // for JPA
    }

    DisputeEventEmbeddable(DisputeEvent e) {
        this.kind = e.kind();
        this.on = e.on();
        this.step = e.step();
        this.note = e.note();
        this.by = e.by();
        this.recordedAt = e.recordedAt();
    }

    DisputeEvent toRecord() {
        return new DisputeEvent(kind, on, step, note, by, recordedAt);
    }
}

package se.avtalsvakt.cases.internal.store;

import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Embeddable;

import se.avtalsvakt.api.cases.HandoverItem;

/** Row of {@code av_case_handover_item}. */
@Embeddable
public class HandoverItemEmbeddable {

    @Column(name = "item_key", nullable = false, length = 64)
    private String key;

    @Column(name = "title", nullable = false, length = 300)
    private String title;

    @Column(name = "owner_id", nullable = false, length = 64)
    private String owner;

    @Column(name = "due_on", nullable = false)
    private LocalDate due;

    @Column(name = "done_on")
    private LocalDate doneOn;

    @Column(name = "done_by", length = 200)
    private String doneBy;

    protected HandoverItemEmbeddable() {
        // for JPA
    }

    HandoverItemEmbeddable(HandoverItem i) {
        this.key = i.key();
        this.title = i.title();
        this.owner = i.owner();
        this.due = i.due();
        this.doneOn = i.doneOn();
        this.doneBy = i.doneBy();
    }

    boolean done() {
        return doneOn != null;
    }

    void complete(LocalDate on, String by) {
        this.doneOn = on;
        this.doneBy = by;
    }

    void redate(LocalDate newDue) {
        this.due = newDue;
    }

    String key() {
        return key;
    }

    HandoverItem toRecord(int number) {
        return new HandoverItem(number, key, title, owner, due, doneOn, doneBy);
    }
}

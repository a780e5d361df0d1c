package se.avtalsvakt.cases.internal.store;

import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Embeddable;

import se.avtalsvakt.api.cases.ChecklistItem;

/** Row of {@code av_case_checklist_item}. */
@Embeddable
public class ChecklistItemEmbeddable {

    @Column(name = "activity", nullable = false, length = 1000)
    private String activity;

    @Column(name = "owner", length = 200)
    private String owner;

    @Column(name = "due_on")
    private LocalDate due;

    @Column(name = "done_on")
    private LocalDate doneOn;

    @Column(name = "done_by", length = 200)
    private String doneBy;

    protected ChecklistItemEmbeddable() {
        // for JPA
    }

    ChecklistItemEmbeddable(ChecklistItem i) {
        this.activity = i.activity();
        this.owner = i.owner();
        this.due = i.due();
    }

    boolean done() {
        return doneOn != null;
    }

    void assign(String newOwner, LocalDate newDue) {
        this.owner = newOwner;
        this.due = newDue;
    }

    void complete(LocalDate on, String by) {
        if (doneOn == null) {
            this.doneOn = on;
            this.doneBy = by;
        }
    }

    ChecklistItem toRecord(int number) {
        return new ChecklistItem(number, activity, owner, due, doneOn, doneBy);
    }
}

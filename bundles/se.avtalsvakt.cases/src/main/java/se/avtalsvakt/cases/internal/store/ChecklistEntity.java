package se.avtalsvakt.cases.internal.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.persistence.CollectionTable;
import javax.persistence.Column;
import javax.persistence.ElementCollection;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.OrderColumn;
import javax.persistence.Table;

import se.avtalsvakt.api.cases.Checklist;
import se.avtalsvakt.api.cases.ChecklistItem;
import se.avtalsvakt.api.cases.ChecklistState;

/** Row of {@code av_case_checklist} with its items; the competences are the template's, joined on read. */
@Entity
@Table(name = "av_case_checklist")
public class ChecklistEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "template_id", nullable = false, length = 64)
    private String template;

    @Column(name = "organisation_id", nullable = false, length = 64)
    private String organisation;

    @Column(name = "title", nullable = false, length = 300)
    private String title;

    @Column(name = "started_on", nullable = false)
    private LocalDate startedOn;

    @Column(name = "started_by", nullable = false, length = 200)
    private String startedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 16)
    private ChecklistState state;

    @ElementCollection
    @CollectionTable(name = "av_case_checklist_item", joinColumns = @JoinColumn(name = "checklist_id"))
    @OrderColumn(name = "seq")
    private List<ChecklistItemEmbeddable> items = new ArrayList<>();

    protected ChecklistEntity() {
        // for JPA
    }

    ChecklistEntity(Checklist c) {
        this.template = c.template();
        this.organisation = c.organisation();
        this.title = c.title();
        this.startedOn = c.startedOn();
        this.startedBy = c.startedBy();
        this.state = ChecklistState.OPEN;
        c.items().forEach(i -> items.add(new ChecklistItemEmbeddable(i)));
    }

    String template() {
        return template;
    }

    /** @return false if there is no such item */
    boolean assign(int number, String owner, LocalDate due) {
        if (number < 1 || number > items.size()) {
            return false;
        }
        items.get(number - 1).assign(owner, due);
        return true;
    }

    /** @return false if there is no such item */
    boolean complete(int number, LocalDate on, String by) {
        if (number < 1 || number > items.size()) {
            return false;
        }
        items.get(number - 1).complete(on, by);
        if (items.stream().allMatch(ChecklistItemEmbeddable::done)) {
            state = ChecklistState.DONE;
        }
        return true;
    }

    /** @return the checklist without competences (the register adds the template's) */
    public Checklist toRecord() {
        List<ChecklistItem> list = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            list.add(items.get(i).toRecord(i + 1));
        }
        return new Checklist(id, template, organisation, title, startedOn, startedBy, state, List.of(), list);
    }
}

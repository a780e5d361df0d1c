package se.avtalsvakt.cases.internal.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

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

import se.avtalsvakt.api.cases.HandoverCase;
import se.avtalsvakt.api.cases.HandoverItem;
import se.avtalsvakt.api.cases.HandoverState;

/** Row of {@code av_case_handover} with its checklist. */
@Entity
@Table(name = "av_case_handover")
public class HandoverEntity {

    /** The scope of a case for the whole agreement. */
    public static final String WHOLE = "*";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "agreement_id", nullable = false, length = 64)
    private String agreement;

    @Column(name = "scope", nullable = false, length = 64)
    private String scope;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    @Column(name = "opened_on", nullable = false)
    private LocalDate openedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 16)
    private HandoverState state;

    @ElementCollection
    @CollectionTable(name = "av_case_handover_item", joinColumns = @JoinColumn(name = "handover_id"))
    @OrderColumn(name = "seq")
    private List<HandoverItemEmbeddable> items = new ArrayList<>();

    protected HandoverEntity() {
        // for JPA
    }

    HandoverEntity(HandoverCase c) {
        this.agreement = c.agreement();
        this.scope = c.party() == null ? WHOLE : c.party();
        this.endsOn = c.endsOn();
        this.openedOn = c.openedOn();
        this.state = c.state();
        c.items().forEach(i -> items.add(new HandoverItemEmbeddable(i)));
    }

    String scope() {
        return scope;
    }

    LocalDate endsOn() {
        return endsOn;
    }

    HandoverState state() {
        return state;
    }

    void cancel() {
        state = HandoverState.CANCELLED;
    }

    /** Moves the end and the due days of the items not done yet; a cancelled case opens again. */
    void redate(LocalDate newEnd, Function<String, LocalDate> dueOf) {
        endsOn = newEnd;
        for (HandoverItemEmbeddable i : items) {
            if (!i.done()) {
                i.redate(dueOf.apply(i.key()));
            }
        }
        state = items.stream().allMatch(HandoverItemEmbeddable::done) ? HandoverState.DONE : HandoverState.OPEN;
    }

    /** @return false if there is no such item */
    boolean complete(int number, LocalDate on, String by) {
        if (number < 1 || number > items.size()) {
            return false;
        }
        HandoverItemEmbeddable i = items.get(number - 1);
        if (!i.done()) {
            i.complete(on, by);
        }
        if (state == HandoverState.OPEN && items.stream().allMatch(HandoverItemEmbeddable::done)) {
            state = HandoverState.DONE;
        }
        return true;
    }

    public HandoverCase toRecord() {
        List<HandoverItem> list = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            list.add(items.get(i).toRecord(i + 1));
        }
        return new HandoverCase(id, agreement, WHOLE.equals(scope) ? null : scope, endsOn, openedOn, state, list);
    }
}

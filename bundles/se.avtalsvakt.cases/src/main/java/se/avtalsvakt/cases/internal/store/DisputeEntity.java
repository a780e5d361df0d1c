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

import se.avtalsvakt.api.cases.DisputeEvent;
import se.avtalsvakt.api.cases.DisputeState;

/** Row of {@code av_case_dispute}, with its parties and history. The ladder is the agreement's, joined on read. */
@Entity
@Table(name = "av_case_dispute")
public class DisputeEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "agreement_id", nullable = false, length = 64)
    private String agreement;

    @Column(name = "subject", nullable = false, length = 1000)
    private String subject;

    @Column(name = "situation", length = 4000)
    private String situation;

    @Column(name = "opened_on", nullable = false)
    private LocalDate openedOn;

    @Column(name = "owner_id", nullable = false, length = 64)
    private String owner;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 16)
    private DisputeState state;

    @Column(name = "step", nullable = false)
    private int step;

    @Column(name = "step_since", nullable = false)
    private LocalDate stepSince;

    @ElementCollection
    @CollectionTable(name = "av_case_dispute_party", joinColumns = @JoinColumn(name = "dispute_id"))
    @OrderColumn(name = "seq")
    @Column(name = "organisation_id", nullable = false, length = 64)
    private List<String> parties = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "av_case_dispute_event", joinColumns = @JoinColumn(name = "dispute_id"))
    @OrderColumn(name = "seq")
    private List<DisputeEventEmbeddable> history = new ArrayList<>();

    protected DisputeEntity() {
        // for JPA
    }

    public DisputeEntity(String agreement, List<String> parties, String subject, String situation,
            LocalDate openedOn, String owner) {
        this.agreement = agreement;
        this.parties.addAll(parties);
        this.subject = subject;
        this.situation = situation;
        this.openedOn = openedOn;
        this.owner = owner;
        this.state = DisputeState.OPEN;
        this.step = 1;
        this.stepSince = openedOn;
    }

    public long id() {
        return id;
    }

    public String agreement() {
        return agreement;
    }

    public DisputeState state() {
        return state;
    }

    public int step() {
        return step;
    }

    /** Records what happened; an escalation moves the dispute to the event's step from its day. */
    public void record(DisputeEvent event, DisputeState newState) {
        history.add(new DisputeEventEmbeddable(event));
        if (event.step() != step) {
            step = event.step();
            stepSince = event.on();
        }
        state = newState;
    }

    /** The stored part of a dispute; the register adds the ladder. */
    public record Stored(long id, String agreement, List<String> parties, String subject, String situation,
                         LocalDate openedOn, String owner, DisputeState state, int step, LocalDate stepSince,
                         List<DisputeEvent> history) {
    }

    public Stored toStored() {
        return new Stored(id, agreement, List.copyOf(parties), subject, situation, openedOn, owner, state, step,
                stepSince, history.stream().map(DisputeEventEmbeddable::toRecord).toList());
    }
}

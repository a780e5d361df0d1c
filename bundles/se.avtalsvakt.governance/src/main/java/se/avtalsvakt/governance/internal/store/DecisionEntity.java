package se.avtalsvakt.governance.internal.store;

import java.util.List;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

import se.avtalsvakt.api.governance.Decision;
import se.avtalsvakt.api.governance.DecisionOutcome;

/** Row of {@code av_gov_decision}. */
@Entity
@Table(name = "av_gov_decision")
public class DecisionEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "meeting_id", nullable = false)
    private long meeting;

    @Column(name = "subject", nullable = false, length = 500)
    private String subject;

    @Column(name = "decision_kind", length = 64)
    private String kind;

    /** The amount in öre (minor units), exactly. */
    @Column(name = "amount_ore")
    private Long amountOre;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", nullable = false, length = 16)
    private DecisionOutcome outcome;

    @Column(name = "dissent", length = 2000)
    private String dissent;

    protected DecisionEntity() {
        // for JPA
    }

    DecisionEntity(long meeting, Decision d) {
        this.meeting = meeting;
        subject = d.subject();
        kind = d.kind();
        amountOre = d.amountOre();
        outcome = d.outcome();
        dissent = d.dissent();
    }

    long meeting() {
        return meeting;
    }

    Decision toRecord() {
        return new Decision(id, meeting, subject, kind, null, outcome, dissent, List.of(), null, null)
                .withAmountOre(amountOre);
    }
}

package se.avtalsvakt.cases.internal.store;

import java.util.ArrayList;
import java.util.List;

import javax.persistence.CollectionTable;
import javax.persistence.Column;
import javax.persistence.ElementCollection;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.OrderColumn;
import javax.persistence.Table;

import se.avtalsvakt.api.cases.EscalationLadder;
import se.avtalsvakt.api.cases.EscalationStep;

/** Row of {@code av_case_ladder}: an agreement's escalation ladder with its steps. */
@Entity
@Table(name = "av_case_ladder")
public class LadderEntity {

    @Id
    @Column(name = "agreement_id", length = 64)
    private String agreement;

    @ElementCollection
    @CollectionTable(name = "av_case_ladder_step", joinColumns = @JoinColumn(name = "agreement_id"))
    @OrderColumn(name = "seq")
    private List<LadderStepEmbeddable> steps = new ArrayList<>();

    protected LadderEntity() {
        // for JPA
    }

    LadderEntity(String agreement) {
        this.agreement = agreement;
    }

    void assign(EscalationLadder ladder) {
        steps.clear();
        ladder.steps().forEach(s -> steps.add(new LadderStepEmbeddable(s)));
    }

    void clearSteps() {
        steps.clear();
    }

    public EscalationLadder toRecord() {
        List<EscalationStep> list = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            list.add(steps.get(i).toRecord(i + 1));
        }
        return new EscalationLadder(agreement, list);
    }
}

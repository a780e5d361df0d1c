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

import se.avtalsvakt.api.cases.DevelopmentIssue;
import se.avtalsvakt.api.cases.DevelopmentIssueState;

/** Row of {@code av_case_dev_issue} with its linked decisions. */
@Entity
@Table(name = "av_case_dev_issue")
public class DevelopmentIssueEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "title", nullable = false, length = 300)
    private String title;

    @Column(name = "description", length = 4000)
    private String description;

    @Column(name = "raised_by", length = 200)
    private String raisedBy;

    @Column(name = "owner_id", nullable = false, length = 64)
    private String owner;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 16)
    private DevelopmentIssueState state;

    @Column(name = "raised_on", nullable = false)
    private LocalDate raisedOn;

    @Column(name = "next_review")
    private LocalDate nextReview;

    @ElementCollection
    @CollectionTable(name = "av_case_dev_issue_decision", joinColumns = @JoinColumn(name = "issue_id"))
    @OrderColumn(name = "seq")
    @Column(name = "decision_id", nullable = false)
    private List<Long> decisions = new ArrayList<>();

    protected DevelopmentIssueEntity() {
        // for JPA
    }

    DevelopmentIssueEntity(DevelopmentIssue i) {
        assign(i);
    }

    void assign(DevelopmentIssue i) {
        this.title = i.title();
        this.description = i.description();
        this.raisedBy = i.raisedBy();
        this.owner = i.owner();
        this.state = i.state();
        this.raisedOn = i.raisedOn();
        this.nextReview = i.nextReview();
        this.decisions.clear();
        this.decisions.addAll(i.decisions());
    }

    void clearDecisions() {
        decisions.clear();
    }

    DevelopmentIssue toRecord() {
        return new DevelopmentIssue(id, title, description, raisedBy, owner, state, raisedOn, nextReview,
                List.copyOf(decisions));
    }
}

package se.avtalsvakt.agreement.internal.store;

import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

import se.avtalsvakt.api.agreement.Revision;

/** Row of {@code av_specification_revision}: one change-log entry. */
@Entity
@Table(name = "av_specification_revision")
public class RevisionEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "diary_number", nullable = false, length = 64)
    private String diaryNumber;

    @Column(name = "decided_on", nullable = false)
    private LocalDate decidedOn;

    @Column(name = "decided_by", length = 200)
    private String decidedBy;

    @Column(name = "summary", nullable = false, length = 2000)
    private String summary;

    @Column(name = "effective_from")
    private LocalDate effectiveFrom;

    protected RevisionEntity() {
        // for JPA
    }

    RevisionEntity(Revision r) {
        diaryNumber = r.diaryNumber();
        decidedOn = r.decidedOn();
        decidedBy = r.decidedBy();
        summary = r.summary();
        effectiveFrom = r.effectiveFrom();
    }

    Revision toRecord() {
        return new Revision(diaryNumber, decidedOn, decidedBy, summary, effectiveFrom);
    }
}

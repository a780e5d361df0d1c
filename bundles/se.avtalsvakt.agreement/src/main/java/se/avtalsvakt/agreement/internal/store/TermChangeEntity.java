package se.avtalsvakt.agreement.internal.store;

import java.time.Instant;
import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

import se.avtalsvakt.api.agreement.TermChange;

/** Row of {@code av_term_change}: the renewal history. */
@Entity
@Table(name = "av_term_change")
public class TermChangeEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "agreement_id", nullable = false, length = 64)
    private String agreement;

    @Column(name = "change_kind", nullable = false, length = 16)
    private String kind;

    @Column(name = "term_number", nullable = false)
    private int termNumber;

    @Column(name = "effective_on", nullable = false)
    private LocalDate effectiveOn;

    @Column(name = "term_end")
    private LocalDate termEnd;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "party_id", length = 64)
    private String party;

    protected TermChangeEntity() {
        // for JPA
    }

    TermChangeEntity(TermChange c) {
        agreement = c.agreement();
        kind = c.kind().name();
        termNumber = c.termNumber();
        effectiveOn = c.effectiveOn();
        termEnd = c.termEnd();
        recordedAt = c.recordedAt();
        party = c.party();
    }

    Long id() {
        return id;
    }

    String agreement() {
        return agreement;
    }

    java.time.LocalDate effectiveOn() {
        return effectiveOn;
    }

    TermChange toRecord() {
        return new TermChange(agreement, TermChange.Kind.valueOf(kind), termNumber, effectiveOn, termEnd, recordedAt, party);
    }
}

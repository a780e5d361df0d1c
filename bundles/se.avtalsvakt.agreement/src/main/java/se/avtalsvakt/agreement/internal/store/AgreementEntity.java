package se.avtalsvakt.agreement.internal.store;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;

import javax.persistence.CascadeType;
import javax.persistence.CollectionTable;
import javax.persistence.Column;
import javax.persistence.ElementCollection;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.OneToMany;
import javax.persistence.OrderBy;
import javax.persistence.OrderColumn;
import javax.persistence.Table;
import javax.persistence.Version;

import se.avtalsvakt.api.agreement.Agreement;
import se.avtalsvakt.api.agreement.AgreementKind;
import se.avtalsvakt.api.agreement.DecisionStep;
import se.avtalsvakt.api.agreement.Renewal;
import se.avtalsvakt.api.agreement.TermPolicy;
import se.avtalsvakt.api.agreement.TerminationNotice;

/** Row of {@code av_agreement} with its parties, references, decision history, specifications and notices. */
@Entity
@Table(name = "av_agreement")
public class AgreementEntity {

    @Id
    @Column(name = "id", length = 64)
    private String id;

    @Column(name = "title", nullable = false, length = 300)
    private String title;

    @Column(name = "kind", nullable = false, length = 32)
    private String kind;

    @Column(name = "diary_number", length = 64)
    private String diaryNumber;

    @Column(name = "owner_body_id", length = 64)
    private String ownerBody;

    @Column(name = "start_date")
    private LocalDate start;

    @Column(name = "first_term_end")
    private LocalDate firstTermEnd;

    @Column(name = "term_policy", nullable = false, length = 16)
    private String termPolicy;

    @Column(name = "renewal_period", length = 32)
    private String renewalPeriod;

    @Column(name = "notice_period", length = 32)
    private String noticePeriod;

    @Column(name = "written_notice_required", nullable = false)
    private boolean writtenNoticeRequired;

    @Column(name = "renegotiation_any_time", nullable = false)
    private boolean renegotiationAnyTime;

    @Column(name = "reference_only", nullable = false)
    private boolean referenceOnly;

    @Column(name = "notes", length = 4000)
    private String notes;

    /** Ids of the parties whose notice ends the agreement for all, comma-separated; null or empty: every party's. */
    @Column(name = "notice_ends_for", length = 4000)
    private String noticeEndsFor;

    @Column(name = "last_day_moves", nullable = false)
    private boolean lastDayMoves;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "row_version", nullable = false)
    private int rowVersion;

    @ElementCollection
    @CollectionTable(name = "av_agreement_party", joinColumns = @JoinColumn(name = "agreement_id"))
    @OrderColumn(name = "seq")
    private List<PartyEmbeddable> parties = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "av_agreement_reference", joinColumns = @JoinColumn(name = "agreement_id"))
    @OrderColumn(name = "seq")
    @Column(name = "referenced_id", length = 64)
    private List<String> references = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "av_agreement_decision", joinColumns = @JoinColumn(name = "agreement_id"))
    @OrderColumn(name = "seq")
    private List<DecisionStepEmbeddable> decisions = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "agreement_id", nullable = false)
    @OrderColumn(name = "seq")
    private List<SpecificationEntity> specifications = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "agreement_id", nullable = false)
    @OrderBy("receivedOn ASC, id ASC")
    private List<TerminationNoticeEntity> notices = new ArrayList<>();

    protected AgreementEntity() {
        // for JPA
    }

    AgreementEntity(String id, Instant now) {
        this.id = id;
        this.createdAt = now;
    }

    /**
     * Empties the child collections. Flush after this and before {@link #assign}: Hibernate inserts before it
     * removes orphans, so children re-added under the same keys would otherwise clash with the old rows.
     */
    void clearChildren() {
        parties.clear();
        references.clear();
        decisions.clear();
        specifications.clear();
        notices.clear();
    }

    /** Replaces every field and child collection with the record's. */
    void assign(Agreement a, Instant now) {
        title = a.title();
        kind = a.kind().name();
        diaryNumber = a.diaryNumber();
        ownerBody = a.ownerBody();
        start = a.start();
        firstTermEnd = a.firstTermEnd();
        Renewal r = a.renewal();
        termPolicy = r.type().name();
        renewalPeriod = r.period() == null ? null : r.period().toString();
        noticePeriod = r.noticePeriod() == null ? null : r.noticePeriod().toString();
        writtenNoticeRequired = r.writtenNoticeRequired();
        renegotiationAnyTime = a.renegotiationAnyTime();
        referenceOnly = a.referenceOnly();
        notes = a.notes();
        noticeEndsFor = a.noticeEndsAgreementFor().isEmpty() ? null : String.join(",", a.noticeEndsAgreementFor());
        lastDayMoves = a.lastDayMovesToNextWorkingDay();
        parties.clear();
        a.parties().forEach(p -> parties.add(new PartyEmbeddable(p)));
        references.clear();
        references.addAll(a.references());
        decisions.clear();
        a.decisionHistory().forEach(d -> decisions.add(new DecisionStepEmbeddable(d)));
        specifications.clear();
        a.specifications().forEach(s -> specifications.add(new SpecificationEntity(s)));
        notices.clear();
        a.terminationNotices().forEach(this::addNotice);
        updatedAt = now;
    }

    SpecificationEntity specification(String key) {
        return specifications.stream().filter(s -> s.key().equals(key)).findFirst().orElse(null);
    }

    void addNotice(TerminationNotice notice) {
        notices.add(new TerminationNoticeEntity(notice));
    }

    /** @return the recorded notice at {@code index} (0-based, in the order of {@link #toRecord()}), or null */
    TerminationNoticeEntity notice(int index) {
        return index < 0 || index >= notices.size() ? null : notices.get(index);
    }

    void touch(Instant now) {
        updatedAt = now;
    }

    /** The columns {@link #toRecord(Object[], List, List, List, List, List)} reads, in its order, for JPQL. */
    static final String COLUMNS = "a.id, a.title, a.kind, a.diaryNumber, a.ownerBody, a.start, a.firstTermEnd, "
            + "a.termPolicy, a.renewalPeriod, a.noticePeriod, a.writtenNoticeRequired, a.renegotiationAnyTime, "
            + "a.referenceOnly, a.notes, a.noticeEndsFor, a.lastDayMoves";

    /**
     * @param c the row of {@link #COLUMNS}
     * @return the record with collections read apart (see {@link AgreementRepository#agreements()})
     */
    static Agreement toRecord(Object[] c, List<se.avtalsvakt.api.agreement.Party> partyRecords,
            List<String> referenceIds, List<se.avtalsvakt.api.agreement.Specification> specificationRecords,
            List<TerminationNotice> noticeRecords, List<DecisionStep> decisionRecords) {
        String renewalPeriod = (String) c[8];
        String noticePeriod = (String) c[9];
        String noticeEndsFor = (String) c[14];
        Renewal renewal = new Renewal(TermPolicy.valueOf((String) c[7]),
                renewalPeriod == null ? null : Period.parse(renewalPeriod),
                noticePeriod == null ? null : Period.parse(noticePeriod), (Boolean) c[10]);
        return new Agreement((String) c[0], (String) c[1], AgreementKind.valueOf((String) c[2]), (String) c[3],
                List.copyOf(partyRecords), (String) c[4], (LocalDate) c[5], (LocalDate) c[6], renewal,
                (Boolean) c[11], (Boolean) c[12], List.copyOf(referenceIds), (String) c[13],
                List.copyOf(specificationRecords), List.copyOf(noticeRecords),
                noticeEndsFor == null || noticeEndsFor.isBlank() ? List.of() : List.of(noticeEndsFor.split(",")),
                (Boolean) c[15], List.copyOf(decisionRecords));
    }

    Agreement toRecord() {
        return toRecord(new Object[] {id, title, kind, diaryNumber, ownerBody, start, firstTermEnd, termPolicy,
            renewalPeriod, noticePeriod, writtenNoticeRequired, renegotiationAnyTime, referenceOnly, notes,
            noticeEndsFor, lastDayMoves}, parties.stream().map(PartyEmbeddable::toRecord).toList(), references,
                specifications.stream().map(SpecificationEntity::toRecord).toList(),
                notices.stream().map(TerminationNoticeEntity::toRecord).toList(),
                decisions.stream().map(DecisionStepEmbeddable::toRecord).toList());
    }
}

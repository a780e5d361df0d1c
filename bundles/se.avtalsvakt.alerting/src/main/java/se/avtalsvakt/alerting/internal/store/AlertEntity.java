package se.avtalsvakt.alerting.internal.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import javax.persistence.CascadeType;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.OneToMany;
import javax.persistence.Table;
import javax.persistence.Version;

import se.avtalsvakt.api.alert.Alert;
import se.avtalsvakt.api.alert.AlertState;
import se.avtalsvakt.api.alert.Severity;

/** Row of {@code av_alert}. */
@Entity
@Table(name = "av_alert")
public class AlertEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "source", nullable = false, length = 64)
    private String source;

    @Column(name = "subject", nullable = false, length = 128)
    private String subject;

    @Column(name = "subject_title", length = 300)
    private String subjectTitle;

    @Column(name = "kind", nullable = false, length = 64)
    private String kind;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Column(name = "practical_date", nullable = false)
    private LocalDate practicalDate;

    @Column(name = "threshold", nullable = false, length = 16)
    private String threshold;

    @Column(name = "raised_for", nullable = false)
    private LocalDate raisedFor;

    @Column(name = "addressee", nullable = false, length = 128)
    private String addressee;

    @Column(name = "severity", nullable = false, length = 16)
    private String severity;

    @Column(name = "description", length = 2000)
    private String description;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "state", nullable = false, length = 16)
    private String state;

    @Column(name = "acknowledged_by", length = 128)
    private String acknowledgedBy;

    @Column(name = "acknowledged_at")
    private Instant acknowledgedAt;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    @Column(name = "resolution", length = 500)
    private String resolution;

    @Version
    @Column(name = "row_version", nullable = false)
    private int rowVersion;

    @OneToMany(mappedBy = "alert", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<DeliveryEntity> deliveries = new ArrayList<>();

    protected AlertEntity() {
        // for JPA
    }

    /** A new open alert. */
    public AlertEntity(NewAlert a, Instant now) {
        source = a.source();
        subject = a.subject();
        subjectTitle = clip(a.subjectTitle(), 300);
        kind = a.kind();
        dueDate = a.dueDate();
        practicalDate = a.practicalDate();
        threshold = a.threshold();
        raisedFor = a.raisedFor();
        addressee = a.addressee();
        severity = a.severity().name();
        description = clip(a.description(), 2000);
        createdAt = now;
        state = AlertState.OPEN.name();
    }

    static String clip(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    public Long id() {
        return id;
    }

    public String source() {
        return source;
    }

    public String subject() {
        return subject;
    }

    public String kind() {
        return kind;
    }

    public LocalDate dueDate() {
        return dueDate;
    }

    public String threshold() {
        return threshold;
    }

    public AlertState state() {
        return AlertState.valueOf(state);
    }

    public List<DeliveryEntity> deliveries() {
        return deliveries;
    }

    void acknowledge(String by, Instant at) {
        state = AlertState.ACKNOWLEDGED.name();
        acknowledgedBy = clip(by, 128);
        acknowledgedAt = at;
    }

    void resolve(String why, Instant at) {
        state = AlertState.RESOLVED.name();
        resolvedAt = at;
        resolution = clip(why, 500);
    }

    public Alert toRecord() {
        return new Alert(id, source, subject, subjectTitle, kind, dueDate, practicalDate, threshold, raisedFor,
                addressee, Severity.valueOf(severity), description, createdAt, AlertState.valueOf(state),
                acknowledgedBy, acknowledgedAt, resolvedAt, resolution,
                deliveries.stream().sorted(Comparator.comparing(DeliveryEntity::channel))
                        .map(DeliveryEntity::toRecord).toList());
    }
}

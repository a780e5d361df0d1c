package se.avtalsvakt.evaluation.internal.store;

import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;

import javax.persistence.CollectionTable;
import javax.persistence.Column;
import javax.persistence.ElementCollection;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.OrderColumn;
import javax.persistence.Table;

import se.avtalsvakt.api.obligation.ObligationKind;
import se.avtalsvakt.api.obligation.ObligationPlan;
import se.avtalsvakt.api.obligation.ScheduleType;

/** Row of {@code av_obligation_plan}; periods and the day of year are stored as ISO text. */
@Entity
@Table(name = "av_obligation_plan")
public class PlanEntity {

    @Id
    @Column(name = "id", length = 64)
    private String id;

    @Column(name = "title", nullable = false, length = 300)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 32)
    private ObligationKind kind;

    @Column(name = "agreement_id", length = 64)
    private String agreement;

    @Column(name = "body_id", length = 64)
    private String body;

    @Column(name = "responsible_id", nullable = false, length = 64)
    private String responsible;

    @Enumerated(EnumType.STRING)
    @Column(name = "schedule_type", nullable = false, length = 32)
    private ScheduleType type;

    @Column(name = "due_date")
    private LocalDate date;

    @Column(name = "anchor_date")
    private LocalDate anchor;

    @Column(name = "offset_period", length = 32)
    private String offset;

    @Column(name = "every_period", length = 32)
    private String every;

    @Column(name = "day_of_year", length = 16)
    private String dayOfYear;

    @Column(name = "min_per_year")
    private Integer minPerYear;

    @Column(name = "max_per_year")
    private Integer maxPerYear;

    @Column(name = "lead_time", length = 32)
    private String leadTime;

    @Column(name = "from_date")
    private LocalDate from;

    @Column(name = "until_date")
    private LocalDate until;

    @Column(name = "notes", length = 4000)
    private String notes;

    @Column(name = "stops_at_notice", nullable = false)
    private boolean stopsAtNotice;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @ElementCollection
    @CollectionTable(name = "av_obligation_plan_criterion", joinColumns = @JoinColumn(name = "plan_id"))
    @OrderColumn(name = "seq")
    @Column(name = "criterion", length = 200)
    private List<String> criteria = new ArrayList<>();

    protected PlanEntity() {
        // for JPA
    }

    PlanEntity(String id) {
        this.id = id;
    }

    void assign(ObligationPlan p, Instant now) {
        title = p.title();
        kind = p.kind();
        agreement = p.agreement();
        body = p.body();
        responsible = p.responsible();
        type = p.type();
        date = p.date();
        anchor = p.anchor();
        offset = text(p.offset());
        every = text(p.every());
        dayOfYear = p.dayOfYear() == null ? null : p.dayOfYear().toString();
        minPerYear = p.minPerYear();
        maxPerYear = p.maxPerYear();
        leadTime = text(p.leadTime());
        from = p.from();
        until = p.until();
        notes = p.notes();
        stopsAtNotice = p.stopsAtNotice();
        criteria.clear();
        criteria.addAll(p.criteria());
        updatedAt = now;
    }

    ObligationPlan toRecord() {
        return toRecord(criteria);
    }

    /** @return the record with its criteria read apart */
    ObligationPlan toRecord(List<String> planCriteria) {
        return new ObligationPlan(id, title, kind, agreement, body, responsible, type, date, anchor, period(offset),
                period(every), dayOfYear == null ? null : MonthDay.parse(dayOfYear), minPerYear, maxPerYear,
                period(leadTime), from, until, List.copyOf(planCriteria), notes, stopsAtNotice);
    }

    String id() {
        return id;
    }

    private static String text(Period p) {
        return p == null ? null : p.toString();
    }

    private static Period period(String text) {
        return text == null ? null : Period.parse(text);
    }
}

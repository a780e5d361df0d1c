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

import se.avtalsvakt.api.cases.ChecklistTemplate;

/** Row of {@code av_case_cl_template} with its activities and competences. */
@Entity
@Table(name = "av_case_cl_template")
public class ChecklistTemplateEntity {

    @Id
    @Column(name = "id", length = 64)
    private String id;

    @Column(name = "title", nullable = false, length = 300)
    private String title;

    @Column(name = "area", length = 300)
    private String area;

    @Column(name = "situation", length = 2000)
    private String situation;

    @Column(name = "built_in", nullable = false)
    private boolean builtIn;

    @ElementCollection
    @CollectionTable(name = "av_case_cl_activity", joinColumns = @JoinColumn(name = "template_id"))
    @OrderColumn(name = "seq")
    @Column(name = "text", nullable = false, length = 1000)
    private List<String> activities = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "av_case_cl_competence", joinColumns = @JoinColumn(name = "template_id"))
    @OrderColumn(name = "seq")
    @Column(name = "text", nullable = false, length = 1000)
    private List<String> competences = new ArrayList<>();

    protected ChecklistTemplateEntity() {
        // for JPA
    }

    ChecklistTemplateEntity(ChecklistTemplate t) {
        this.id = t.id();
        this.title = t.title();
        this.area = t.area();
        this.situation = t.situation();
        this.builtIn = t.builtIn();
        this.activities.addAll(t.activities());
        this.competences.addAll(t.competences());
    }

    ChecklistTemplate toRecord() {
        return new ChecklistTemplate(id, title, area, situation, List.copyOf(activities), List.copyOf(competences),
                builtIn);
    }
}

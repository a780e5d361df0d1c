package se.avtalsvakt.agreement.internal.store;

import java.util.ArrayList;
import java.util.List;

import javax.persistence.CascadeType;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.OneToMany;
import javax.persistence.OrderColumn;
import javax.persistence.Table;

import se.avtalsvakt.api.agreement.Revision;
import se.avtalsvakt.api.agreement.Specification;
import se.avtalsvakt.api.agreement.SpecificationType;

/** Row of {@code av_specification}, with its change log. */
@Entity
@Table(name = "av_specification")
public class SpecificationEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "spec_key", nullable = false, length = 64)
    private String key;

    @Column(name = "title", nullable = false, length = 300)
    private String title;

    @Column(name = "spec_type", nullable = false, length = 32)
    private String type;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "specification_id", nullable = false)
    @OrderColumn(name = "seq")
    private List<RevisionEntity> revisions = new ArrayList<>();

    protected SpecificationEntity() {
        // for JPA
    }

    SpecificationEntity(Specification s) {
        key = s.id();
        title = s.title();
        type = s.type().name();
        s.revisions().forEach(this::addRevision);
    }

    String key() {
        return key;
    }

    void addRevision(Revision r) {
        revisions.add(new RevisionEntity(r));
    }

    Long id() {
        return id;
    }

    Specification toRecord() {
        return toRecord(revisions.stream().map(RevisionEntity::toRecord).toList());
    }

    /** @return the record with its change log read apart */
    Specification toRecord(List<Revision> log) {
        return new Specification(key, title, SpecificationType.valueOf(type), List.copyOf(log));
    }
}

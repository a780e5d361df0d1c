package se.avtalsvakt.agreement.internal.store;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

import se.avtalsvakt.api.organisation.Organisation;
import se.avtalsvakt.api.organisation.OrganisationKind;

/** Row of {@code av_organisation}. */
@Entity
@Table(name = "av_organisation")
public class OrganisationEntity {

    @Id
    @Column(name = "id", length = 64)
    private String id;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Column(name = "kind", nullable = false, length = 32)
    private String kind;

    @Column(name = "parent_id", length = 64)
    private String parentId;

    protected OrganisationEntity() {
        // for JPA
    }

    OrganisationEntity(String id) {
        this.id = id;
    }

    void assign(Organisation o) {
        name = o.name();
        kind = o.kind().name();
        parentId = o.parent();
    }

    Organisation toRecord() {
        return new Organisation(id, name, OrganisationKind.valueOf(kind), parentId);
    }
}

package se.avtalsvakt.cases.internal.store;

import javax.persistence.Column;
import javax.persistence.EmbeddedId;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Table;

import se.avtalsvakt.api.cases.PrincipalKind;
import se.avtalsvakt.api.cases.ResponsibilityRule;

/** Row of {@code av_case_responsibility}: who is responsible for an aid's purpose in a setting. */
@Entity
@Table(name = "av_case_responsibility")
public class ResponsibilityEntity {

    @EmbeddedId
    private ResponsibilityKey key;

    @Enumerated(EnumType.STRING)
    @Column(name = "principal", nullable = false, length = 32)
    private PrincipalKind principal;

    @Column(name = "principal_name", nullable = false, length = 200)
    private String principalName;

    @Column(name = "reason", nullable = false, length = 2000)
    private String reason;

    @Column(name = "source", length = 300)
    private String source;

    @Column(name = "public_and_private", nullable = false)
    private boolean publicAndPrivate;

    protected ResponsibilityEntity() {
        // for JPA
    }

    ResponsibilityEntity(ResponsibilityRule r) {
        this.key = new ResponsibilityKey(r.agreement(), r.purpose(), r.setting());
        this.principal = r.principal();
        this.principalName = r.principalName();
        this.reason = r.reason();
        this.source = r.source();
        this.publicAndPrivate = r.publicAndPrivate();
    }

    ResponsibilityRule toRecord() {
        return new ResponsibilityRule(key.agreement(), key.purpose(), key.setting(), principal, principalName, reason,
                source, publicAndPrivate);
    }
}

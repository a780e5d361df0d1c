package se.avtalsvakt.cases.internal.store;

import java.io.Serializable;
import java.util.Objects;

import javax.persistence.Column;
import javax.persistence.Embeddable;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;

import se.avtalsvakt.api.cases.AidPurpose;
import se.avtalsvakt.api.cases.CareSetting;

/** The key of {@code av_case_responsibility}: agreement, purpose, setting. */
@Embeddable
public class ResponsibilityKey implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "agreement_id", nullable = false, length = 64)
    private String agreement;

    @Enumerated(EnumType.STRING)
    @Column(name = "purpose", nullable = false, length = 32)
    private AidPurpose purpose;

    @Enumerated(EnumType.STRING)
    @Column(name = "setting", nullable = false, length = 32)
    private CareSetting setting;

    protected ResponsibilityKey() {
        // for JPA
    }

    public ResponsibilityKey(String agreement, AidPurpose purpose, CareSetting setting) {
        this.agreement = agreement;
        this.purpose = purpose;
        this.setting = setting;
    }

    String agreement() {
        return agreement;
    }

    AidPurpose purpose() {
        return purpose;
    }

    CareSetting setting() {
        return setting;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ResponsibilityKey k && k.agreement.equals(agreement) && k.purpose == purpose
                && k.setting == setting;
    }

    @Override
    public int hashCode() {
        return Objects.hash(agreement, purpose, setting);
    }
}

package se.avtalsvakt.api.governance;

/** Where a body stands against its yearly meeting requirement. */
public enum ComplianceState {
    /** The year is under way and the meetings held and planned reach the requirement, or the pace does ("på väg"). */
    ON_TRACK("på väg"),
    /** The year is under way and the requirement is not reached at the present pace ("risk"). */
    AT_RISK("risk"),
    /** The requirement is reached ("uppfyllt"). */
    MET("uppfyllt"),
    /** The year is over and the requirement was not reached ("ej uppfyllt"). */
    MISSED("ej uppfyllt");

    private final String label;

    ComplianceState(String label) {
        this.label = label;
    }

    /** @return the Swedish word officials read */
    public String label() {
        return label;
    }
}

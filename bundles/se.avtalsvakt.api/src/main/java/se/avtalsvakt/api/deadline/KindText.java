package se.avtalsvakt.api.deadline;

import java.util.Objects;

/**
 * What a deadline kind means for people, in Swedish: its name and what to do about it. The source that emits the
 * kind gives it ({@link DeadlineSource#text(String)}); e-mails, webhooks and case files show it.
 *
 * @param label  the kind's name, e.g. "Sista dag för uppsägning"
 * @param action what to do, one or two sentences, e.g. "Ta ställning till om avtalet ska sägas upp. …"
 */
public record KindText(String label, String action) {

    /** What to do about a kind that no installed source describes. */
    public static final String GENERIC_ACTION = "Se beskrivningen och agera senast den praktiska sista dagen.";

    public KindText {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(action, "action");
    }

    /**
     * @param kind the kind, e.g. {@code REVIEW_DUE}
     * @return the text of a kind no source describes (its source is not installed, or gives no text): the kind as
     *         it is, and "agera senast den praktiska sista dagen"
     */
    public static KindText generic(String kind) {
        return new KindText(kind == null ? "" : kind, GENERIC_ACTION);
    }
}

package se.avtalsvakt.api.governance;

import java.util.List;

/**
 * The rules a body's meetings and decisions are checked against (seed 003), as data: another region has other
 * rules. Meeting cadence and invitation lead time are obligation plans of the body ({@code MEETINGS}).
 *
 * @param decides                 false for a body that only holds dialogue (a forum): any decision breaks this
 * @param unanimity               a decision with dissent cannot be adopted: it is remitted or dropped
 * @param quorumSides             the sides that must each be present in quorum; empty for no quorum rule
 * @param quorumPercent           per side, at least this share (percent) of its appointed representatives present
 * @param mandateKind             the kind of decision the mandate limit applies to, e.g. {@code IT_SUPPORT_ADAPTATION}
 * @param mandateLimitSek         the body may adopt such decisions up to this amount (inclusive); above it only
 *                                a proposal ({@code PROPOSED}) to {@code mandateEscalatesTo}
 * @param mandateEscalatesTo      the body that decides above the limit, e.g. {@code ledningsradet}
 * @param minutesSignedByChairAndOtherSide the minutes are signed by the chair and a member of the other side
 * @param alternatingSupport      the administrative support alternates yearly between the sides
 */
public record BodyRules(boolean decides, boolean unanimity, List<Side> quorumSides, Integer quorumPercent,
                        String mandateKind, Long mandateLimitSek, String mandateEscalatesTo,
                        boolean minutesSignedByChairAndOtherSide, boolean alternatingSupport) {

    /** A body with no rules beyond taking decisions. */
    public static final BodyRules NONE = new BodyRules(true, false, List.of(), null, null, null, null, false, false);

    public BodyRules {
        quorumSides = quorumSides == null ? List.of() : List.copyOf(quorumSides);
    }
}

package se.avtalsvakt.governance.internal;

import static se.avtalsvakt.testsupport.KindTextsAssert.assertEveryKindDescribed;

import java.util.List;

import org.junit.Test;

/** Every kind this bundle's deadline source emits has its Swedish name and what to do, in the bundle's catalogue. */
public class GovernanceDeadlineSourceTextsTest {

    private static final List<String> KINDS = List.of(
                GovernanceDeadlineSource.SEAT_VACANT,
                GovernanceDeadlineSource.MEETING_INVITATION);

    @Test
    public void everyKindHasASwedishLabelAndActionWithoutRuleLabelsOrCodes() {
        assertEveryKindDescribed(GovernanceDeadlineSource.TEXTS, KINDS);
    }
}

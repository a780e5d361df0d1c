package se.avtalsvakt.evaluation.internal;

import static se.avtalsvakt.testsupport.KindTextsAssert.assertEveryKindDescribed;

import java.util.List;

import org.junit.Test;

/** Every kind this bundle's deadline source emits has its Swedish name and what to do, in the bundle's catalogue. */
public class ObligationDeadlineSourceTextsTest {

    private static final List<String> KINDS = List.of(
                ObligationDeadlineSource.OBLIGATION_DUE);

    @Test
    public void everyKindHasASwedishLabelAndActionWithoutRuleLabelsOrCodes() {
        assertEveryKindDescribed(ObligationDeadlineSource.TEXTS, KINDS);
    }
}

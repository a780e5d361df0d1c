package se.avtalsvakt.agreement.internal;

import static se.avtalsvakt.testsupport.KindTextsAssert.assertEveryKindDescribed;

import java.util.List;

import org.junit.Test;

/** Every kind this bundle's deadline source emits has its Swedish name and what to do, in the bundle's catalogue. */
public class AgreementDeadlineSourceTextsTest {

    private static final List<String> KINDS = List.of(
                AgreementDeadlineSource.NOTICE_DEADLINE,
                AgreementDeadlineSource.TERM_END,
                AgreementDeadlineSource.NOTICE_RECEIVED,
                AgreementDeadlineSource.NOTICE_WITHDRAWN,
                AgreementDeadlineSource.AGREEMENT_RENEWED,
                AgreementDeadlineSource.AGREEMENT_ENDED,
                AgreementDeadlineSource.RENEGOTIATION_REQUESTED,
                AgreementDeadlineSource.PARTY_LEAVES,
                AgreementDeadlineSource.PARTY_LEAVES_OWN,
                AgreementDeadlineSource.PARTY_ENDED);

    @Test
    public void everyKindHasASwedishLabelAndActionWithoutRuleLabelsOrCodes() {
        assertEveryKindDescribed(AgreementDeadlineSource.TEXTS, KINDS);
    }
}

package se.avtalsvakt.cases.internal;

import static se.avtalsvakt.testsupport.KindTextsAssert.assertEveryKindDescribed;

import java.util.List;

import org.junit.Test;

/** Every kind this bundle's deadline source emits has its Swedish name and what to do, in the bundle's catalogue. */
public class CasesDeadlineSourceTextsTest {

    @Test
    public void everyKindHasASwedishLabelAndActionWithoutRuleLabelsOrCodes() {
        assertEveryKindDescribed(CasesDeadlineSource.TEXTS,
                List.of(CasesDeadlineSource.DISPUTE_STEP_LIMIT, CasesDeadlineSource.HANDOVER_ITEM,
                        CasesDeadlineSource.CHECKLIST_ITEM, CasesDeadlineSource.LOCAL_PLAN_MISSING,
                        CasesDeadlineSource.DEVELOPMENT_ISSUE_REVIEW,
                        CasesDeadlineSource.JOINT_PLAN_FOLLOW_UP));
    }
}

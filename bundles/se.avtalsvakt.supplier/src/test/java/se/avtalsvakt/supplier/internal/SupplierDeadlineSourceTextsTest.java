package se.avtalsvakt.supplier.internal;

import static se.avtalsvakt.testsupport.KindTextsAssert.assertEveryKindDescribed;

import java.util.List;

import org.junit.Test;

/** Every kind this bundle's deadline source emits has its Swedish name and what to do, in the bundle's catalogue. */
public class SupplierDeadlineSourceTextsTest {

    private static final List<String> KINDS = List.of(
                SupplierDeadlineSource.IMPORT_FAILED,
                SupplierDeadlineSource.INVOICE_DISCREPANCY,
                DeliveryCheckDeadlines.DELIVERIES_UNCHECKED,
                DeliveryCheckDeadlines.DELIVERY_MISMATCH);

    @Test
    public void everyKindHasASwedishLabelAndActionWithoutRuleLabelsOrCodes() {
        assertEveryKindDescribed(SupplierDeadlineSource.TEXTS, KINDS);
    }
}

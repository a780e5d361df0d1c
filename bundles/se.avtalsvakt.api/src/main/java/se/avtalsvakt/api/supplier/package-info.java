/**
 * Supplier data: orders, deliveries, invoice lines and lost-aid reports sent by suppliers (R6) as CSV or JSON
 * files, each file answered by an {@link se.avtalsvakt.api.supplier.ImportReceipt}; delivery checks by care
 * providers. Patients appear only as an opaque pseudonymous reference: personal identity numbers are refused.
 */
@Version("2.0.0")
package se.avtalsvakt.api.supplier;

import org.osgi.annotation.versioning.Version;

package se.avtalsvakt.api.agreement;

import java.time.LocalDate;

/**
 * One step of the way an agreement was decided before it applied: a body that prepared, recommended or decided
 * it, or its signing. Registered as history from the agreement's own documents; it sets no deadline.
 *
 * @param on           the day of the step
 * @param body         the body as the documents name it, e.g. {@code Samrådsorgan SRO}
 * @param organisation the id of the registered organisation that is (or holds) that body, or null when it is not
 *                     registered
 * @param step         what was done, e.g. {@code Undertecknad av samtliga parter}; may be null
 */
public record DecisionStep(LocalDate on, String body, String organisation, String step) {
}

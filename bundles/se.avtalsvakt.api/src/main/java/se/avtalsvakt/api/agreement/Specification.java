package se.avtalsvakt.api.agreement;

import java.util.List;

/**
 * A document belonging to an agreement, with its change log.
 *
 * @param id        slug, unique within the agreement, e.g. {@code finansiell-samverkan}
 * @param title     the document's title
 * @param type      main document or specification
 * @param revisions the change log, oldest first
 */
public record Specification(String id, String title, SpecificationType type, List<Revision> revisions) {

    public Specification {
        revisions = revisions == null ? List.of() : List.copyOf(revisions);
    }
}

package se.avtalsvakt.api.agreement;

import java.util.List;

import se.avtalsvakt.api.organisation.Organisation;

/**
 * The contents of an import/export file: organisations and agreements. The reference data shipped with the
 * platform is a document of this kind.
 *
 * @param formatVersion the format's version; this platform reads and writes {@link #CURRENT_FORMAT}
 * @param organisations organisations, parents before children is not required
 * @param agreements    agreements
 */
public record ExchangeDocument(int formatVersion, List<Organisation> organisations, List<Agreement> agreements) {

    /** The format version this platform writes. */
    public static final int CURRENT_FORMAT = 1;

    public ExchangeDocument {
        organisations = organisations == null ? List.of() : List.copyOf(organisations);
        agreements = agreements == null ? List.of() : List.copyOf(agreements);
    }
}

package se.avtalsvakt.api.agreement;

import java.io.InputStream;
import java.io.OutputStream;

import se.avtalsvakt.api.NotFoundException;
import se.avtalsvakt.api.ValidationException;

/**
 * Reads and writes the JSON exchange format, and imports and exports whole documents. The console's
 * {@code agreement:import}/{@code agreement:export}, the REST API and the reference-data loader all go through
 * this one service, so there is one format and one set of rules.
 */
public interface AgreementExchange {

    /**
     * Parses a whole document.
     *
     * @throws ValidationException listing every problem by path, e.g. {@code agreements[2].renewal.period}
     */
    ExchangeDocument read(InputStream json);

    /**
     * Parses one agreement (the body of a REST create or update).
     *
     * @throws ValidationException listing every problem by path, e.g. {@code renewal.period}
     */
    Agreement readAgreement(InputStream json);

    /**
     * Parses one termination notice ({@code party}, {@code receivedOn}, {@code written}, {@code diaryNumber}).
     *
     * @throws ValidationException listing every problem by path
     */
    TerminationNotice readNotice(InputStream json);

    /**
     * Parses one call for renegotiation ({@code party}, {@code requestedOn}, {@code diaryNumber}, {@code reason}).
     *
     * @throws ValidationException listing every problem by path
     */
    RenegotiationRequest readRenegotiation(InputStream json);

    /** Writes a document as pretty-printed UTF-8 JSON. */
    void write(ExchangeDocument document, OutputStream out);

    /**
     * Imports a document: validates it whole (including references to organisations already registered), then
     * writes it in one transaction.
     *
     * @throws ValidationException listing every problem; nothing has been written
     */
    ImportResult importDocument(ExchangeDocument document, ImportMode mode);

    /**
     * @param agreementId one agreement, or null for all
     * @return a document that, imported on an empty platform, registers the same: the agreements and every
     *         organisation (all of them, for a full export; those the agreement names, with their parents, for one)
     * @throws NotFoundException if {@code agreementId} names no agreement
     */
    ExchangeDocument export(String agreementId);
}

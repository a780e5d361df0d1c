package se.avtalsvakt.api.obligation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A record that an occurrence was (partly) met: one evaluation done, one report sent, one meeting held.
 *
 * @param id         its number; 0 before it is recorded
 * @param occurrence the occurrence it meets, {@code planId:dueDate}
 * @param date       when it was done
 * @param reference  a diary number or document reference, or null
 * @param by         who did it (a person, body or organisation)
 * @param notes      free text, or null
 * @param criteria   for evaluations: each criterion assessed
 * @param recordedAt when it was recorded; null before
 */
public record Fulfilment(long id, String occurrence, LocalDate date, String reference, String by, String notes,
                         List<CriterionAssessment> criteria, Instant recordedAt) {

    public Fulfilment {
        criteria = criteria == null ? List.of() : List.copyOf(criteria);
    }
}

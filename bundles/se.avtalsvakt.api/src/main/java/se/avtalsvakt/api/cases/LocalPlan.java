package se.avtalsvakt.api.cases;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A party's local plan for applying an agreement (the school agreement's "Implementering": the principals see to it
 * that the agreement is known and applied; "Hur kan en lokal plan tas fram hos er …?").
 *
 * @param agreement  the agreement's id
 * @param party      the party's organisation id
 * @param adoptedOn  the day the plan was adopted
 * @param adoptedBy  by whom (a body or function, e.g. {@code Socialnämnden})
 * @param reference  a link or document reference (diary number), or null
 * @param recordedBy who recorded it (set by the platform)
 * @param recordedAt when (set by the platform)
 */
public record LocalPlan(String agreement, String party, LocalDate adoptedOn, String adoptedBy, String reference,
                        String recordedBy, Instant recordedAt) {
}

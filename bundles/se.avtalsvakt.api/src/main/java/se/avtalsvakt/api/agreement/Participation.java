package se.avtalsvakt.api.agreement;

import java.time.LocalDate;

/**
 * One party's own participation in an agreement. Seed agreements such as the samarbetsavtal are signed per party:
 * a municipality's notice ends its own participation, while the agreement goes on for the others; the parties
 * listed in {@link Agreement#noticeEndsAgreementFor()} end it for everyone.
 *
 * @param organisation       the party's organisation id
 * @param role               its role in the agreement
 * @param status             where its participation stands on the day asked about
 * @param from               the first day it is bound (the agreement's start)
 * @param participatingUntil its last day as a party, or null while open
 * @param notice             the termination notice that ends its participation (its own, or that of a party whose
 *                           notice ends the agreement for everyone), or null
 * @param reason             why it ends, for people (Swedish), or null while open
 */
public record Participation(String organisation, PartyRole role, ParticipationStatus status, LocalDate from,
                            LocalDate participatingUntil, TerminationNotice notice, String reason) {
}

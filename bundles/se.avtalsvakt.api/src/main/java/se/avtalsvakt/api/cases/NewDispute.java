package se.avtalsvakt.api.cases;

import java.time.LocalDate;
import java.util.List;

/**
 * A dispute as raised.
 *
 * @param agreement the agreement's id
 * @param parties   the ids of the parties in dispute (each a party of the agreement)
 * @param subject   what it is about
 * @param situation the individual's situation in focus, without any personal identity number; or null
 * @param openedOn  the day it was raised (default: today)
 * @param owner     who handles it at steps without an owner of their own (default: the first party)
 */
public record NewDispute(String agreement, List<String> parties, String subject, String situation,
                         LocalDate openedOn, String owner) {
}

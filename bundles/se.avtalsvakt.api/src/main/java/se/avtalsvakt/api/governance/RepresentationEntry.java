package se.avtalsvakt.api.governance;

import java.util.List;

/**
 * One line of an organisation's register of representatives (seed 002): a group or network and who represents
 * the organisation there.
 *
 * @param group           the body id, or the network's name
 * @param groupName       the body's name, or the network's name
 * @param network         whether the group is a network rather than a body
 * @param representatives the names of the organisation's representatives there today; empty if none
 */
public record RepresentationEntry(String group, String groupName, boolean network, List<String> representatives) {

    public RepresentationEntry {
        representatives = representatives == null ? List.of() : List.copyOf(representatives);
    }
}

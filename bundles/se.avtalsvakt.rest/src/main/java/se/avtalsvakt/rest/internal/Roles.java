package se.avtalsvakt.rest.internal;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The API's roles, each including the ones before it: an operator may also read, an admin may do everything.
 * The JAAS role names are {@code viewer}, {@code operator} and {@code admin}.
 */
final class Roles {

    static final String VIEWER = "viewer";
    static final String OPERATOR = "operator";
    static final String ADMIN = "admin";

    /** Least first. */
    static final List<String> ALL = List.of(VIEWER, OPERATOR, ADMIN);

    private Roles() {
    }

    /**
     * @return whether someone holding {@code held} (JAAS role names) has {@code role} or a role that includes
     *         it; a role outside the three is held only as itself
     */
    static boolean has(Set<String> held, String role) {
        String wanted = role.toLowerCase(Locale.ROOT);
        int rank = ALL.indexOf(wanted);
        if (rank < 0) {
            return held.contains(wanted);
        }
        for (int i = rank; i < ALL.size(); i++) {
            if (held.contains(ALL.get(i))) {
                return true;
            }
        }
        return false;
    }

    /** @return every one of the three roles {@code held} gives, least first */
    static List<String> granted(Set<String> held) {
        return ALL.stream().filter(r -> has(held, r)).toList();
    }
}

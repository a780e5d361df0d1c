package se.avtalsvakt.agreement.internal;

import java.util.ArrayList;
import java.util.List;

import se.avtalsvakt.api.Problem;
import se.avtalsvakt.api.ValidationException;

/** Collects problems under a path prefix such as {@code agreements[2]}. */
public final class Problems {

    private final List<Problem> found;
    private final String prefix;

    public Problems() {
        this(new ArrayList<>(), "");
    }

    private Problems(List<Problem> found, String prefix) {
        this.found = found;
        this.prefix = prefix;
    }

    /** @return a collector adding to the same list, with {@code name} appended to the path */
    public Problems at(String name) {
        return new Problems(found, join(prefix, name));
    }

    /** @return a collector for element {@code index} of the list at {@code name} */
    public Problems at(String name, int index) {
        return new Problems(found, join(prefix, name) + "[" + index + "]");
    }

    /** Records a problem with the field {@code field} under this path. */
    public void add(String field, String message) {
        found.add(new Problem(join(prefix, field), message));
    }

    /** Records a problem with the value at this path itself. */
    public void add(String message) {
        found.add(new Problem(prefix, message));
    }

    public boolean isEmpty() {
        return found.isEmpty();
    }

    public List<Problem> list() {
        return List.copyOf(found);
    }

    /** @throws ValidationException if any problem was recorded */
    public void throwIfAny() {
        if (!found.isEmpty()) {
            throw new ValidationException(found);
        }
    }

    private static String join(String prefix, String name) {
        if (name.isEmpty()) {
            return prefix;
        }
        return prefix.isEmpty() ? name : prefix + "." + name;
    }
}

package se.avtalsvakt.api;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Input was refused. Carries every problem found, not just the first, so a user can fix a file in one go.
 * Nothing has been written when this is thrown.
 */
public class ValidationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    /** @param problems every problem found; must not be empty */
    public ValidationException(List<Problem> problems) {
        super(summary(problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a validation exception needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    /** A single problem at a path. */
    public ValidationException(String path, String message) {
        this(List.of(new Problem(path, message)));
    }

    /** @return every problem found, in input order */
    public List<Problem> problems() {
        return problems;
    }

    private static String summary(List<Problem> problems) {
        if (problems.size() == 1) {
            return problems.get(0).toString();
        }
        return problems.size() + " problems: "
                + problems.stream().map(Problem::toString).collect(Collectors.joining("; "));
    }
}

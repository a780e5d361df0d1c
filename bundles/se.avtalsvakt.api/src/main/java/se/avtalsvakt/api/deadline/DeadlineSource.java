package se.avtalsvakt.api.deadline;

import java.time.LocalDate;
import java.util.List;

/**
 * A domain's deadlines. Register an implementation as an OSGi service (whiteboard); it is asked whenever deadlines
 * are listed or alerts are computed, so answer from current data.
 */
public interface DeadlineSource {

    /** @return this source's id, the {@link Deadline#source()} of its deadlines, e.g. {@code agreement} */
    String id();

    /**
     * @param from the first day of the window
     * @param to   the last day of the window
     * @return the deadlines whose practical date lies in the window
     */
    List<Deadline> deadlines(LocalDate from, LocalDate to);

    /**
     * Things that happen on a day and that the owner should hear of, though nothing is due: an agreement was
     * renewed, a notice was received, an import failed. Alerting raises each once, on its day (ladder {@code 0} by
     * default), and resolves it when the source no longer reports it. They are not listed as deadlines.
     *
     * @param from the first day of the window
     * @param to   the last day of the window
     * @return the events whose date lies in the window; none by default
     */
    default List<Deadline> events(LocalDate from, LocalDate to) {
        return List.of();
    }
}

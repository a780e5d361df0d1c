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
}

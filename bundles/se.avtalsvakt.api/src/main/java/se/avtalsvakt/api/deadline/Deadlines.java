package se.avtalsvakt.api.deadline;

import java.time.LocalDate;
import java.util.List;

/** Every deadline of every installed {@link DeadlineSource}. */
public interface Deadlines {

    /**
     * @param from the first day of the window
     * @param to   the last day of the window
     * @return every source's deadlines in the window, by practical date, then source and subject
     */
    List<Deadline> between(LocalDate from, LocalDate to);
}

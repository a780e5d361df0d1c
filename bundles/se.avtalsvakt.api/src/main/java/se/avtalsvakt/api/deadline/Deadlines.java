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

    /**
     * @param source the id of the source that emits the kind, e.g. {@code agreement}
     * @param kind   the kind, e.g. {@code NOTICE_DEADLINE}
     * @return the text that source gives the kind ({@link DeadlineSource#text(String)}), or the generic text if no
     *         installed source gives one
     */
    default KindText text(String source, String kind) {
        return KindText.generic(kind);
    }
}

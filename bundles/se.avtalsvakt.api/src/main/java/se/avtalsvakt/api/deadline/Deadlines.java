package se.avtalsvakt.api.deadline;

import java.time.LocalDate;
import java.util.List;

import se.avtalsvakt.api.page.Page;
import se.avtalsvakt.api.page.PageRequest;

/** Every deadline of every installed {@link DeadlineSource}. */
public interface Deadlines {

    /**
     * @param from the first day of the window
     * @param to   the last day of the window
     * @return every source's deadlines in the window, in {@link #key(Deadline)} order: by practical date, then
     *         source, subject, kind and date
     */
    List<Deadline> between(LocalDate from, LocalDate to);

    /**
     * @param filter which deadlines; a filter on the source asks only that source
     * @return the deadlines in the window that pass the filter, in {@link #key(Deadline)} order
     */
    default List<Deadline> between(LocalDate from, LocalDate to, DeadlineFilter filter) {
        return between(from, to).stream().filter(filter::matches).toList();
    }

    /**
     * @param filter  which deadlines
     * @param request the page: its cursor is the {@link #key(Deadline)} of the last deadline of the page before
     * @return one page of the deadlines in the window that pass the filter, in {@link #key(Deadline)} order
     * @throws se.avtalsvakt.api.ValidationException naming {@code cursor} if it is not a cursor of this list
     */
    default Page<Deadline> page(LocalDate from, LocalDate to, DeadlineFilter filter, PageRequest request) {
        return Page.slice(between(from, to, filter), request, Deadlines::key);
    }

    /**
     * @return the sort key of a deadline, unique and stable: its practical date, source, subject, kind and date,
     *         joined so that String order is that order
     */
    static String key(Deadline d) {
        return d.effectiveDate() + "\u0000" + d.source() + "\u0000" + d.subject() + "\u0000" + d.kind() + "\u0000"
                + d.date();
    }

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

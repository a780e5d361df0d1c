package se.avtalsvakt.api.deadline;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

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

    /**
     * Deadlines that have passed and are still not met, however old: an evaluation due in 2024 and never recorded,
     * a delivery never checked, a seat vacant since its nomination date. Alerting raises one {@code overdue} alert
     * for each when it first sees it, whatever the date window; it resolves it when the source no longer reports it.
     *
     * @param today the platform date
     * @return the overdue deadlines (practical date before {@code today}); none by default
     */
    default List<Deadline> overdue(LocalDate today) {
        return List.of();
    }

    /**
     * Events entered into the platform in a window, whatever their own date: a notice received a week ago and
     * recorded today, a call for renegotiation dated yesterday. Alerting raises each that it has not raised yet
     * when it is recorded, with the event's own date ({@link Deadline#date()}).
     *
     * @param from the first day of the window, by the day of recording (platform clock)
     * @param to   the last day of the window
     * @return the events recorded in the window; none by default
     */
    default List<Deadline> eventsRecorded(LocalDate from, LocalDate to) {
        return List.of();
    }

    /**
     * The Swedish name of a kind this source emits and what to do about it, shown in e-mails, webhooks and case
     * files. Keep the texts in the bundle's message catalogue and answer from it ({@link KindTexts}); alerting knows
     * no domain and shows a kind no source describes as it is ({@link KindText#generic(String)}).
     *
     * @param kind a kind of this source's deadlines or events, e.g. {@code NOTICE_DEADLINE}
     * @return its text, or empty if this source does not describe it (by default)
     */
    default Optional<KindText> text(String kind) {
        return Optional.empty();
    }
}

package se.avtalsvakt.evaluation.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.avtalsvakt.api.calendar.WorkingDayCalendar;
import se.avtalsvakt.api.deadline.Deadline;
import se.avtalsvakt.api.deadline.DeadlineSource;
import se.avtalsvakt.api.deadline.KindText;
import se.avtalsvakt.api.deadline.KindTexts;
import se.avtalsvakt.api.obligation.ObligationService;
import se.avtalsvakt.api.obligation.Occurrence;
import se.avtalsvakt.api.obligation.OccurrenceFilter;
import se.avtalsvakt.api.obligation.OccurrenceState;
import se.avtalsvakt.api.organisation.Organisation;
import se.avtalsvakt.api.organisation.OrganisationService;

/**
 * The obligations' deadlines: every occurrence neither fulfilled nor cancelled, kind {@code OBLIGATION_DUE}, subject
 * the occurrence id, owner the responsible body. The practical date is the last working day on or before the due
 * date (as I2). A fulfilled or cancelled occurrence is no longer reported, so its alerts resolve. Overdue ones are
 * reported by {@link #overdue(LocalDate)} however old, so that alerting raises one overdue alert for each.
 */
@Component(service = DeadlineSource.class)
public class ObligationDeadlineSource implements DeadlineSource {

    static final String SOURCE = "obligation";
    /** The Swedish names of this source's kinds and what to do: OSGI-INF/l10n/texts_sv.properties. */
    static final KindTexts TEXTS = KindTexts.of(ObligationDeadlineSource.class);
    static final String OBLIGATION_DUE = "OBLIGATION_DUE";

    private final ObligationService obligations;
    private final WorkingDayCalendar calendar;
    private final OrganisationService organisations;

    @Activate
    public ObligationDeadlineSource(@Reference ObligationService obligations, @Reference WorkingDayCalendar calendar,
            @Reference OrganisationService organisations) {
        this.obligations = obligations;
        this.calendar = calendar;
        this.organisations = organisations;
    }

    @Override
    public String id() {
        return SOURCE;
    }

    @Override
    public Optional<KindText> text(String kind) {
        return TEXTS.text(kind);
    }

    @Override
    public List<Deadline> deadlines(LocalDate from, LocalDate to) {
        // a practical date lies at most a few days before its due date: look a little further ahead, then filter
        // the register itself reads no fulfilment of an occurrence already fulfilled
        List<Occurrence> window = obligations instanceof ObligationRegister register
                ? register.open(from, to.plusDays(10))
                : obligations.occurrences(new OccurrenceFilter(from, to.plusDays(10), null, null, null));
        return window.stream()
                .filter(o -> o.state() != OccurrenceState.FULFILLED && o.state() != OccurrenceState.CANCELLED)
                .map(o -> deadline(o, false))
                .filter(d -> !d.practicalDate().isBefore(from) && !d.practicalDate().isAfter(to))
                .toList();
    }

    /**
     * Every occurrence overdue on the platform's today (its due date has passed, it is neither fulfilled nor
     * cancelled), from each plan's first occurrence: the school agreement's evaluation of 2024 as much as last
     * month's follow-up.
     */
    @Override
    public List<Deadline> overdue(LocalDate today) {
        return obligations.overdue(null, null).stream()
                .filter(o -> o.dueDate().isBefore(today))
                .map(o -> deadline(o, true))
                .toList();
    }

    Deadline deadline(Occurrence o, boolean overdue) {
        return new Deadline(SOURCE, o.id(), o.title(), OBLIGATION_DUE, o.dueDate(),
                calendar.lastWorkingDayOnOrBefore(o.dueDate()), o.responsible(), description(o, overdue));
    }

    /** @return what to do, in Swedish, with the responsible body's name */
    String description(Occurrence o, boolean overdue) {
        String what = switch (o.kind()) {
            case MEETINGS -> "Håll minst " + o.required() + " möten under " + o.dueDate().getYear() + " ("
                    + o.fulfilments().size() + " registrerade)";
            case EVALUATION -> "Genomför utvärderingen och registrera den";
            case FOLLOW_UP -> "Genomför uppföljningen och registrera den";
            case REPORT -> "Skicka rapporten och registrera den";
            case DECISION -> "Fatta beslutet och registrera det";
        };
        String responsible = o.responsible() == null ? null
                : organisations.find(o.responsible()).map(Organisation::name).orElse(o.responsible());
        return what + "." + (responsible != null ? " Ansvarig: " + responsible + "." : "")
                + (overdue ? " Skulle ha varit klar senast " + o.dueDate() + "." : "");
    }
}

package se.avtalsvakt.governance.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;

import se.avtalsvakt.api.PlatformClock;
import se.avtalsvakt.api.calendar.WorkingDayCalendar;
import se.avtalsvakt.api.deadline.Deadline;
import se.avtalsvakt.api.deadline.DeadlineSource;
import se.avtalsvakt.api.deadline.KindText;
import se.avtalsvakt.api.deadline.KindTexts;
import se.avtalsvakt.api.governance.Body;
import se.avtalsvakt.api.governance.Meeting;
import se.avtalsvakt.api.governance.Seat;
import se.avtalsvakt.api.governance.Vacancy;
import se.avtalsvakt.api.obligation.ObligationKind;
import se.avtalsvakt.api.obligation.ObligationPlan;
import se.avtalsvakt.api.obligation.ObligationService;

/**
 * Governance deadlines: a vacant seat ({@code SEAT_VACANT}, due {@code nominationDays} after it fell vacant, owner
 * the organisation that appoints to the seat, or the coordination function when none can be told apart) and a
 * meeting's invitation ({@code MEETING_INVITATION}, due the lead time before a meeting whose invitation is not
 * recorded, owner the body). A vacancy past its nomination deadline and still vacant is {@link #overdue overdue},
 * however old.
 */
@Component(configurationPid = "se.avtalsvakt.governance", configurationPolicy = ConfigurationPolicy.OPTIONAL,
        service = {DeadlineSource.class, GovernanceDeadlineSource.class})
public class GovernanceDeadlineSource implements DeadlineSource {

    static final String SOURCE = "governance";
    /** The Swedish names of this source's kinds and what to do: OSGI-INF/l10n/texts_sv.properties. */
    static final KindTexts TEXTS = KindTexts.of(GovernanceDeadlineSource.class);
    static final String SEAT_VACANT = "SEAT_VACANT";
    static final String MEETING_INVITATION = "MEETING_INVITATION";

    private final GovernanceRegister register;
    private final ObligationService obligations;
    private final WorkingDayCalendar calendar;
    private final PlatformClock clock;
    private volatile GovernanceConfig config;

    @Activate
    public GovernanceDeadlineSource(@Reference GovernanceRegister register, @Reference ObligationService obligations,
            @Reference WorkingDayCalendar calendar, @Reference PlatformClock clock, GovernanceConfig config) {
        this.register = register;
        this.obligations = obligations;
        this.calendar = calendar;
        this.clock = clock;
        this.config = config;
    }

    @Modified
    void modified(GovernanceConfig changed) {
        this.config = changed;
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
        List<Deadline> found = new ArrayList<>();
        for (Deadline d : vacancies(clock.today())) {
            if (!d.practicalDate().isBefore(from) && !d.practicalDate().isAfter(to)) {
                found.add(d);
            }
        }
        for (Meeting m : register.meetingsFrom(clock.today())) {
            if (m.invitationSentOn() != null) {
                continue;
            }
            for (ObligationPlan p : obligations.plans(null, m.body())) {
                if (p.kind() == ObligationKind.MEETINGS && p.leadTime() != null) {
                    LocalDate due = m.date().minus(p.leadTime());
                    LocalDate practical = calendar.lastWorkingDayOnOrBefore(due);
                    if (!practical.isBefore(from) && !practical.isAfter(to)) {
                        found.add(new Deadline(SOURCE, "meeting-" + m.id(), register.body(m.body()).map(Body::name)
                                .orElse(m.body()) + ", möte " + m.date(), MEETING_INVITATION, due, practical,
                                m.body(), "Skicka kallelsen med dagordning senast " + due + " ("
                                        + p.leadTime().getDays() + " dagar före mötet)"));
                    }
                    break;
                }
            }
        }
        return found;
    }

    /** Every vacancy past its nomination deadline (the practical one) and still vacant today, however old. */
    @Override
    public List<Deadline> overdue(LocalDate today) {
        return vacancies(today).stream().filter(d -> d.practicalDate().isBefore(today)).toList();
    }

    /** @return a deadline for each vacancy on the day: the appointing organisation is to nominate */
    private List<Deadline> vacancies(LocalDate day) {
        GovernanceConfig c = config;
        List<Deadline> found = new ArrayList<>();
        for (Vacancy v : register.vacancies(day)) {
            LocalDate due = v.since().plusDays(Math.max(0, c.nominationDays()));
            LocalDate practical = calendar.lastWorkingDayOnOrBefore(due);
            String bodyName = register.body(v.body()).map(Body::name).orElse(v.body());
            String coordinator = register.seatRules().name(c.coordinator());
            String subject = v.body() + "/" + v.seat();
            String owner = c.coordinator();
            String description;
            String places = v.filled() + " av " + v.count() + " platser tillsatta från " + v.since();
            if (v.appointingOrganisation() != null) {
                Seat seat = register.body(v.body()).map(b -> b.seat(v.seat())).orElse(null);
                if (seat != null && seat.appointingOrganisation() == null) {
                    subject += "/" + v.appointingOrganisation();
                }
                owner = v.appointingOrganisation();
                description = places + ". " + v.appointingOrganisationName() + " ombeds utse en ny representant "
                        + "senast " + due + "; " + coordinator + " begär nomineringen (specifikationen Samarbete och "
                        + "styrning, nomineringsprocess).";
            } else {
                description = places + ". " + coordinator + " ber respektive huvudman utse en ny representant "
                        + "senast " + due + " (specifikationen Samarbete och styrning, nomineringsprocess).";
            }
            found.add(new Deadline(SOURCE, subject, bodyName + ": " + v.seatTitle(), SEAT_VACANT, due, practical,
                    owner, description));
        }
        return found;
    }
}

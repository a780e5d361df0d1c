package se.avtalsvakt.cases.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.avtalsvakt.api.agreement.AgreementService;
import se.avtalsvakt.api.calendar.WorkingDayCalendar;
import se.avtalsvakt.api.cases.Checklist;
import se.avtalsvakt.api.cases.ChecklistItem;
import se.avtalsvakt.api.cases.Dispute;
import se.avtalsvakt.api.cases.EscalationStep;
import se.avtalsvakt.api.cases.HandoverCase;
import se.avtalsvakt.api.cases.HandoverItem;
import se.avtalsvakt.api.deadline.Deadline;
import se.avtalsvakt.api.deadline.DeadlineSource;
import se.avtalsvakt.api.deadline.KindText;
import se.avtalsvakt.api.deadline.KindTexts;
import se.avtalsvakt.api.organisation.OrganisationService;

/**
 * Casework deadlines: an open dispute's time limit at its current step ({@code DISPUTE_STEP_LIMIT}, owner the
 * step's owner or the dispute's), each handover item not done ({@code HANDOVER_ITEM}, owner the item's) and each
 * checklist activity with a due day not ticked off ({@code CHECKLIST_ITEM}, owner the checklist's organisation).
 * All are {@link #overdue overdue} once passed and still open, however old.
 */
@Component(service = {DeadlineSource.class, CasesDeadlineSource.class})
public class CasesDeadlineSource implements DeadlineSource {

    static final String SOURCE = "cases";
    /** The Swedish names of this source's kinds and what to do: OSGI-INF/l10n/texts_sv.properties. */
    static final KindTexts TEXTS = KindTexts.of(CasesDeadlineSource.class);
    static final String DISPUTE_STEP_LIMIT = "DISPUTE_STEP_LIMIT";
    static final String HANDOVER_ITEM = "HANDOVER_ITEM";
    static final String CHECKLIST_ITEM = "CHECKLIST_ITEM";
    static final String LOCAL_PLAN_MISSING = "LOCAL_PLAN_MISSING";
    static final String DEVELOPMENT_ISSUE_REVIEW = "DEVELOPMENT_ISSUE_REVIEW";
    static final String JOINT_PLAN_FOLLOW_UP = "JOINT_PLAN_FOLLOW_UP";

    private final CaseRegister register;
    private final WorkingDayCalendar calendar;
    private final Names names;
    private final AgreementService agreements;

    @Activate
    public CasesDeadlineSource(@Reference CaseRegister register, @Reference WorkingDayCalendar calendar,
            @Reference AgreementService agreements,
            @Reference OrganisationService organisations) {
        this.register = register;
        this.calendar = calendar;
        this.names = new Names(organisations, agreements);
        this.agreements = agreements;
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
        List<Deadline> found = all(d -> !d.practicalDate().isBefore(from) && !d.practicalDate().isAfter(to));
        // a practical date is at most a few days before the date: ask for a little more and keep the window
        found.addAll(jointPlans(from, to.plusDays(7), d -> !d.practicalDate().isBefore(from)
                && !d.practicalDate().isAfter(to)));
        return found;
    }

    /** Joint plans are many (one per individual): read only the window's follow-ups. */
    private List<Deadline> jointPlans(LocalDate from, LocalDate to, Predicate<Deadline> keep) {
        List<Deadline> found = new ArrayList<>();
        for (var p : register.followUpsDue(from, to)) {
            Deadline d = new Deadline(SOURCE, "joint-plan-" + p.id(), names.organisation(p.organisation())
                    + ": uppföljning av gemensam planering " + p.id(), JOINT_PLAN_FOLLOW_UP, p.followUpOn(),
                    calendar.lastWorkingDayOnOrBefore(p.followUpOn()), p.organisation(), "Följ upp den gemensamma "
                            + "planeringen senast " + p.followUpOn() + ": " + p.followUp());
            if (keep.test(d)) {
                found.add(d);
            }
        }
        return found;
    }

    /** Every dispute past its step's limit and every handover item past its day, still open, however old. */
    @Override
    public List<Deadline> overdue(LocalDate today) {
        List<Deadline> found = all(d -> d.practicalDate().isBefore(today));
        found.addAll(jointPlans(null, today, d -> d.practicalDate().isBefore(today)));
        return found;
    }

    private List<Deadline> all(Predicate<Deadline> keep) {
        List<Deadline> found = new ArrayList<>();
        for (Dispute d : register.openDisputes()) {
            Deadline deadline = disputeDeadline(d);
            if (deadline != null && keep.test(deadline)) {
                found.add(deadline);
            }
        }
        for (HandoverCase h : register.openHandovers()) {
            for (HandoverItem i : h.items()) {
                if (i.doneOn() == null) {
                    Deadline deadline = itemDeadline(h, i);
                    if (keep.test(deadline)) {
                        found.add(deadline);
                    }
                }
            }
        }
        for (Checklist c : register.openChecklists()) {
            for (ChecklistItem i : c.items()) {
                if (i.doneOn() == null && i.due() != null) {
                    Deadline deadline = new Deadline(SOURCE, "checklist-" + c.id() + "/" + i.number(),
                            names.organisation(c.organisation()) + ": " + c.title() + ", " + i.activity(),
                            CHECKLIST_ITEM, i.due(), calendar.lastWorkingDayOnOrBefore(i.due()), c.organisation(),
                            i.activity() + ": klart senast " + i.due()
                                    + (i.owner() != null ? "; ansvarig: " + i.owner() : "; ingen ansvarig utsedd") + ".");
                    if (keep.test(deadline)) {
                        found.add(deadline);
                    }
                }
            }
        }
        for (var i : register.reviewsDue()) {
            Deadline d = new Deadline(SOURCE, "development-issue-" + i.id(), "Utvecklingsfråga " + i.id() + ": "
                    + i.title(), DEVELOPMENT_ISSUE_REVIEW, i.nextReview(),
                    calendar.lastWorkingDayOnOrBefore(i.nextReview()), i.owner(), names.organisation(i.owner())
                            + " går igenom utvecklingsfrågan senast " + i.nextReview() + " (samarbetsavtalet §11).");
            if (keep.test(d)) {
                found.add(d);
            }
        }
        int reminderDays = register.config().localPlanReminderDays();
        if (reminderDays > 0) {
            for (String agreement : se.avtalsvakt.persistence.ReferenceDataSet.configured(
                    register.config().localPlanAgreements())) {
                found.addAll(localPlans(agreement, reminderDays, keep));
            }
        }
        return found;
    }

    /** One reminder per party of the agreement without a local plan, the configured days after its start. */
    private List<Deadline> localPlans(String agreementId, int reminderDays, Predicate<Deadline> keep) {
        Optional<se.avtalsvakt.api.agreement.Agreement> a = agreements.find(agreementId);
        if (a.isEmpty() || a.get().start() == null) {
            return List.of();
        }
        LocalDate due = a.get().start().plusDays(reminderDays);
        LocalDate practical = calendar.lastWorkingDayOnOrBefore(due);
        String title = a.get().title();
        List<Deadline> found = new ArrayList<>();
        for (var s : register.localPlans(agreementId, true, se.avtalsvakt.api.page.PageRequest.first(1000)).items()) {
            Deadline d = new Deadline(SOURCE, "local-plan-" + agreementId + "/" + s.party(), names.organisation(s.party())
                    + ": lokal plan för " + title, LOCAL_PLAN_MISSING, due, practical, s.party(),
                    names.organisation(s.party()) + " har ingen lokal plan registrerad för att följa " + title
                            + "; huvudmännen ansvarar för att överenskommelsen blir känd och tillämpas.");
            if (keep.test(d)) {
                found.add(d);
            }
        }
        return found;
    }

    private Deadline disputeDeadline(Dispute d) {
        if (d.stepDue() == null) {
            return null;
        }
        EscalationStep step = d.current();
        String owner = step.owner() != null ? step.owner() : d.owner();
        String next = d.step() < d.ladder().size() ? d.ladder().get(d.step()).title() : null;
        String description = "Tvisten har varit vid steget " + step.title() + " sedan " + d.stepSince()
                + "; tidsgränsen är " + step.limitDays() + " dagar, till " + d.stepDue() + ". "
                + (next != null ? "Lös tvisten eller för den vidare till " + next : "Lös tvisten")
                + (step.reference() != null ? " (" + step.reference() + ")." : ".");
        return new Deadline(SOURCE, "dispute-" + d.id(), "Tvist " + d.id() + " om " + names.agreement(d.agreement())
                + ": " + d.subject(), DISPUTE_STEP_LIMIT, d.stepDue(), calendar.lastWorkingDayOnOrBefore(d.stepDue()),
                owner, description);
    }

    private Deadline itemDeadline(HandoverCase h, HandoverItem i) {
        String agreement = names.agreement(h.agreement());
        String who = h.party() == null ? agreement + " upphör" : names.organisation(h.party()) + " lämnar " + agreement;
        String description = i.title() + ": klart senast " + i.due() + ", före sista dagen " + h.endsOn()
                + " (samarbetsavtalet §15). Ansvarig: " + names.organisation(i.owner()) + ".";
        return new Deadline(SOURCE, "handover-" + h.id() + "/" + i.key(), who + ": " + i.title(), HANDOVER_ITEM,
                i.due(), calendar.lastWorkingDayOnOrBefore(i.due()), i.owner(), description);
    }
}

package se.avtalsvakt.api.cases;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import se.avtalsvakt.api.page.Page;
import se.avtalsvakt.api.page.PageRequest;

/**
 * Casework: disputes along escalation ladders, the responsibility lookup, handover cases. Every write is validated
 * as a whole (a {@link se.avtalsvakt.api.ValidationException} names each field) and written in one transaction;
 * a field holding a personal identity number is refused.
 */
public interface CaseService {

    /** @return every agreement's escalation ladder, by agreement id */
    Page<EscalationLadder> ladders(PageRequest page);

    /** @return the agreement's escalation ladder, if it has one */
    Optional<EscalationLadder> ladder(String agreement);

    /**
     * Registers or replaces an agreement's escalation ladder; open disputes keep their step number.
     *
     * @throws se.avtalsvakt.api.NotFoundException   if the agreement does not exist
     * @throws se.avtalsvakt.api.ValidationException naming the field
     */
    EscalationLadder saveLadder(EscalationLadder ladder);

    /**
     * @param agreement only this agreement's disputes, or null
     * @param state     only disputes in this state, or null
     * @return the disputes, by number
     */
    Page<Dispute> disputes(String agreement, DisputeState state, PageRequest page);

    /** @throws se.avtalsvakt.api.NotFoundException if there is no such dispute */
    Dispute dispute(long id);

    /**
     * Raises a dispute at the first step of its agreement's ladder.
     *
     * @param by who raises it (the login user)
     * @throws se.avtalsvakt.api.NotFoundException   if the agreement does not exist
     * @throws se.avtalsvakt.api.ValidationException naming the field (e.g. a party that is not a party of it, a
     *                                               personal identity number, an agreement without a ladder)
     */
    Dispute openDispute(NewDispute dispute, String by);

    /**
     * Moves an open dispute to the next step of the ladder.
     *
     * @throws se.avtalsvakt.api.ConflictException if it is closed or already at the last step
     */
    Dispute escalate(long id, DisputeAction action, String by);

    /** @throws se.avtalsvakt.api.ConflictException if it is closed */
    Dispute resolve(long id, DisputeAction action, String by);

    /** @throws se.avtalsvakt.api.ConflictException if it is closed */
    Dispute withdraw(long id, DisputeAction action, String by);

    /** @return the agreement's rules of responsibility, by purpose and setting */
    List<ResponsibilityRule> responsibilities(String agreement);

    /**
     * @return who is responsible for an aid with the purpose in the setting under the agreement
     * @throws se.avtalsvakt.api.NotFoundException   if the agreement does not exist or has no rule for it
     * @throws se.avtalsvakt.api.ValidationException naming {@code agreement}, {@code purpose} or {@code setting}
     *                                               when one is missing
     */
    ResponsibilityRule responsibility(String agreement, AidPurpose purpose, CareSetting setting);

    /**
     * @param agreement only this agreement's cases, or null
     * @param party     only this party's cases, or null
     * @param state     only cases in this state, or null
     * @return handover cases, by number
     */
    Page<HandoverCase> handovers(String agreement, String party, HandoverState state, PageRequest page);

    /** @throws se.avtalsvakt.api.NotFoundException if there is no such case */
    HandoverCase handover(long id);

    /**
     * Records a checklist item as done; when every item is, the case is done.
     *
     * @param number the item's number
     * @param on     the day (default: today)
     * @throws se.avtalsvakt.api.NotFoundException if there is no such case or item
     */
    HandoverCase completeHandoverItem(long id, int number, LocalDate on, String by);

    /**
     * Opens, re-dates or cancels the agreement's handover cases to match its end and its parties' ends today.
     *
     * @return the cases opened now
     */
    List<HandoverCase> syncHandovers(String agreement);

    /** @return the checklist templates, by id */
    Page<ChecklistTemplate> checklistTemplates(PageRequest page);

    /** @throws se.avtalsvakt.api.NotFoundException if there is no such template */
    ChecklistTemplate checklistTemplate(String id);

    /**
     * Adds an organisation's own template (never built in).
     *
     * @throws se.avtalsvakt.api.ValidationException naming the field
     * @throws se.avtalsvakt.api.ConflictException   if the id is taken
     */
    ChecklistTemplate addChecklistTemplate(ChecklistTemplate template);

    /**
     * @param organisation only this organisation's checklists, or null
     * @param state        only checklists in this state, or null
     * @return checklists, by number
     */
    Page<Checklist> checklists(String organisation, ChecklistState state, PageRequest page);

    /** @throws se.avtalsvakt.api.NotFoundException if there is no such checklist */
    Checklist checklist(long id);

    /**
     * Starts a checklist from a template: one item per activity, with the owners and due days given.
     *
     * @throws se.avtalsvakt.api.ValidationException naming the field (an unknown template or organisation, an item
     *                                               number out of range, a personal identity number)
     */
    Checklist startChecklist(NewChecklist checklist, String by);

    /**
     * Sets an item's owner and due day.
     *
     * @throws se.avtalsvakt.api.NotFoundException if there is no such checklist or item
     */
    Checklist assignChecklistItem(long id, int number, String owner, LocalDate due);

    /**
     * Ticks an item off; when every item is, the checklist is done.
     *
     * @throws se.avtalsvakt.api.NotFoundException if there is no such checklist or item
     */
    Checklist completeChecklistItem(long id, int number, LocalDate on, String by);

    /**
     * @param agreement the agreement
     * @param missing   true: only the parties without a plan
     * @return every party of the agreement (by id) with its local plan or none
     * @throws se.avtalsvakt.api.NotFoundException if there is no such agreement
     */
    Page<LocalPlanStatus> localPlans(String agreement, boolean missing, PageRequest page);

    /**
     * Records (or replaces) a party's local plan for an agreement.
     *
     * @throws se.avtalsvakt.api.NotFoundException   if there is no such agreement
     * @throws se.avtalsvakt.api.ValidationException naming the field (a party not of the agreement, a day after
     *                                               today, a personal identity number)
     */
    LocalPlan recordLocalPlan(LocalPlan plan, String by);

    /**
     * @param owner only this body's issues, or null
     * @param state only issues in this state, or null
     * @return development issues, by number
     */
    Page<DevelopmentIssue> developmentIssues(String owner, DevelopmentIssueState state, PageRequest page);

    /** @throws se.avtalsvakt.api.NotFoundException if there is no such issue */
    DevelopmentIssue developmentIssue(long id);

    /**
     * Adds an issue to the register.
     *
     * @throws se.avtalsvakt.api.ValidationException naming the field (an owner that is not a governance body, a
     *                                               decision not of the owner's meetings, a personal identity number)
     */
    DevelopmentIssue raiseDevelopmentIssue(DevelopmentIssue issue);

    /**
     * Replaces an issue's fields.
     *
     * @throws se.avtalsvakt.api.NotFoundException   if there is no such issue
     * @throws se.avtalsvakt.api.ValidationException naming the field
     */
    DevelopmentIssue updateDevelopmentIssue(long id, DevelopmentIssue issue);

    /** @return joint plans of an organisation (or all), by number */
    Page<JointPlan> jointPlans(String organisation, PageRequest page);

    /** @throws se.avtalsvakt.api.NotFoundException if there is no such plan */
    JointPlan jointPlan(long id);

    /**
     * Records a joint plan.
     *
     * @throws se.avtalsvakt.api.ValidationException naming the field (consent and its day are required; a personal
     *                                               identity number is refused)
     */
    JointPlan recordJointPlan(JointPlan plan);

    /**
     * Records the follow-up of a plan and the next one's day, if any.
     *
     * @throws se.avtalsvakt.api.NotFoundException if there is no such plan
     */
    JointPlan followUpJointPlan(long id, LocalDate on, LocalDate next);
}

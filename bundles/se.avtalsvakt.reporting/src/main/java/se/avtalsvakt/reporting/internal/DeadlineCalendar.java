package se.avtalsvakt.reporting.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import se.avtalsvakt.api.agreement.Agreement;
import se.avtalsvakt.api.agreement.AgreementFilter;
import se.avtalsvakt.api.agreement.AgreementService;
import se.avtalsvakt.api.deadline.Deadline;
import se.avtalsvakt.api.deadline.Deadlines;
import se.avtalsvakt.api.governance.Body;
import se.avtalsvakt.api.governance.GovernanceService;
import se.avtalsvakt.api.governance.Meeting;
import se.avtalsvakt.api.governance.Representative;
import se.avtalsvakt.api.obligation.ObligationPlan;
import se.avtalsvakt.api.obligation.ObligationService;
import se.avtalsvakt.api.organisation.Organisation;
import se.avtalsvakt.api.organisation.OrganisationService;

/**
 * The deadline calendar: every source's deadlines (notice deadlines with their practical deadlines, term ends,
 * obligations such as evaluations, meeting invitations, vacancies, delivery checks) plus the bodies' meetings, for a
 * window, filtered by agreement, body or organisation.
 */
@Component(service = DeadlineCalendar.class)
public class DeadlineCalendar {

    /** The kind of a meeting entry (meetings are not deadlines of any source). */
    public static final String MEETING = "MEETING";

    private static final Map<String, String> KIND_LABELS = Map.ofEntries(
            Map.entry("NOTICE_DEADLINE", "Sista dag för uppsägning"),
            Map.entry("TERM_END", "Avtalsperiodens slut"),
            Map.entry("NOTICE_RECEIVED", "Uppsägning mottagen"),
            Map.entry("AGREEMENT_RENEWED", "Avtalet förlängt"),
            Map.entry("AGREEMENT_ENDED", "Avtalet upphört"),
            Map.entry("RENEGOTIATION_REQUESTED", "Omförhandling begärd"),
            Map.entry("OBLIGATION_DUE", "Åtagande (uppföljning, utvärdering, rapport)"),
            Map.entry("SEAT_VACANT", "Vakant plats"),
            Map.entry("MEETING_INVITATION", "Kallelse till möte"),
            Map.entry(MEETING, "Möte"),
            Map.entry("DELIVERY_CHECK", "Leveranskontroll"),
            Map.entry("IMPORT_FAILED", "Import misslyckades"),
            Map.entry("PARTY_LEAVES", "En part lämnar avtalet"),
            Map.entry("PARTY_LEAVES_OWN", "Deltagandet i avtalet upphör"),
            Map.entry("PARTY_ENDED", "En part har lämnat avtalet"),
            Map.entry("NOTICE_WITHDRAWN", "Uppsägning återkallad"),
            Map.entry("DELIVERIES_UNCHECKED", "Leveranser inte kontrollerade"),
            Map.entry("DELIVERY_MISMATCH", "Leverans stämmer inte med beställningen"),
            Map.entry("INVOICE_DISCREPANCY", "Avvikelse i faktura"));

    private final Deadlines deadlines;
    private final AgreementService agreements;
    private final ObligationService obligations;
    private final GovernanceService governance;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    public volatile OrganisationService organisations;

    @Activate
    public DeadlineCalendar(@Reference Deadlines deadlines, @Reference AgreementService agreements,
            @Reference ObligationService obligations, @Reference GovernanceService governance) {
        this.deadlines = deadlines;
        this.agreements = agreements;
        this.obligations = obligations;
        this.governance = governance;
    }

    /** @return the Swedish label of a deadline kind from this bundle's own table, or the kind itself */
    public static String label(String kind) {
        return KIND_LABELS.getOrDefault(kind, kind);
    }

    /**
     * @return a deadline's kind in Swedish, as the source that emits it names it ({@link Deadlines#text}), else as
     *         this bundle's table names it, each kind looked up once per call of this method
     */
    public Function<Deadline, String> labels() {
        Map<String, String> known = new HashMap<>();
        return d -> known.computeIfAbsent(d.source() + '\u0000' + d.kind(), k -> {
            if (MEETING.equals(d.kind())) {
                return label(MEETING);
            }
            String given = deadlines.text(d.source(), d.kind()).label();
            return given.isBlank() || given.equals(d.kind()) ? label(d.kind()) : given;
        });
    }

    /**
     * @return organisation and body ids to names, read once (one list of organisations, not one look-up per
     *         deadline); an unknown id stays as it is
     */
    public Function<String, String> names() {
        Map<String, String> byId = new HashMap<>();
        OrganisationService o = organisations;
        if (o != null) {
            for (Organisation org : o.list()) {
                byId.put(org.id(), org.name());
            }
        }
        for (Body b : governance.bodies()) {
            byId.putIfAbsent(b.id(), b.name());
        }
        return id -> id == null ? null : byId.getOrDefault(id, id);
    }

    /**
     * @return the deadlines and meetings in the window matching every filter given (null: no filter), by practical
     *         date, then source and subject
     */
    public List<Deadline> entries(LocalDate from, LocalDate to, String agreement, String body, String organisation) {
        List<Deadline> all = new ArrayList<>(deadlines.between(from, to));
        for (Meeting m : governance.meetings(null, null)) {
            if (!m.date().isBefore(from) && !m.date().isAfter(to)) {
                String name = governance.body(m.body()).map(Body::name).orElse(m.body());
                all.add(new Deadline("governance", "meeting-" + m.id(), name + ", möte", MEETING, m.date(), m.date(),
                        m.body(), m.agenda() != null ? "Dagordning: " + m.agenda() : "Möte i " + name));
            }
        }
        Predicate<Deadline> keep = d -> true;
        if (agreement != null) {
            Set<String> plans = planIds(obligations.plans(agreement, null));
            // a party's leaving has the subject agreement/party
            keep = keep.and(d -> agreement.equals(d.subject()) || plans.contains(planOf(d))
                    || ("agreement".equals(d.source()) && d.subject().startsWith(agreement + "/")));
        }
        if (body != null) {
            Set<String> plans = planIds(obligations.plans(null, body));
            keep = keep.and(d -> body.equals(d.owner()) || body.equals(d.subject())
                    || d.subject().startsWith(body + "/") || plans.contains(planOf(d)));
        }
        if (organisation != null) {
            Set<String> parties = agreements.list(new AgreementFilter(null, organisation, null)).stream()
                    .map(Agreement::id).collect(Collectors.toSet());
            Set<String> plans = new HashSet<>();
            for (ObligationPlan p : obligations.plans(null, null)) {
                if (p.agreement() != null && parties.contains(p.agreement())) {
                    plans.add(p.id());
                }
            }
            Set<String> bodies = governance.representatives(null, organisation, null).stream()
                    .filter(r -> r.body() != null && (r.to() == null || !r.to().isBefore(from)))
                    .map(Representative::body).collect(Collectors.toSet());
            keep = keep.and(d -> organisation.equals(d.owner()) || parties.contains(d.subject())
                    || plans.contains(planOf(d)) || (d.owner() != null && bodies.contains(d.owner()))
                    || d.subject().startsWith(organisation + "/"));
        }
        return all.stream().filter(keep)
                .sorted(Comparator.comparing(Deadline::effectiveDate).thenComparing(Deadline::source)
                        .thenComparing(Deadline::subject).thenComparing(Deadline::kind))
                .toList();
    }

    private static Set<String> planIds(List<ObligationPlan> plans) {
        return plans.stream().map(ObligationPlan::id).collect(Collectors.toSet());
    }

    /** @return the plan of an obligation deadline ({@code planId:dueDate}), or null */
    static String planOf(Deadline d) {
        if (!"obligation".equals(d.source())) {
            return null;
        }
        int colon = d.subject().lastIndexOf(':');
        return colon > 0 ? d.subject().substring(0, colon) : d.subject();
    }
}

package se.avtalsvakt.agreement.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.avtalsvakt.api.PlatformClock;
import se.avtalsvakt.api.agreement.Agreement;
import se.avtalsvakt.api.agreement.AgreementFilter;
import se.avtalsvakt.api.agreement.AgreementService;
import se.avtalsvakt.api.agreement.NoticeEffect;
import se.avtalsvakt.api.agreement.Participation;
import se.avtalsvakt.api.agreement.RenegotiationRequest;
import se.avtalsvakt.api.agreement.TermChange;
import se.avtalsvakt.api.agreement.TerminationNotice;
import se.avtalsvakt.api.calendar.WorkingDayCalendar;
import se.avtalsvakt.api.deadline.Deadline;
import se.avtalsvakt.api.deadline.DeadlineSource;
import se.avtalsvakt.api.deadline.KindText;
import se.avtalsvakt.api.deadline.KindTexts;
import se.avtalsvakt.api.organisation.Organisation;
import se.avtalsvakt.api.organisation.OrganisationService;

/**
 * The agreements' deadlines: for each term in the window, the notice deadline (with its practical deadline) and
 * the term's end, for as long as any party remains; and each party leaving before the agreement ends, once for the
 * owner body and once for the party itself. Its events: renewals, ends and parties leaving as recorded by the
 * renewal job, termination notices as received and withdrawn, and calls for renegotiation. Events recorded late
 * (a notice entered a week after it arrived) are also reported by the day they were recorded.
 */
@Component(service = DeadlineSource.class)
public class AgreementDeadlineSource implements DeadlineSource {

    static final String SOURCE = "agreement";
    /** The Swedish names of this source's kinds and what to do: OSGI-INF/l10n/texts_sv.properties. */
    static final KindTexts TEXTS = KindTexts.of(AgreementDeadlineSource.class);
    static final String NOTICE_DEADLINE = "NOTICE_DEADLINE";
    static final String TERM_END = "TERM_END";
    static final String NOTICE_RECEIVED = "NOTICE_RECEIVED";
    static final String NOTICE_WITHDRAWN = "NOTICE_WITHDRAWN";
    static final String AGREEMENT_RENEWED = "AGREEMENT_RENEWED";
    static final String AGREEMENT_ENDED = "AGREEMENT_ENDED";
    static final String RENEGOTIATION_REQUESTED = "RENEGOTIATION_REQUESTED";
    static final String PARTY_LEAVES = "PARTY_LEAVES";
    static final String PARTY_LEAVES_OWN = "PARTY_LEAVES_OWN";
    static final String PARTY_ENDED = "PARTY_ENDED";

    private final AgreementService agreements;
    private final WorkingDayCalendar calendar;
    private final OrganisationService organisations;
    private final PlatformClock clock;

    @Activate
    public AgreementDeadlineSource(@Reference AgreementService agreements, @Reference WorkingDayCalendar calendar,
            @Reference OrganisationService organisations, @Reference PlatformClock clock) {
        this.agreements = agreements;
        this.calendar = calendar;
        this.organisations = organisations;
        this.clock = clock;
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
        Names names = new Names();
        for (Agreement a : agreements.list(AgreementFilter.ALL)) {
            found.addAll(TermSchedule.of(a, calendar::isWorkingDay).deadlines(from, to,
                    calendar::lastWorkingDayOnOrBefore));
            if (a.terminationNotices().isEmpty()) {
                continue; // nobody leaves without a notice (or a fixed end, which is the agreement's own TERM_END)
            }
            for (Participation p : leaving(a, to)) {
                LocalDate last = p.participatingUntil();
                if (!last.isBefore(from) && !last.isAfter(to)) {
                    String text = names.of(p.organisation()) + " lämnar avtalet: sista dag som part "
                            + SwedishText.date(last) + ". " + p.reason() + ".";
                    String subject = a.id() + "/" + p.organisation();
                    found.add(new Deadline(SOURCE, subject, a.title(), PARTY_LEAVES, last, last, a.ownerBody(), text));
                    found.add(new Deadline(SOURCE, subject, a.title(), PARTY_LEAVES_OWN, last, last, p.organisation(),
                            text));
                }
            }
        }
        return found;
    }

    private List<Participation> leaving(Agreement a, LocalDate asOf) {
        LocalDate wholeEnd = agreements.terms(a.id(), asOf).endsOn();
        return agreements.parties(a, asOf).stream().filter(p -> p.participatingUntil() != null
                && (wholeEnd == null || p.participatingUntil().isBefore(wholeEnd))).toList();
    }

    /**
     * The agreements' events by their own date: each recorded renewal, end or party leaving (on the day it took
     * effect), each termination notice (on the day it was received, with its effect) and its withdrawal, and each
     * call for renegotiation.
     */
    @Override
    public List<Deadline> events(LocalDate from, LocalDate to) {
        return events(new Window(from, to, false));
    }

    /**
     * The acts entered by people (notices, their withdrawals, calls for renegotiation), chosen by the day the
     * platform recorded them (platform clock), each with its own date.
     */
    @Override
    public List<Deadline> eventsRecorded(LocalDate from, LocalDate to) {
        return events(new Window(from, to, true));
    }

    /** Which events: by their own date, or by the day they were recorded. */
    private record Window(LocalDate from, LocalDate to, boolean byRecording) {

        boolean contains(LocalDate ownDate, java.time.Instant recordedAt, ZoneId zone) {
            LocalDate day = byRecording ? (recordedAt == null ? null : recordedAt.atZone(zone).toLocalDate()) : ownDate;
            return day != null && !day.isBefore(from) && !day.isAfter(to);
        }
    }

    private List<Deadline> events(Window w) {
        ZoneId zone = clock.zone();
        Names names = new Names();
        List<Deadline> found = new ArrayList<>();
        Map<String, Agreement> byId = new HashMap<>();
        for (Agreement a : agreements.list(AgreementFilter.ALL)) {
            byId.put(a.id(), a);
            for (TerminationNotice n : a.terminationNotices()) {
                String subject = a.id() + "/" + n.party();
                if (w.contains(n.receivedOn(), n.recordedAt(), zone)) {
                    found.add(new Deadline(SOURCE, subject, a.title(), NOTICE_RECEIVED, n.receivedOn(),
                            n.receivedOn(), a.ownerBody(), noticeText(a, n, names)));
                }
                if (n.hasWithdrawal() && w.contains(n.withdrawal().on(), n.withdrawal().recordedAt(), zone)) {
                    found.add(new Deadline(SOURCE, subject, a.title(), NOTICE_WITHDRAWN, n.withdrawal().on(),
                            n.withdrawal().on(), a.ownerBody(), "Uppsägningen från " + names.of(n.party())
                                    + " (mottagen " + SwedishText.date(n.receivedOn()) + ") har återkallats "
                                    + SwedishText.date(n.withdrawal().on()) + ": " + n.withdrawal().reason()
                                    + ". Den har ingen verkan."));
                }
            }
            if (a.renegotiationAnyTime()) {
                for (RenegotiationRequest r : agreements.renegotiations(a.id())) {
                    if (w.contains(r.requestedOn(), r.recordedAt(), zone)) {
                        found.add(new Deadline(SOURCE, a.id(), a.title(), RENEGOTIATION_REQUESTED, r.requestedOn(),
                                r.requestedOn(), a.ownerBody(), names.of(r.party()) + " begär omförhandling "
                                        + SwedishText.date(r.requestedOn())
                                        + (r.reason() != null ? ": " + r.reason() : "")));
                    }
                }
            }
        }
        // term changes are the renewal job's own bookkeeping, not acts entered late: they are raised on their own
        // day through events(), with the steps missed while the platform was down; by recording day they would
        // raise every historical renewal at first start
        for (TermChange c : w.byRecording() ? List.<TermChange>of() : agreements.termChanges(w.from(), w.to())) {
            Agreement a = byId.get(c.agreement());
            if (a == null || !w.contains(c.effectiveOn(), c.recordedAt(), zone)) {
                continue;
            }
            found.add(switch (c.kind()) {
                case EXTENDED -> new Deadline(SOURCE, a.id(), a.title(), AGREEMENT_RENEWED, c.effectiveOn(),
                        c.effectiveOn(), a.ownerBody(), "Avtalet har förlängts: avtalsperiod " + c.termNumber()
                                + " löper " + SwedishText.date(c.effectiveOn()) + " – " + SwedishText.date(c.termEnd()));
                case ENDED -> new Deadline(SOURCE, a.id(), a.title(), AGREEMENT_ENDED, c.effectiveOn(),
                        c.effectiveOn(), a.ownerBody(), "Avtalet har upphört; " + SwedishText.date(c.effectiveOn())
                                + " är första dagen utan avtal");
                case PARTY_LEFT -> new Deadline(SOURCE, a.id() + "/" + c.party(), a.title(), PARTY_ENDED,
                        c.effectiveOn(), c.effectiveOn(), a.ownerBody(), names.of(c.party())
                                + " är inte längre part i avtalet; sista dag som part var " + SwedishText.date(
                                        c.termEnd()) + ". Avtalet fortsätter för övriga parter.");
            });
        }
        return found;
    }

    private String noticeText(Agreement a, TerminationNotice n, Names names) {
        NoticeEffect effect = agreements.effectOf(a, n);
        String text = "Uppsägning från " + names.of(n.party()) + " mottagen " + SwedishText.date(n.receivedOn());
        if (n.hasWithdrawal()) {
            return text + "; den har senare återkallats och har ingen verkan.";
        }
        if (!effect.effective()) {
            return text + ", men den har ingen verkan"
                    + (a.renewal() != null && a.renewal().writtenNoticeRequired() && !n.written()
                            ? ": avtalet kräver skriftlig uppsägning." : ".");
        }
        return text + (a.noticeEndsForAll(n.party())
                ? ": avtalet upphör för alla parter efter " + SwedishText.date(effect.endsOn()) + "."
                : ": partens deltagande upphör efter " + SwedishText.date(effect.endsOn())
                        + "; avtalet fortsätter för övriga parter.");
    }

    /** Organisation names, looked up once per call. */
    private final class Names {
        private final Map<String, String> known = new HashMap<>();

        String of(String id) {
            return id == null ? "–" : known.computeIfAbsent(id, k -> organisations.find(k).map(Organisation::name)
                    .orElse(k));
        }
    }
}

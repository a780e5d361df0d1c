package se.avtalsvakt.governance.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import se.avtalsvakt.api.governance.Body;
import se.avtalsvakt.api.governance.Decision;
import se.avtalsvakt.api.governance.Meeting;
import se.avtalsvakt.api.governance.Representative;
import se.avtalsvakt.governance.internal.store.GovernanceRepository;

/** The repository's contract in memory: bodies by id, representatives and meetings numbered from 1. */
final class InMemoryRepository extends GovernanceRepository {

    private final Map<String, Body> bodies = new LinkedHashMap<>();
    private final List<Representative> representatives = new ArrayList<>();
    private final List<Meeting> meetings = new ArrayList<>();
    private long nextId = 1;
    private int representativeReads;

    InMemoryRepository(List<Body> bodies) {
        super(null, null, null);
        bodies.forEach(b -> this.bodies.put(b.id(), b));
    }

    @Override
    public List<Body> bodies() {
        return List.copyOf(bodies.values());
    }

    @Override
    public Optional<Body> body(String id) {
        return Optional.ofNullable(bodies.get(id));
    }

    @Override
    public Body save(Body body) {
        bodies.put(body.id(), body);
        return body;
    }

    /** @return how often every representative was read */
    int representativeReads() {
        return representativeReads;
    }

    @Override
    public List<Representative> representatives() {
        representativeReads++;
        return List.copyOf(representatives);
    }

    @Override
    public List<Representative> representatives(String body, String organisation, LocalDate on) {
        representativeReads++;
        return representatives.stream().filter(r -> body == null || body.equals(r.body()))
                .filter(r -> organisation == null || organisation.equals(r.organisation()))
                .filter(r -> on == null || r.activeOn(on))
                .sorted(java.util.Comparator.comparing(Representative::body, nullsLast())
                        .thenComparing(Representative::seat, nullsLast())
                        .thenComparing(Representative::person).thenComparing(Representative::id))
                .toList();
    }

    private static java.util.Comparator<String> nullsLast() {
        return java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder());
    }

    @Override
    public List<Representative> representativesInSeat(String body, String seat) {
        return representatives.stream().filter(r -> body.equals(r.body()) && seat.equals(r.seat())).toList();
    }

    @Override
    public Optional<Representative> representative(long id) {
        return representatives.stream().filter(r -> r.id() == id).findFirst();
    }

    @Override
    public Representative insert(Representative r) {
        Representative saved = new Representative(nextId++, r.person(), r.organisation(), r.body(), r.seat(),
                r.network(), r.from(), r.to(), r.notifiedOn(), r.notes());
        representatives.add(saved);
        return saved;
    }

    @Override
    public Representative resign(long id, LocalDate lastDay, LocalDate notifiedOn, String principal,
            LocalDate principalNotifiedOn) {
        for (int i = 0; i < representatives.size(); i++) {
            Representative r = representatives.get(i);
            if (r.id() == id) {
                Representative gone = new Representative(id, r.person(), r.organisation(), r.body(), r.seat(),
                        r.network(), r.from(), lastDay, notifiedOn, r.notes(), principal, principalNotifiedOn,
                        List.of());
                representatives.set(i, gone);
                return gone;
            }
        }
        throw new IllegalArgumentException("no representative " + id);
    }

    @Override
    public List<Meeting> meetings() {
        return List.copyOf(meetings);
    }

    @Override
    public List<Meeting> meetings(String body, Integer year) {
        return meetings.stream().filter(m -> body == null || body.equals(m.body()))
                .filter(m -> year == null || m.date().getYear() == year)
                .sorted(java.util.Comparator.comparing(Meeting::date).thenComparing(Meeting::id)).toList();
    }

    @Override
    public se.avtalsvakt.api.page.Page<Meeting> meetings(String body, Integer year,
            se.avtalsvakt.api.page.PageRequest request) {
        return se.avtalsvakt.api.page.Page.slice(meetings(body, year), request,
                m -> m.date() + "\u0000" + String.format("%019d", m.id()));
    }

    @Override
    public List<Meeting> meetingsFrom(LocalDate since) {
        return meetings(null, null).stream().filter(m -> !m.date().isBefore(since)).toList();
    }

    @Override
    public Optional<Meeting> meeting(long id) {
        return meetings.stream().filter(m -> m.id() == id).findFirst();
    }

    @Override
    public Meeting insert(Meeting m) {
        Meeting saved = new Meeting(nextId++, m.body(), m.date(), m.invitationSentOn(), m.agenda(), m.attendees(),
                m.minutesSignedBy(), m.supportBy(), m.notes(), List.of(), List.of());
        meetings.add(saved);
        return saved;
    }

    @Override
    public void update(long id, Meeting m) {
        meetings.replaceAll(x -> x.id() != id ? x : new Meeting(id, x.body(), m.date(), m.invitationSentOn(),
                m.agenda(), m.attendees(), m.minutesSignedBy(), m.supportBy(), m.notes(), x.decisions(), List.of()));
    }

    @Override
    public Decision insert(long meetingId, Decision d) {
        Decision saved = new Decision(nextId++, meetingId, d.subject(), d.kind(), null, d.outcome(), d.dissent(),
                List.of(), d.amountOre(), d.amount());
        meetings.replaceAll(x -> {
            if (x.id() != meetingId) {
                return x;
            }
            List<Decision> decisions = new ArrayList<>(x.decisions());
            decisions.add(saved);
            return new Meeting(x.id(), x.body(), x.date(), x.invitationSentOn(), x.agenda(), x.attendees(),
                    x.minutesSignedBy(), x.supportBy(), x.notes(), decisions, List.of());
        });
        return saved;
    }
}

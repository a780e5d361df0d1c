package se.avtalsvakt.agreement.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import se.avtalsvakt.api.agreement.Agreement;
import se.avtalsvakt.api.agreement.Revision;
import se.avtalsvakt.api.agreement.Specification;
import se.avtalsvakt.api.agreement.TerminationNotice;

/**
 * Keeps what has been recorded when a whole agreement is replaced (a PUT): termination notices and the change
 * logs of its specifications are history. An update may leave them out (they are kept) or send them back as
 * recorded, and may add new ones; it cannot drop or rewrite one. A notice is withdrawn, and a revision added, by
 * its own call. The decision history is transcribed from the agreement's documents, not recorded by the platform:
 * an update that leaves it out keeps it, one that sends it replaces it (a misread date can be corrected).
 */
final class RecordedHistory {

    private RecordedHistory() {
    }

    /**
     * @param stored   the agreement as registered
     * @param incoming the replacement
     * @param now      the time of recording for notices the replacement adds
     * @param p        where each dropped or rewritten record is reported
     * @return the replacement with the recorded notices and revisions kept
     */
    static Agreement keep(Agreement stored, Agreement incoming, Instant now, Problems p) {
        List<TerminationNotice> notices = notices(stored, incoming, now, p);
        List<Specification> specifications = specifications(stored, incoming, p);
        return new Agreement(incoming.id(), incoming.title(), incoming.kind(), incoming.diaryNumber(),
                incoming.parties(), incoming.ownerBody(), incoming.start(), incoming.firstTermEnd(), incoming.renewal(),
                incoming.renegotiationAnyTime(), incoming.referenceOnly(), incoming.references(), incoming.notes(),
                specifications, notices, incoming.noticeEndsAgreementFor(), incoming.lastDayMovesToNextWorkingDay(),
                incoming.decisionHistory().isEmpty() ? stored.decisionHistory() : incoming.decisionHistory());
    }

    private static List<TerminationNotice> notices(Agreement stored, Agreement incoming, Instant now, Problems p) {
        List<TerminationNotice> kept = new ArrayList<>(stored.terminationNotices());
        if (incoming.terminationNotices().isEmpty()) {
            return kept;
        }
        for (int i = 0; i < stored.terminationNotices().size(); i++) {
            TerminationNotice recorded = stored.terminationNotices().get(i);
            Optional<TerminationNotice> sent = incoming.terminationNotices().stream().filter(recorded::sameAs)
                    .findFirst();
            if (sent.isEmpty()) {
                p.add("terminationNotices", "the recorded notice " + (i + 1) + " (from " + recorded.party()
                        + ", received " + recorded.receivedOn() + ") is missing or changed: a recorded notice is "
                        + "never dropped or rewritten by an update; withdraw it with POST /api/v1/agreements/"
                        + stored.id() + "/notices/" + (i + 1) + "/withdrawal, or leave terminationNotices out");
            } else if (sent.get().withdrawal() != null && !sent.get().withdrawal().equals(recorded.withdrawal())) {
                p.add("terminationNotices", "notice " + (i + 1) + ": a withdrawal is recorded by its own call "
                        + "(POST /api/v1/agreements/" + stored.id() + "/notices/" + (i + 1) + "/withdrawal)");
            }
        }
        for (TerminationNotice n : incoming.terminationNotices()) {
            if (kept.stream().noneMatch(n::sameAs)) {
                kept.add(new TerminationNotice(n.party(), n.receivedOn(), n.written(), n.diaryNumber(), now, null));
            }
        }
        return kept;
    }

    private static List<Specification> specifications(Agreement stored, Agreement incoming, Problems p) {
        List<Specification> result = new ArrayList<>();
        for (Specification s : incoming.specifications()) {
            Optional<Specification> old = stored.specifications().stream().filter(o -> o.id().equals(s.id()))
                    .findFirst();
            if (old.isEmpty() || old.get().revisions().isEmpty()) {
                result.add(s);
            } else if (s.revisions().isEmpty()) {
                result.add(new Specification(s.id(), s.title(), s.type(), old.get().revisions()));
            } else {
                List<Revision> revisions = new ArrayList<>(old.get().revisions());
                for (Revision r : old.get().revisions()) {
                    if (!s.revisions().contains(r)) {
                        p.add("specifications", "the recorded revision " + r.diaryNumber() + " of " + s.id()
                                + " is missing or changed: the change log is never rewritten by an update; add "
                                + "revisions with POST /api/v1/agreements/" + stored.id() + "/revisions, or leave "
                                + "revisions out");
                    }
                }
                s.revisions().stream().filter(r -> !revisions.contains(r)).forEach(revisions::add);
                result.add(new Specification(s.id(), s.title(), s.type(), revisions));
            }
        }
        for (Specification old : stored.specifications()) {
            if (!old.revisions().isEmpty() && incoming.specifications().stream().noneMatch(s -> s.id().equals(old.id()))) {
                p.add("specifications", "'" + old.id() + "' has a change log of " + old.revisions().size()
                        + " revision(s) and cannot be removed by an update");
            }
        }
        return result;
    }
}

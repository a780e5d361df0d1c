package se.avtalsvakt.governance.internal;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import se.avtalsvakt.api.governance.Body;
import se.avtalsvakt.api.governance.Meeting;
import se.avtalsvakt.api.governance.Representative;
import se.avtalsvakt.api.governance.Side;
import se.avtalsvakt.api.json.Json;

/** The shipped bodies and helpers to fill their seats. */
final class Fixtures {

    static final LocalDate START = LocalDate.parse("2026-01-01");

    private Fixtures() {
    }

    static List<Body> shippedBodies() {
        try (InputStream in = Fixtures.class.getClassLoader()
                .getResourceAsStream("reference-data/governance-bodies.json")) {
            return Json.read(in, GovernanceReferenceData.BodyFile.class).bodies();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static Body body(String id) {
        return shippedBodies().stream().filter(b -> b.id().equals(id)).findFirst().orElseThrow();
    }

    /** Fills every seat of the body; numbers from {@code firstId}. */
    static List<Representative> fill(Body body, long firstId) {
        List<Representative> reps = new ArrayList<>();
        long id = firstId;
        for (var seat : body.seats()) {
            for (int i = 0; i < seat.count(); i++) {
                String org = seat.side() == Side.REGION ? "vgr" : seat.side() == Side.SUPPLIER ? "hjalpmedelscentralen"
                        : "goteborg";
                reps.add(new Representative(id++, seat.role() + " " + i, org, body.id(), seat.role(), null, START, null,
                        null, null));
            }
        }
        return reps;
    }

    static List<Long> ids(List<Representative> reps, Side side, Body body, int count) {
        return reps.stream().filter(r -> body.seat(r.seat()).side() == side).limit(count).map(Representative::id)
                .toList();
    }

    static Meeting meeting(long id, String body, String date, String invited, List<Long> attendees, List<Long> signers,
            Side support) {
        return new Meeting(id, body, LocalDate.parse(date), invited == null ? null : LocalDate.parse(invited), null,
                attendees, signers, support, null, List.of(), List.of());
    }

    static List<Long> concat(List<Long> a, List<Long> b) {
        List<Long> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}

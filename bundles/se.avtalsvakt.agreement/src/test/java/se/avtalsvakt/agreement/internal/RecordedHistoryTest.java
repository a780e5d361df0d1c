package se.avtalsvakt.agreement.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;

import org.junit.Test;

import se.avtalsvakt.api.agreement.Agreement;
import se.avtalsvakt.api.agreement.AgreementKind;
import se.avtalsvakt.api.agreement.DecisionStep;
import se.avtalsvakt.api.agreement.NoticeWithdrawal;
import se.avtalsvakt.api.agreement.Party;
import se.avtalsvakt.api.agreement.PartyRole;
import se.avtalsvakt.api.agreement.Renewal;
import se.avtalsvakt.api.agreement.Revision;
import se.avtalsvakt.api.agreement.Specification;
import se.avtalsvakt.api.agreement.SpecificationType;
import se.avtalsvakt.api.agreement.TermPolicy;
import se.avtalsvakt.api.agreement.TerminationNotice;

/** A whole-agreement update keeps the recorded notices and change logs. */
public class RecordedHistoryTest {

    private static final Instant RECORDED = Instant.parse("2026-11-20T10:00:00Z");
    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
    private static final TerminationNotice NOTICE = new TerminationNotice("boras", LocalDate.of(2026, 11, 20), true,
            "KS 1", RECORDED, new NoticeWithdrawal(LocalDate.of(2026, 11, 21), "Fel part", RECORDED));
    private static final Revision REVISION = new Revision("HMC 1", LocalDate.of(2024, 1, 10), null, "Ny lista", null);

    private static Agreement agreement(String title, List<TerminationNotice> notices, List<Specification> specs) {
        return new Agreement("avtal", title, AgreementKind.COOPERATION_AGREEMENT, null,
                List.of(new Party("vgr", PartyRole.CARE_PROVIDER), new Party("boras", PartyRole.CARE_PROVIDER)),
                null, LocalDate.of(2024, 1, 1), LocalDate.of(2026, 12, 31),
                new Renewal(TermPolicy.AUTO_EXTEND, Period.ofYears(1), Period.ofMonths(3), true), false, false,
                List.of(), null, specs, notices, List.of("vgr"), false);
    }

    private static Specification spec(Revision... revisions) {
        return new Specification("tjanster", "Tjänster", SpecificationType.SPECIFICATION, List.of(revisions));
    }

    private static final Agreement STORED = agreement("Avtal", List.of(NOTICE), List.of(spec(REVISION)));

    @Test
    public void leavingNoticesAndRevisionsOutKeepsThem() {
        Problems p = new Problems();
        Agreement kept = RecordedHistory.keep(STORED, agreement("Nytt namn", List.of(), List.of(spec())), NOW, p);
        assertTrue(p.list().toString(), p.isEmpty());
        assertEquals("Nytt namn", kept.title());
        assertEquals(List.of(NOTICE), kept.terminationNotices());
        assertEquals(List.of(REVISION), kept.specifications().get(0).revisions());
    }

    @Test
    public void sendingThemBackAsFetchedKeepsTheRecordedOnesAndAddsNewOnes() {
        TerminationNotice asSent = new TerminationNotice("boras", LocalDate.of(2026, 11, 20), true, "KS 1");
        TerminationNotice added = new TerminationNotice("vgr", LocalDate.of(2026, 11, 22), true, "RS 9");
        Revision newRevision = new Revision("HMC 2", LocalDate.of(2025, 1, 10), null, "Ännu en lista", null);
        Problems p = new Problems();
        Agreement kept = RecordedHistory.keep(STORED, agreement("Avtal", List.of(asSent, added),
                List.of(spec(REVISION, newRevision))), NOW, p);
        assertTrue(p.list().toString(), p.isEmpty());
        assertEquals(List.of(NOTICE, added.recorded(NOW)), kept.terminationNotices());
        assertEquals(List.of(REVISION, newRevision), kept.specifications().get(0).revisions());
    }

    @Test
    public void droppingOrRewritingANoticeIsRefusedNamingTheField() {
        Problems p = new Problems();
        TerminationNotice rewritten = new TerminationNotice("boras", LocalDate.of(2026, 11, 30), true, "KS 1");
        RecordedHistory.keep(STORED, agreement("Avtal", List.of(rewritten), List.of(spec())), NOW, p);
        assertEquals("terminationNotices", p.list().get(0).path());
        assertTrue(p.list().get(0).message(), p.list().get(0).message().contains("/notices/1/withdrawal"));
    }

    @Test
    public void droppingARevisionOrADocumentWithAChangeLogIsRefused() {
        Revision other = new Revision("HMC 3", LocalDate.of(2025, 1, 10), null, "Annan", null);
        Problems rewritten = new Problems();
        RecordedHistory.keep(STORED, agreement("Avtal", List.of(), List.of(spec(other))), NOW, rewritten);
        assertEquals(List.of("specifications"), rewritten.list().stream().map(x -> x.path()).toList());
        Problems dropped = new Problems();
        RecordedHistory.keep(STORED, agreement("Avtal", List.of(), List.of()), NOW, dropped);
        assertTrue(dropped.list().get(0).message(), dropped.list().get(0).message().contains("'tjanster' has a change log"));
    }

    @Test
    public void theDecisionHistoryIsKeptWhenLeftOutAndReplacedWhenSent() {
        DecisionStep signed = new DecisionStep(LocalDate.of(2023, 12, 1), "Samtliga parter", null, "Undertecknad");
        Agreement stored = STORED.withDecisionHistory(List.of(signed));
        Problems p = new Problems();

        assertEquals(List.of(signed), RecordedHistory.keep(stored, STORED, NOW, p).decisionHistory());

        DecisionStep corrected = new DecisionStep(LocalDate.of(2023, 12, 4), "Samtliga parter", null, "Undertecknad");
        assertEquals(List.of(corrected), RecordedHistory.keep(stored, STORED.withDecisionHistory(List.of(corrected)),
                NOW, p).decisionHistory());
        assertTrue(p.list().toString(), p.isEmpty());
    }
}

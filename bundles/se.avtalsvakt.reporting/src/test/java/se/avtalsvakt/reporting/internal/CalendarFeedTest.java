package se.avtalsvakt.reporting.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.Test;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import se.avtalsvakt.api.deadline.Deadline;

public class CalendarFeedTest {

    private static List<Deadline> deadlines() {
        return List.of(
                new Deadline("agreement", "samarbetsavtal-hjalpmedel", "Samarbetsavtal för försörjning av "
                        + "personliga hjälpmedel", "NOTICE_DEADLINE", LocalDate.of(2026, 9, 30),
                        LocalDate.of(2026, 9, 30), "politisk-beredningsgrupp", "Sista dag att säga upp avtalet"),
                new Deadline("agreement", "samarbetsavtal-hjalpmedel", "Samarbetsavtal", "TERM_END",
                        LocalDate.of(2027, 9, 30), LocalDate.of(2027, 9, 30), null, "Perioden slutar"),
                new Deadline("obligation", "x-utvardering:2027-06-30", "Utvärdering", "OBLIGATION_DUE",
                        LocalDate.of(2027, 6, 5), LocalDate.of(2027, 6, 4), "ledningsradet", "Utvärdera"));
    }

    @Test
    public void parsesBackWithTheLibrary() {
        String text = CalendarFeed.write(deadlines(), null);
        ICalendar ical = Biweekly.parse(text).first();
        assertEquals(3, ical.getEvents().size());
        VEvent notice = ical.getEvents().get(0);
        assertEquals("Sista dag för uppsägning: Samarbetsavtal för försörjning av personliga hjälpmedel",
                notice.getSummary().getValue());
        assertEquals(LocalDate.of(2026, 9, 30), notice.getDateStart().getValue().toInstant()
                .atZone(ZoneId.systemDefault()).toLocalDate());
        assertTrue(!notice.getDateStart().getValue().hasTime());
        VEvent evaluation = ical.getEvents().get(2);
        // on the practical date, the formal one in the description
        assertEquals(LocalDate.of(2027, 6, 4), evaluation.getDateStart().getValue().toInstant()
                .atZone(ZoneId.systemDefault()).toLocalDate());
        assertTrue(evaluation.getDescription().getValue(), evaluation.getDescription().getValue().contains(
                "Senast fredag 4 juni 2027 — sista dag enligt avtalet lördag 5 juni 2027."));
        assertEquals("Åtagande (uppföljning, utvärdering, rapport)", evaluation.getCategories().get(0).getValues()
                .get(0));
    }

    @Test
    public void aPartyLeavingIsShownWithTheNameOfTheResponsible() {
        String text = CalendarFeed.write(List.of(new Deadline("agreement", "samarbetsavtal-hjalpmedel/lilla-edet",
                "Samarbetsavtal – Lilla Edet", "PARTY_LEAVES_OWN", LocalDate.of(2029, 9, 30),
                LocalDate.of(2029, 9, 28), "lilla-edet", "Lilla Edets deltagande upphör")), "Lilla Edet",
                id -> id.equals("lilla-edet") ? "Lilla Edets kommun" : id);
        VEvent leaves = Biweekly.parse(text).first().getEvents().get(0);
        assertEquals("Deltagandet i avtalet upphör: Samarbetsavtal – Lilla Edet", leaves.getSummary().getValue());
        assertTrue(leaves.getDescription().getValue(), leaves.getDescription().getValue()
                .contains("Ansvarig: Lilla Edets kommun"));
    }

    @Test
    public void uidsAreStableAcrossRunsAndDistinct() {
        List<String> first = uids(CalendarFeed.write(deadlines(), null));
        List<String> second = uids(CalendarFeed.write(deadlines(), null));
        assertEquals(first, second);
        assertEquals(3, first.stream().distinct().count());
        // the same deadline on another day (e.g. a moved practical date) keeps its UID
        Deadline moved = new Deadline("agreement", "samarbetsavtal-hjalpmedel", "x", "NOTICE_DEADLINE",
                LocalDate.of(2026, 10, 30), LocalDate.of(2026, 10, 30), null, "");
        assertEquals(first.get(0), uids(CalendarFeed.write(List.of(moved), null)).get(0));
        assertNotEquals(first.get(0), first.get(1));
    }

    private static List<String> uids(String text) {
        return Biweekly.parse(text).first().getEvents().stream().map(e -> e.getUid().getValue()).toList();
    }
}

package se.avtalsvakt.api;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import org.junit.Test;

public class PersonalIdentityNumbersInFilesTest {

    @Test
    public void personnummerWithAValidCheckDigitIsFoundInEveryNotation() {
        // 811218-9876 is the Swedish Tax Agency's example number
        assertTrue(PersonalIdentityNumbers.containsOne("811218-9876"));
        assertTrue(PersonalIdentityNumbers.containsOne("8112189876"));
        assertTrue(PersonalIdentityNumbers.containsOne("19811218-9876"));
        assertTrue(PersonalIdentityNumbers.containsOne("198112189876"));
        assertTrue(PersonalIdentityNumbers.containsOne("811218+9876"));
        assertTrue("inside other text", PersonalIdentityNumbers.containsOne("pat 19811218-9876 x"));
    }

    @Test
    public void samordningsnummerHasDayPlusSixty() {
        // 701063-2391: born 1970-10-03, day + 60, valid check digit
        assertTrue(PersonalIdentityNumbers.containsOne("701063-2391"));
        assertTrue(PersonalIdentityNumbers.containsOne("197010632391"));
    }

    @Test
    public void aWrongCheckDigitIsNotAPersonalNumber() {
        assertFalse(PersonalIdentityNumbers.containsOne("811218-9877"));
        assertFalse(PersonalIdentityNumbers.containsOne("19811218-9870"));
        assertFalse(PersonalIdentityNumbers.containsOne("701063-2392"));
    }

    @Test
    public void implausibleDatesAndOtherNumbersAreNot() {
        assertFalse("month 13", PersonalIdentityNumbers.containsOne("811318-9876"));
        assertFalse("day 45", PersonalIdentityNumbers.containsOne("811245-1234"));
        assertFalse("century 17", PersonalIdentityNumbers.containsOne("17811218-9876"));
        assertFalse("part of a longer number", PersonalIdentityNumbers.containsOne("18112189876123"));
        assertFalse(PersonalIdentityNumbers.containsOne("P-4711"));
        assertFalse(PersonalIdentityNumbers.containsOne("2026-11-20"));
        assertFalse(PersonalIdentityNumbers.containsOne(null));
    }

    @Test
    public void luhn() {
        assertTrue(PersonalIdentityNumbers.luhnValid("8112189876"));
        assertFalse(PersonalIdentityNumbers.luhnValid("8112189875"));
    }
}

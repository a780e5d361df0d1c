package se.avtalsvakt.api;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import org.junit.Test;

public class PersonalIdentityNumbersTest {

    @Test
    public void aValidNumberIsFoundWithOrWithoutCenturyAndSeparator() {
        for (String s : new String[] {"811218-9876", "8112189876", "19811218-9876", "198112189876",
                "811218+9876", "Eleven 811218-9876 behöver en stol"}) {
            assertTrue(s, PersonalIdentityNumbers.containsOne(s));
        }
    }

    @Test
    public void aCoordinationNumberIsFound() {
        // day 18 + 60 = 78; check digit by Luhn
        assertTrue(PersonalIdentityNumbers.containsOne("811278-9873"));
    }

    @Test
    public void aWrongCheckDigitDatesAndLongerNumbersAreNotNumbers() {
        for (String s : new String[] {"811218-9875", "2026-11-22", "KS 2026-1234", "1234567890123",
                "811318-9876", "Tvist om ansvar för hjälpmedel"}) {
            assertFalse(s, PersonalIdentityNumbers.containsOne(s));
        }
        assertFalse(PersonalIdentityNumbers.containsOne(null));
    }

    @Test
    public void refusingNamesTheFieldAndNeverRepeatsTheNumber() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> PersonalIdentityNumbers.refuse("situation", "Eleven 19811218-9876"));
        assertEquals("situation", e.problems().get(0).path());
        assertFalse(e.getMessage().contains("9876"));
        PersonalIdentityNumbers.refuse("situation", "Eleven i årskurs 3");
    }

    @Test
    public void luhn() {
        assertTrue(PersonalIdentityNumbers.luhnValid("8112189876"));
        assertFalse(PersonalIdentityNumbers.luhnValid("8112189875"));
    }
}

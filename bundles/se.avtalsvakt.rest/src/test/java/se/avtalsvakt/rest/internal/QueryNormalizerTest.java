package se.avtalsvakt.rest.internal;

import static org.junit.Assert.assertEquals;

import org.junit.Test;

/** Blank query parameters are absent ones, and values are trimmed, for every resource. */
public class QueryNormalizerTest {

    @Test
    public void blankValuesAreDropped() {
        assertEquals("asOf=2026-11-22", QueryNormalizer.normalize("party=&asOf=2026-11-22&state=%20%20&x"));
    }

    @Test
    public void valuesAreTrimmedAndKeptEncoded() {
        assertEquals("q=Lilla%20Edet&party=v%C3%A4nersborg",
                QueryNormalizer.normalize("q=+Lilla+Edet+&party=v%C3%A4nersborg"));
    }

    @Test
    public void anUntouchedQueryStaysAsItWas() {
        assertEquals("asOf=2026-11-22&party=lilla-edet", QueryNormalizer.normalize("asOf=2026-11-22&party=lilla-edet"));
    }

    @Test
    public void repeatedParametersKeepTheirOrder() {
        assertEquals("kind=a&kind=b", QueryNormalizer.normalize("kind=a&kind=&kind=b"));
    }
}

package se.avtalsvakt.agreement.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.BeforeClass;
import org.junit.Test;

import se.avtalsvakt.agreement.internal.json.ExchangeJson;
import se.avtalsvakt.api.agreement.Agreement;
import se.avtalsvakt.api.agreement.AgreementStatus;
import se.avtalsvakt.api.agreement.ExchangeDocument;
import se.avtalsvakt.api.organisation.Organisation;

/** The shipped reference data keeps the platform's own rules and means what DOMAIN.md says. */
public class ReferenceDataTest {

    private static ExchangeDocument document;
    private static Map<String, Agreement> agreements;

    @BeforeClass
    public static void load() throws IOException {
        try (InputStream in = ReferenceDataTest.class.getClassLoader()
                .getResourceAsStream("reference-data/vgr-hjalpmedel.json")) {
            assertNotNull("reference-data/vgr-hjalpmedel.json on the class path", in);
            document = new ExchangeJson().readDocument(in);
        }
        agreements = document.agreements().stream().collect(Collectors.toMap(Agreement::id, Function.identity()));
    }

    private static AgreementValidator validatorOverTheFile() {
        Set<String> orgIds = document.organisations().stream().map(Organisation::id).collect(Collectors.toSet());
        Set<String> agreementIds = agreements.keySet();
        return new AgreementValidator(orgIds::contains, agreementIds::contains);
    }

    @Test
    public void everyOrganisationPassesTheValidator() {
        AgreementValidator validator = validatorOverTheFile();
        Problems p = new Problems();
        for (int i = 0; i < document.organisations().size(); i++) {
            validator.validate(document.organisations().get(i), p.at("organisations", i));
        }
        assertEquals(List.of(), p.list());
        assertEquals(73, document.organisations().size());
    }

    @Test
    public void everyAgreementPassesTheValidator() {
        AgreementValidator validator = validatorOverTheFile();
        Problems p = new Problems();
        for (int i = 0; i < document.agreements().size(); i++) {
            validator.validate(document.agreements().get(i), p.at("agreements", i));
        }
        assertEquals(List.of(), p.list());
        assertEquals(3, document.agreements().size());
    }

    @Test
    public void organisationParentsFormNoCycle() {
        Map<String, Organisation> byId = document.organisations().stream()
                .collect(Collectors.toMap(Organisation::id, Function.identity()));
        for (Organisation o : document.organisations()) {
            int steps = 0;
            for (String parent = o.parent(); parent != null; parent = byId.get(parent).parent()) {
                assertTrue(o.id() + " has a parent chain without end", ++steps <= byId.size());
            }
        }
    }

    @Test
    public void samarbetsavtalTermsAndDeadlinesFollowR1AndR2() {
        TermSchedule terms = TermSchedule.of(agreements.get("samarbetsavtal-hjalpmedel"));
        Term current = terms.termOn(LocalDate.of(2026, 11, 22)).orElseThrow();
        assertEquals(new Term(4, LocalDate.of(2026, 10, 1), LocalDate.of(2029, 9, 30)), current);
        assertEquals(LocalDate.of(2028, 9, 30), terms.noticeDeadline(current));
        assertEquals(LocalDate.of(2025, 9, 30), terms.noticeDeadline(terms.term(3)));
    }

    @Test
    public void statusOfEachAgreement() {
        LocalDate day = LocalDate.of(2026, 11, 22);
        assertEquals(AgreementStatus.ACTIVE, TermSchedule.of(agreements.get("samarbetsavtal-hjalpmedel")).status(day));
        assertEquals(AgreementStatus.ACTIVE, TermSchedule.of(agreements.get("overenskommelse-skola")).status(day));
        assertEquals(AgreementStatus.NOT_STARTED,
                TermSchedule.of(agreements.get("overenskommelse-skola")).status(LocalDate.of(2022, 5, 31)));
        assertEquals(AgreementStatus.REFERENCED,
                TermSchedule.of(agreements.get("halso-och-sjukvardsavtalet")).status(day));
    }
}

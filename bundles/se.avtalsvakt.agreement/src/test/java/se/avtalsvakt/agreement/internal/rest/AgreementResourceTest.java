package se.avtalsvakt.agreement.internal.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import javax.ws.rs.core.Response;

import org.junit.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import se.avtalsvakt.api.NotFoundException;
import se.avtalsvakt.api.PlatformClock;
import se.avtalsvakt.api.ValidationException;
import se.avtalsvakt.api.agreement.Agreement;
import se.avtalsvakt.api.agreement.AgreementExchange;
import se.avtalsvakt.api.agreement.AgreementFilter;
import se.avtalsvakt.api.agreement.AgreementKind;
import se.avtalsvakt.api.agreement.AgreementService;
import se.avtalsvakt.api.agreement.AgreementStatus;
import se.avtalsvakt.api.agreement.NoticeEffect;
import se.avtalsvakt.api.agreement.Participation;
import se.avtalsvakt.api.agreement.ParticipationStatus;
import se.avtalsvakt.api.agreement.Party;
import se.avtalsvakt.api.agreement.PartyRole;
import se.avtalsvakt.api.agreement.Revision;
import se.avtalsvakt.api.agreement.Specification;
import se.avtalsvakt.api.agreement.SpecificationType;
import se.avtalsvakt.api.agreement.TerminationNotice;
import se.avtalsvakt.api.page.Page;

public class AgreementResourceTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 3, 12);

    private static final PlatformClock CLOCK = new PlatformClock() {
        @Override
        public ZoneId zone() {
            return ZoneId.of("Europe/Stockholm");
        }

        @Override
        public Clock clock() {
            return Clock.fixed(Instant.parse("2027-03-12T10:00:00Z"), zone());
        }
    };

    /** The service calls a test allows, by method name; any other call fails the test. */
    private final Map<String, Function<Object[], Object>> answers = new HashMap<>();
    private final List<String> calls = new ArrayList<>();
    private final AgreementResource resource = new AgreementResource(fake(AgreementService.class),
            fake(AgreementExchange.class), CLOCK);

    @SuppressWarnings("unchecked")
    private <T> T fake(Class<T> type) {
        InvocationHandler handler = (proxy, method, args) -> {
            Function<Object[], Object> answer = answers.get(method.getName());
            if (answer != null) {
                calls.add(method.getName());
                return answer.apply(args);
            }
            if (method.isDefault()) {
                return InvocationHandler.invokeDefault(proxy, method, args);
            }
            throw new AssertionError(type.getSimpleName() + "." + method.getName() + " was not expected");
        };
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler);
    }

    private static Agreement agreement(List<TerminationNotice> notices) {
        return new Agreement("test-avtal", "Testavtal", AgreementKind.COOPERATION_AGREEMENT, null,
                List.of(new Party("vgr", PartyRole.CARE_PROVIDER), new Party("boras", PartyRole.CARE_PROVIDER)),
                null, LocalDate.of(2017, 1, 1), LocalDate.of(2020, 12, 31), null, false, false, List.of(), null,
                List.of(new Specification("bilaga-1", "Bilaga 1", SpecificationType.MAIN_DOCUMENT, List.of(
                        new Revision("D-2", LocalDate.of(2022, 5, 1), "Nämnden", "Andra", null),
                        new Revision("D-1", LocalDate.of(2021, 5, 1), "Nämnden", "Första", null)))),
                notices);
    }

    private static Participation party(String id, LocalDate until) {
        return new Participation(id, PartyRole.CARE_PROVIDER, ParticipationStatus.ACTIVE, null, until, null, null);
    }

    private static InputStream body(String json) {
        return new ByteArrayInputStream(json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    public void createAnswers201WithTheLocationAndTheStatusToday() {
        Agreement a = agreement(List.of());
        answers.put("readAgreement", args -> a);
        answers.put("create", args -> args[0]);
        answers.put("status", args -> {
            assertEquals(TODAY, args[1]);
            return AgreementStatus.ACTIVE;
        });
        Response created = resource.create(body("{}"));
        assertEquals(201, created.getStatus());
        assertEquals("/api/v1/agreements/test-avtal", created.getHeaderString("Location"));
        ObjectNode view = (ObjectNode) created.getEntity();
        assertEquals("ACTIVE", view.get("status").asText());
        assertEquals("test-avtal", view.get("id").asText());
        assertEquals(0, view.get("leaving").size());
    }

    @Test
    public void theListPassesItsFilterToTheRegister() {
        answers.put("list", args -> {
            assertEquals(new AgreementFilter(AgreementStatus.NOTICE_GIVEN, "boras", null), args[0]);
            return List.of(agreement(List.of()));
        });
        answers.put("status", args -> AgreementStatus.NOTICE_GIVEN);
        assertEquals(1, resource.list(AgreementStatus.NOTICE_GIVEN, "boras", null, null, null).items().size());
    }

    @Test
    public void theListIsAPageOfTheRegisterWithACursorToTheNext() {
        List<Agreement> three = List.of(agreement(List.of()).withId("a-1"), agreement(List.of()).withId("a-2"),
                agreement(List.of()).withId("a-3"));
        answers.put("list", args -> three);
        answers.put("status", args -> AgreementStatus.ACTIVE);
        Page<ObjectNode> first = resource.list(null, null, null, 2, null);
        assertEquals(List.of("a-1", "a-2"), first.items().stream().map(n -> n.get("id").asText()).toList());
        Page<ObjectNode> second = resource.list(null, null, null, 2, first.next());
        assertEquals(List.of("a-3"), second.items().stream().map(n -> n.get("id").asText()).toList());
        assertNull(second.next());
        assertEquals("limit", assertThrows(ValidationException.class,
                () -> resource.list(null, null, null, 0, null)).problems().get(0).path());
    }

    @Test
    public void noticesAndTheChangeLogArePaged() {
        List<TerminationNotice> notices = new ArrayList<>();
        for (int day = 1; day <= 12; day++) {
            notices.add(new TerminationNotice("boras", LocalDate.of(2026, 1, day), true, "D-" + day));
        }
        answers.put("find", args -> java.util.Optional.of(agreement(notices)));
        answers.put("effectOf", args -> new NoticeEffect((TerminationNotice) args[1], true, LocalDate.of(2027, 12, 31),
                null));
        Page<ObjectNode> first = resource.terminations("test-avtal", 10, null);
        assertEquals(10, first.items().size());
        Page<ObjectNode> rest = resource.terminations("test-avtal", 10, first.next());
        assertEquals(List.of(11, 12), rest.items().stream().map(n -> n.get("number").asInt()).toList());
        assertNull(rest.next());

        Page<ObjectNode> log = resource.revisions("test-avtal", 1, null);
        assertEquals(List.of("D-1"), log.items().stream().map(n -> n.get("diaryNumber").asText()).toList());
        assertEquals(List.of("D-2"), resource.revisions("test-avtal", 1, log.next()).items().stream()
                .map(n -> n.get("diaryNumber").asText()).toList());
    }

    @Test
    public void termsAndPartiesAreAsOfTodayUnlessADayIsGiven() {
        List<LocalDate> asked = new ArrayList<>();
        answers.put("parties", args -> {
            asked.add((LocalDate) args[1]);
            return List.of();
        });
        resource.parties("test-avtal", null);
        resource.parties("test-avtal", LocalDate.of(2030, 1, 1));
        assertEquals(List.of(TODAY, LocalDate.of(2030, 1, 1)), asked);
    }

    @Test
    public void aWithdrawalOfANoticeThatIsNotANumberIsNotFound() {
        assertThrows(NotFoundException.class, () -> resource.withdraw("test-avtal", "first",
                new AgreementResource.WithdrawalBody("fel", null)));
        assertTrue("nothing was asked of the register", calls.isEmpty());
    }

    @Test
    public void aRevisionMustNameOneOfTheAgreementsDocuments() {
        answers.put("find", args -> java.util.Optional.of(agreement(List.of())));
        ValidationException missing = assertThrows(ValidationException.class, () -> resource.revise("test-avtal",
                new AgreementResource.RevisionBody(null, "D-3", TODAY, null, "Tredje", "Nämnden")));
        assertEquals("document", missing.problems().get(0).path());
        ValidationException unknown = assertThrows(ValidationException.class, () -> resource.revise("test-avtal",
                new AgreementResource.RevisionBody("bilaga-9", "D-3", TODAY, null, "Tredje", "Nämnden")));
        assertEquals("document", unknown.problems().get(0).path());
        assertTrue(unknown.getMessage(), unknown.problems().get(0).message().contains("bilaga-1"));
    }

    @Test
    public void aRevisionIsLoggedAndAnsweredWithItsDocument() {
        answers.put("find", args -> java.util.Optional.of(agreement(List.of())));
        answers.put("addRevision", args -> {
            assertEquals("bilaga-1", args[1]);
            return agreement(List.of());
        });
        Response created = resource.revise("test-avtal",
                new AgreementResource.RevisionBody("bilaga-1", "D-3", TODAY, null, "Tredje", "Nämnden"));
        assertEquals(201, created.getStatus());
        assertEquals("/api/v1/agreements/test-avtal/revisions", created.getHeaderString("Location"));
        ObjectNode node = (ObjectNode) created.getEntity();
        assertEquals("Bilaga 1", node.get("documentTitle").asText());
        assertEquals("D-3", node.get("diaryNumber").asText());
    }

    @Test
    public void theChangeLogIsOldestDecisionFirst() {
        answers.put("find", args -> java.util.Optional.of(agreement(List.of())));
        assertEquals(List.of("D-1", "D-2"), resource.revisions("test-avtal", null, null).items().stream()
                .map(n -> n.get("diaryNumber").asText()).toList());
    }

    @Test
    public void theViewListsThePartiesLeavingBeforeTheAgreementEnds() {
        TerminationNotice notice = new TerminationNotice("boras", LocalDate.of(2026, 1, 10), true, null);
        answers.put("find", args -> java.util.Optional.of(agreement(List.of(notice))));
        answers.put("status", args -> AgreementStatus.ACTIVE);
        answers.put("parties", args -> List.of(party("vgr", null), party("boras", LocalDate.of(2028, 12, 31))));
        ObjectNode view = resource.get("test-avtal");
        assertEquals(1, view.get("leaving").size());
        assertEquals("boras", view.at("/leaving/0/organisation").asText());
        assertEquals("2028-12-31", view.at("/leaving/0/lastDay").asText());
    }

    @Test
    public void whenEveryPartyHasALastDayOnlyThoseLeavingEarlierAreLeaving() {
        LocalDate end = LocalDate.of(2030, 12, 31);
        assertEquals(List.of("boras"), AgreementResource.leaving(List.of(party("vgr", end),
                party("boras", LocalDate.of(2028, 12, 31)), party("boras", LocalDate.of(2028, 12, 31)),
                party("skovde", end))).stream().map(Participation::organisation).toList());
        assertEquals(List.of(), AgreementResource.leaving(List.of(party("vgr", null), party("boras", null))));
    }
}

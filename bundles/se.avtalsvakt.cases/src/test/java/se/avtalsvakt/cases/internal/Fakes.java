package se.avtalsvakt.cases.internal;

import java.lang.reflect.Proxy;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import se.avtalsvakt.api.NotFoundException;
import se.avtalsvakt.api.agreement.Agreement;
import se.avtalsvakt.api.agreement.AgreementKind;
import se.avtalsvakt.api.agreement.AgreementService;
import se.avtalsvakt.api.agreement.Participation;
import se.avtalsvakt.api.agreement.ParticipationStatus;
import se.avtalsvakt.api.agreement.Party;
import se.avtalsvakt.api.agreement.PartyRole;
import se.avtalsvakt.api.agreement.Renewal;
import se.avtalsvakt.api.agreement.TermInfo;
import se.avtalsvakt.api.calendar.WorkingDayCalendar;

/** Small stand-ins for the services of other bundles: only what the cases bundle asks of them. */
final class Fakes {

    private Fakes() {
    }

    /** The register's defaults, as Configuration Admin gives them when there is no configuration. */
    static CasesConfig config(String... leadDays) {
        return (CasesConfig) Proxy.newProxyInstance(CasesConfig.class.getClassLoader(),
                new Class<?>[] {CasesConfig.class}, (proxy, method, args) -> {
                    if (method.getName().equals("handoverLeadDays") && leadDays.length > 0) {
                        return leadDays;
                    }
                    if (method.getName().equals("handoverAgreements")) {
                        return new String[] {"*"};
                    }
                    return method.getDefaultValue();
                });
    }

    /** Defaults, with a local plan reminder for one agreement. */
    static CasesConfig reminder(String agreement, int days) {
        return (CasesConfig) Proxy.newProxyInstance(CasesConfig.class.getClassLoader(),
                new Class<?>[] {CasesConfig.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "localPlanAgreements" -> new String[] {agreement};
                    case "localPlanReminderDays" -> days;
                    default -> method.getDefaultValue();
                });
    }

    /** A calendar where Saturdays and Sundays are not working days. */
    static WorkingDayCalendar calendar() {
        return (WorkingDayCalendar) Proxy.newProxyInstance(WorkingDayCalendar.class.getClassLoader(),
                new Class<?>[] {WorkingDayCalendar.class}, (proxy, method, args) -> {
                    if (method.getName().equals("lastWorkingDayOnOrBefore")) {
                        LocalDate d = (LocalDate) args[0];
                        while (d.getDayOfWeek().getValue() > 5) {
                            d = d.minusDays(1);
                        }
                        return d;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    /** Agreements and the end of each party's participation, as the agreement register would answer. */
    static final class Agreements {
        final Map<String, Agreement> agreements = new HashMap<>();
        final Map<String, LocalDate> wholeEnds = new HashMap<>();
        final Map<String, Map<String, LocalDate>> partyEnds = new HashMap<>();

        Agreements with(String id, String... parties) {
            List<Party> list = java.util.Arrays.stream(parties).map(p -> new Party(p, PartyRole.CARE_PROVIDER))
                    .toList();
            agreements.put(id, new Agreement(id, "Avtal " + id, AgreementKind.COOPERATION_AGREEMENT, null, list,
                    "politisk-beredningsgrupp", LocalDate.of(2017, 10, 1), null, Renewal.openEnded(), false, false,
                    List.of(), null, List.of(), List.of()));
            return this;
        }

        AgreementService service() {
            return (AgreementService) Proxy.newProxyInstance(AgreementService.class.getClassLoader(),
                    new Class<?>[] {AgreementService.class}, (proxy, method, args) -> switch (method.getName()) {
                        case "find" -> Optional.ofNullable(agreements.get((String) args[0]));
                        case "get" -> {
                            Agreement a = agreements.get((String) args[0]);
                            if (a == null) {
                                throw new NotFoundException("agreement", (String) args[0]);
                            }
                            yield a;
                        }
                        case "terms" -> new TermInfo((String) args[0], (LocalDate) args[1], 1, null, null, null, null,
                                null, wholeEnds.get((String) args[0]));
                        case "parties" -> {
                            Agreement a = args[0] instanceof Agreement ag ? ag : agreements.get((String) args[0]);
                            Map<String, LocalDate> ends = partyEnds.getOrDefault(a.id(), Map.of());
                            yield a.parties().stream().map(p -> {
                                LocalDate until = ends.getOrDefault(p.organisation(), wholeEnds.get(a.id()));
                                return new Participation(p.organisation(), p.role(), until == null
                                        ? ParticipationStatus.ACTIVE : ParticipationStatus.NOTICE_GIVEN, a.start(),
                                        until, null, null);
                            }).toList();
                        }
                        default -> throw new UnsupportedOperationException(method.getName());
                    });
        }
    }
}

package se.avtalsvakt.api.alert;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/**
 * An alert in plain Swedish, for people: a subject line and a message body that say which agreement (or other
 * subject), the deadline (the practical one and, when it differs, the contractual last day) and what to do; no
 * console commands, no codes. Channels use it so that an e-mail, a chat message
 * and a case-management file say the same thing.
 */
public final class AlertText {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy",
            Locale.forLanguageTag("sv-SE"));

    private record KindText(String label, String action) {
    }

    private static final Map<String, KindText> KINDS = Map.ofEntries(
            Map.entry("RENEGOTIATION_REQUESTED", new KindText("Omförhandling begärd",
                    "En part har begärt omförhandling. Kalla parterna till överläggning och dokumentera "
                            + "utfallet.")),
            Map.entry("NOTICE_DEADLINE", new KindText("Sista dag för uppsägning",
                    "Ta ställning till om avtalet ska sägas upp. En uppsägning ska ha kommit fram till motparten "
                            + "senast den praktiska sista dagen; annars förlängs avtalet automatiskt enligt sina "
                            + "villkor.")),
            Map.entry("TERM_END", new KindText("Avtalsperioden löper ut",
                    "Kontrollera att avtalet förlängs eller upphör som avsett, och att uppföljning och "
                            + "överlämning är planerade.")),
            Map.entry("NOTICE_RECEIVED", new KindText("Uppsägning mottagen",
                    "En uppsägning har registrerats. Kontrollera när avtalet upphör och planera vad som ska "
                            + "gälla därefter.")),
            Map.entry("NOTICE_WITHDRAWN", new KindText("Uppsägning återkallad",
                    "En registrerad uppsägning har återkallats. Kontrollera att avtalet och partens deltagande "
                            + "gäller som förut, och meddela dem som planerade för att avtalet skulle upphöra.")),
            Map.entry("AGREEMENT_RENEWED", new KindText("Avtalet har förlängts",
                    "Avtalet har förlängts automatiskt. Notera nästa sista dag för uppsägning.")),
            Map.entry("AGREEMENT_ENDED", new KindText("Avtalet har upphört",
                    "Avtalet gäller inte längre. Kontrollera att inget fortfarande bygger på det.")),
            Map.entry("PARTY_LEAVES", new KindText("En part lämnar avtalet",
                    "En part har sagt upp sitt deltagande och lämnar avtalet denna dag; avtalet fortsätter för "
                            + "övriga parter. Planera överlämningen: vad som ska gälla för partens hjälpmedel, "
                            + "fakturering och representanter därefter.")),
            Map.entry("PARTY_LEAVES_OWN", new KindText("Ert deltagande i avtalet upphör",
                    "Er organisation lämnar avtalet denna dag efter uppsägning. Se till att hjälpmedelsförsörjningen "
                            + "är ordnad från och med dagen efter, och att pågående ärenden lämnas över.")),
            Map.entry("PARTY_ENDED", new KindText("En part har lämnat avtalet",
                    "Partens deltagande har upphört. Kontrollera att kostnadsfördelning, representanter och "
                            + "leveranser inte längre räknar med parten.")),
            Map.entry("OBLIGATION_DUE", new KindText("Åtagande att utföra",
                    "Genomför åtagandet (uppföljning, utvärdering eller rapport) och registrera att det är gjort.")),
            Map.entry("SEAT_VACANT", new KindText("Vakant plats",
                    "En plats i organet saknar representant. Be den organisation som utser platsen att nominera "
                            + "en ny representant, och registrera den nya representanten när den är utsedd.")),
            Map.entry("MEETING_INVITATION", new KindText("Kallelse till möte",
                    "Skicka kallelsen med dagordning i tid före mötet.")),
            Map.entry("DELIVERY_CHECK", new KindText("Leveranskontroll",
                    "Kontrollera leveransen och registrera kontrollen inom fem arbetsdagar.")),
            Map.entry("DELIVERIES_UNCHECKED", new KindText("Okontrollerade leveranser",
                    "Leveranserna har inte kontrollerats inom fem arbetsdagar (samarbetsavtalet §9). Kontrollera "
                            + "att de stämmer mot beställningarna och registrera kontrollerna.")),
            Map.entry("DELIVERY_MISMATCH", new KindText("Leverans stämmer inte med beställningen",
                    "En leverans har kontrollerats och stämmer inte med beställningen. Vårdgivaren och "
                            + "leverantören reder ut avvikelsen tillsammans: ersättningsleverans, retur eller "
                            + "rättad faktura.")),
            Map.entry("IMPORT_FAILED", new KindText("Inläsning misslyckades",
                    "En fil från leverantören kunde inte läsas in och har lagts åt sidan. Kontakta leverantören "
                            + "och be om en rättad fil.")),
            Map.entry("INVOICE_DISCREPANCY", new KindText("Avvikelse i fakturaunderlag",
                    "Fakturan stämmer inte mot beställningar och leveranser (dubbelfakturerad rad, belopp som "
                            + "skiljer sig eller fakturerat men inte levererat). Granska fakturaunderlaget och "
                            + "kontakta leverantören innan fakturan attesteras.")));

    private static final KindText OTHER = new KindText(null,
            "Se beskrivningen och agera senast den praktiska sista dagen.");

    private AlertText() {
    }

    /** @return the kind in Swedish, e.g. "Sista dag för uppsägning"; unknown kinds as they are */
    public static String kindLabel(String kind) {
        KindText k = KINDS.get(kind);
        return k != null ? k.label() : kind;
    }

    /** @return the ladder step in Swedish: "540 dagar före", "på dagen", "passerad", "försenad" */
    public static String thresholdLabel(String threshold) {
        if (Alert.PASSED.equals(threshold)) {
            return "passerad";
        }
        if (Alert.OVERDUE.equals(threshold)) {
            return "försenad";
        }
        if ("0".equals(threshold)) {
            return "på dagen";
        }
        return threshold + " dagar före";
    }

    /** @return e.g. "om 540 dagar, 2028-09-29", "i dag 2028-09-29", "passerad 2028-09-29", "försenad sedan …" */
    public static String when(Alert a) {
        if (a.passed()) {
            return "passerad " + a.practicalDate();
        }
        if (a.overdue()) {
            return "försenad sedan " + a.practicalDate();
        }
        long days = a.daysLeft();
        if (days == 0) {
            return "i dag " + a.practicalDate();
        }
        return days > 0 ? "om " + days + (days == 1 ? " dag" : " dagar") + ", " + a.practicalDate()
                : a.practicalDate().toString();
    }

    /**
     * @param dueDate       the contractual last day
     * @param practicalDate the last working day on or before it
     * @return e.g. "fredag 27 november 2026", or, when the two differ, "senast fredag 27 november 2026 — sista dag
     *         enligt avtalet lördag 28 november 2026"
     */
    public static String deadline(LocalDate dueDate, LocalDate practicalDate) {
        if (practicalDate == null || dueDate == null || practicalDate.equals(dueDate)) {
            return DAY.format(dueDate != null ? dueDate : practicalDate);
        }
        return "senast " + DAY.format(practicalDate) + " — sista dag enligt avtalet " + DAY.format(dueDate);
    }

    /** @return the subject line, e.g. "[Avtalsvakt] Sista dag för uppsägning om 540 dagar, 2028-09-29: Samarbetsavtal…" */
    public static String subject(Alert a) {
        return "[Avtalsvakt] " + kindLabel(a.kind()) + " " + when(a) + ": "
                + (a.subjectTitle() != null ? a.subjectTitle() : a.subject());
    }

    /** @return the message body, several lines */
    public static String body(Alert a) {
        StringBuilder b = new StringBuilder();
        String title = a.subjectTitle() != null ? a.subjectTitle() : a.subject();
        b.append("Hej,\n\n");
        b.append(kindLabel(a.kind())).append(" för ").append(title)
                .append(a.passed() ? " har passerat.\n\n" : a.overdue() ? " är försenad.\n\n" : ".\n\n");
        b.append("Gäller:                 ").append(title).append('\n');
        b.append("Sista dag:              ").append(deadline(a.dueDate(), a.practicalDate())).append('\n');
        if (a.passed()) {
            b.append("Läge:                   tidsfristen har passerat\n");
        } else if (a.overdue()) {
            long late = -a.daysLeft();
            b.append("Läge:                   försenad");
            if (late > 0) {
                b.append(", ").append(late).append(late == 1 ? " dag" : " dagar").append(" efter sista dagen");
            }
            b.append('\n');
        } else if (a.daysLeft() >= 0) {
            b.append("Dagar kvar:             ").append(a.daysLeft()).append('\n');
        }
        b.append("Ansvarig:               ").append(a.addressee()).append('\n');
        b.append("Allvarlighetsgrad:      ").append(severity(a.severity())).append("\n\n");
        b.append("Vad behöver göras?\n").append(KINDS.getOrDefault(a.kind(), OTHER).action()).append("\n\n");
        if (a.description() != null && !a.description().isBlank()) {
            b.append("Underlag: ").append(a.description()).append("\n\n");
        }
        b.append("Larm nr ").append(a.id()).append(" (").append(thresholdLabel(a.threshold())).append(", avser ")
                .append(DAY.format(a.raisedFor())).append("). Kvittera larmet i Avtalsvakt när det är "
                        + "omhändertaget, så att övriga ser att någon har tagit hand om det.\n");
        return b.toString();
    }

    /** @return the severity in Swedish */
    public static String severity(Severity s) {
        return switch (s) {
            case INFO -> "information";
            case WARNING -> "varning";
            case CRITICAL -> "kritisk";
        };
    }

}

package se.avtalsvakt.api.alert;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/**
 * An alert in plain Swedish, for people: a subject line and a message body that say which agreement (or other
 * subject), the deadline, the practical deadline and what to do. Channels use it so that an e-mail, a chat message
 * and a case-management file say the same thing.
 */
public final class AlertText {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy",
            Locale.forLanguageTag("sv-SE"));

    private record KindText(String label, String action) {
    }

    private static final Map<String, KindText> KINDS = Map.ofEntries(
            Map.entry("RENEGOTIATION_REQUESTED", new KindText("Omförhandling begärd",
                    "En part har begärt omförhandling (R9). Kalla parterna till överläggning och dokumentera "
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
            Map.entry("AGREEMENT_RENEWED", new KindText("Avtalet har förlängts",
                    "Avtalet har förlängts automatiskt. Notera nästa sista dag för uppsägning.")),
            Map.entry("AGREEMENT_ENDED", new KindText("Avtalet har upphört",
                    "Avtalet gäller inte längre. Kontrollera att inget fortfarande bygger på det.")),
            Map.entry("OBLIGATION_DUE", new KindText("Åtagande att utföra",
                    "Genomför åtagandet (uppföljning, utvärdering eller rapport) och registrera att det är gjort.")),
            Map.entry("DELIVERY_CHECK", new KindText("Leveranskontroll",
                    "Kontrollera leveransen och registrera kontrollen inom fem arbetsdagar.")),
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

    /** @return e.g. "om 540 dagar", "i dag", "passerad", or for events the day */
    public static String when(Alert a) {
        if (a.passed()) {
            return "passerad " + a.practicalDate();
        }
        long days = a.daysLeft();
        if (days == 0) {
            return "i dag " + a.practicalDate();
        }
        return days > 0 ? "om " + days + (days == 1 ? " dag" : " dagar") + ", " + a.practicalDate()
                : a.practicalDate().toString();
    }

    /** @return the subject line, e.g. "[Avtalsvakt] Sista dag för uppsägning om 540 dagar, 2028-09-29: Samarbetsavtal…" */
    public static String subject(Alert a) {
        return "[Avtalsvakt] " + kindLabel(a.kind()) + " " + when(a) + ": "
                + (a.subjectTitle() != null ? a.subjectTitle() : a.subject());
    }

    /** @return the message body, several lines */
    public static String body(Alert a) {
        StringBuilder b = new StringBuilder();
        b.append("Hej,\n\n");
        b.append(kindLabel(a.kind())).append(" för ").append(a.subjectTitle() != null ? a.subjectTitle() : a.subject())
                .append(a.passed() ? " har passerat.\n\n" : ".\n\n");
        b.append("Gäller:                 ").append(a.subjectTitle() != null ? a.subjectTitle() + " (" + a.subject() + ")"
                : a.subject()).append('\n');
        b.append("Sista dag:              ").append(day(a.dueDate())).append('\n');
        b.append("Praktisk sista dag:     ").append(day(a.practicalDate()));
        if (!a.practicalDate().equals(a.dueDate())) {
            b.append(" (sista arbetsdagen före)");
        }
        b.append('\n');
        if (a.passed()) {
            b.append("Läge:                   tidsfristen har passerat\n");
        } else if (a.daysLeft() >= 0) {
            b.append("Dagar kvar:             ").append(a.daysLeft()).append('\n');
        }
        b.append("Ansvarig:               ").append(a.addressee()).append('\n');
        b.append("Allvarlighetsgrad:      ").append(severity(a.severity())).append("\n\n");
        b.append("Vad behöver göras?\n").append(KINDS.getOrDefault(a.kind(), OTHER).action()).append("\n\n");
        if (a.description() != null && !a.description().isBlank()) {
            b.append("Underlag: ").append(a.description()).append("\n\n");
        }
        b.append("Larm nr ").append(a.id()).append(", steg ").append(a.threshold()).append(", avser ")
                .append(a.raisedFor()).append(". Kvittera larmet i Avtalsvakt (alert:ack ").append(a.id())
                .append(") när det är omhändertaget.\n");
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

    private static String day(java.time.LocalDate d) {
        return d + " (" + DAY.format(d) + ")";
    }
}

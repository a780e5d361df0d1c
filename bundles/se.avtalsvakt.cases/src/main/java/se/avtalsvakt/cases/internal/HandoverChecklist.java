package se.avtalsvakt.cases.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import se.avtalsvakt.api.ValidationException;
import se.avtalsvakt.api.cases.HandoverCase;
import se.avtalsvakt.api.cases.HandoverItem;
import se.avtalsvakt.api.cases.HandoverState;

/**
 * The checklist of samarbetsavtalet §15: what the care providers and the executor consult on so that the move to
 * another executor happens without a break, and the executor's duty to hand over information; each with a lead
 * time before the last day (configurable).
 */
public final class HandoverChecklist {

    /** The items in order: key and title. */
    static final Map<String, String> ITEMS = items();

    private final Map<String, Integer> leadDays;
    private final String executor;

    private static Map<String, String> items() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("hjalpmedelsadministration", "Hjälpmedelsadministration");
        m.put("teknisk-dokumentation", "Teknisk dokumentation");
        m.put("patientjournaler", "Patientjournaler");
        m.put("lokaler", "Lokaler");
        m.put("utrustning", "Utrustning");
        m.put("personal", "Personal");
        m.put("uppgifter-fran-utforaren", "Hjälpmedelscentralen lämnar ut uppgifter av betydelse inför och i samband "
                + "med upphörandet");
        return java.util.Collections.unmodifiableMap(m);
    }

    /**
     * @param leadDays entries {@code key=days}; items not named keep 90 days
     * @param executor the id of the executor that hands over information
     * @throws ValidationException naming {@code handoverLeadDays} for an unknown key or a bad number
     */
    public HandoverChecklist(String[] leadDays, String executor) {
        Map<String, Integer> m = new LinkedHashMap<>();
        ITEMS.keySet().forEach(k -> m.put(k, 90));
        for (String entry : leadDays == null ? new String[0] : leadDays) {
            for (String part : entry.split(",")) {
                if (part.isBlank()) {
                    continue;
                }
                String[] kv = part.split("=", 2);
                String key = kv[0].strip();
                if (!ITEMS.containsKey(key) || kv.length != 2) {
                    throw new ValidationException("handoverLeadDays", "'" + part.strip() + "' is not key=days with "
                            + "a key of " + ITEMS.keySet());
                }
                try {
                    int days = Integer.parseInt(kv[1].strip());
                    if (days < 0 || days > 3650) {
                        throw new NumberFormatException();
                    }
                    m.put(key, days);
                } catch (NumberFormatException e) {
                    throw new ValidationException("handoverLeadDays", "'" + part.strip() + "': days must be 0 to 3650");
                }
            }
        }
        this.leadDays = m;
        this.executor = executor == null || executor.isBlank() ? "hjalpmedelscentralen" : executor.strip();
    }

    /** @return the item's due day for a last day */
    public LocalDate due(LocalDate lastDay, String key) {
        return lastDay.minusDays(leadDays.getOrDefault(key, 90));
    }

    /** @return the id of the executor that hands over information */
    public String executor() {
        return executor;
    }

    public int leadDays(String key) {
        return leadDays.getOrDefault(key, 90);
    }

    /**
     * @param careProvider the organisation that consults for the care providers: the leaving party, or for a whole
     *                     agreement its owner body
     * @return a new case with the whole checklist
     */
    public HandoverCase newCase(String agreement, String party, String careProvider, LocalDate lastDay,
            LocalDate today) {
        List<HandoverItem> list = new ArrayList<>();
        int n = 1;
        for (var item : ITEMS.entrySet()) {
            String owner = item.getKey().equals("uppgifter-fran-utforaren") ? executor : careProvider;
            list.add(new HandoverItem(n++, item.getKey(), item.getValue(), owner, due(lastDay, item.getKey()), null,
                    null));
        }
        return new HandoverCase(0, agreement, party, lastDay, today, HandoverState.OPEN, list);
    }
}

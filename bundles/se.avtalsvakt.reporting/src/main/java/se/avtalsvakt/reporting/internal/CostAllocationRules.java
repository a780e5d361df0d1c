package se.avtalsvakt.reporting.internal;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import se.avtalsvakt.api.ValidationException;
import se.avtalsvakt.api.agreement.Agreement;
import se.avtalsvakt.api.agreement.AgreementService;
import se.avtalsvakt.api.agreement.PartyRole;

/**
 * Who and what may share a surplus or deficit (samarbetsavtalet §8): the care providers of the configured agreement,
 * in the configured main areas. Without the agreement module the care providers are not checked.
 */
@Component(service = CostAllocationRules.class)
public class CostAllocationRules {

    /** The agreement's care providers as one check. */
    public interface CareProviders {
        /** @return why {@code organisation} may not share the result, or empty when it may */
        Optional<String> problem(String organisation);
    }

    private static final CareProviders ANYONE = o -> Optional.empty();

    private final ReportSettings settings;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile AgreementService agreements;

    @Activate
    public CostAllocationRules(@Reference ReportSettings settings) {
        this.settings = settings;
    }

    /** For tests. */
    public CostAllocationRules(ReportSettings settings, AgreementService agreements) {
        this.settings = settings;
        this.agreements = agreements;
    }

    /** @return the configured main areas; empty when any is accepted */
    public List<String> mainAreas() {
        return settings.mainAreas();
    }

    /** @return why {@code area} may not be distributed, or empty when it may */
    public Optional<String> mainAreaProblem(String area) {
        List<String> areas = settings.mainAreas();
        if (area == null || areas.isEmpty() || areas.contains(area.trim())) {
            return Optional.empty();
        }
        return Optional.of("'" + area.trim() + "' is not one of the main areas of the cost model: "
                + String.join(", ", areas));
    }

    /**
     * The care providers of the configured agreement, read once per call (one lookup, however many costs).
     *
     * @throws ValidationException on {@code careProvider} when the configured agreement is not registered
     */
    public CareProviders careProviders() {
        String id = settings.costAllocationAgreement();
        AgreementService service = agreements;
        if (id == null || service == null) {
            return ANYONE;
        }
        Agreement agreement = service.find(id).orElseThrow(() -> new ValidationException("careProvider",
                "the agreement of the cost allocation, '" + id + "' (setting costAllocationAgreement), is not "
                        + "registered"));
        Set<String> careProviders = agreement.parties().stream().filter(p -> p.role() == PartyRole.CARE_PROVIDER)
                .map(p -> p.organisation()).collect(Collectors.toSet());
        return o -> o == null || careProviders.contains(o.trim()) ? Optional.empty()
                : Optional.of("'" + o.trim() + "' is not a care provider of the agreement '" + agreement.title()
                        + "' (" + agreement.id() + ")");
    }
}

package se.avtalsvakt.reporting.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.avtalsvakt.api.Problem;
import se.avtalsvakt.api.ValidationException;
import se.avtalsvakt.api.report.Allocation;
import se.avtalsvakt.api.report.CareProviderCost;
import se.avtalsvakt.api.report.CostAllocation;
import se.avtalsvakt.api.report.CostAllocationRequest;
import se.avtalsvakt.api.report.CostAllocationService;

/**
 * The cost-share allocation of samarbetsavtalet §8: each care provider's share is its cost divided by the summed
 * cost in the area; the net result is distributed in öre. Every care provider first gets the öre its exact share
 * rounds down to (toward zero); the öre left over go one each to the largest remainders (ties: the larger cost, then
 * the care provider id), so the amounts add up exactly to the net result. A deficit is distributed the same way with
 * the sign turned. Only the care providers of the configured agreement and the configured main areas are accepted
 * ({@link CostAllocationRules}).
 */
@Component(service = CostAllocationService.class)
public class CostAllocator implements CostAllocationService {

    /** Decimals of a share. */
    static final int SHARE_SCALE = 6;

    private final CostAllocationRules rules;

    @Activate
    public CostAllocator(@Reference CostAllocationRules rules) {
        this.rules = rules;
    }

    /** Without rules: any care provider, any main area (tests of the arithmetic). */
    public CostAllocator() {
        this(null);
    }

    @Override
    public CostAllocation allocate(CostAllocationRequest request) {
        validate(request, rules);
        List<CareProviderCost> costs = request.costs();
        long net = ore(request.netResult());
        List<Long> costOre = costs.stream().map(c -> ore(c.cost())).toList();
        BigInteger sum = costOre.stream().map(BigInteger::valueOf).reduce(BigInteger.ZERO, BigInteger::add);
        if (sum.signum() == 0) {
            throw new ValidationException("costs", "the summed cost is zero: the net result cannot be distributed "
                    + "by cost shares (at least one care provider must have a cost above 0)");
        }
        BigInteger magnitude = BigInteger.valueOf(net).abs();
        long[] amounts = new long[costs.size()];
        BigInteger[] remainders = new BigInteger[costs.size()];
        long given = 0;
        for (int i = 0; i < costs.size(); i++) {
            BigInteger[] qr = magnitude.multiply(BigInteger.valueOf(costOre.get(i))).divideAndRemainder(sum);
            amounts[i] = qr[0].longValueExact();
            remainders[i] = qr[1];
            given += amounts[i];
        }
        long left = magnitude.longValueExact() - given;
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < costs.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.<Integer, BigInteger>comparing(i -> remainders[i]).reversed()
                .thenComparing(Comparator.<Integer, Long>comparing(costOre::get).reversed())
                .thenComparing(i -> costs.get(i).careProvider()));
        for (int k = 0; k < left; k++) {
            amounts[order.get(k)]++;
        }
        int sign = Long.signum(net);
        BigDecimal sumSek = new BigDecimal(sum, 2);
        List<Allocation> allocations = new ArrayList<>();
        for (int i = 0; i < costs.size(); i++) {
            BigDecimal cost = BigDecimal.valueOf(costOre.get(i), 2);
            allocations.add(new Allocation(costs.get(i).careProvider().trim(), cost,
                    cost.divide(sumSek, SHARE_SCALE, RoundingMode.HALF_EVEN),
                    BigDecimal.valueOf(sign * amounts[i], 2)));
        }
        return new CostAllocation(request.year(), request.mainArea().trim(), allocations, sumSek,
                BigDecimal.valueOf(net, 2));
    }

    private static void validate(CostAllocationRequest r, CostAllocationRules rules) {
        List<Problem> problems = new ArrayList<>();
        if (r.year() == null) {
            problems.add(new Problem("year", "required: the year, e.g. 2025"));
        } else if (r.year() < 1900 || r.year() > 9999) {
            problems.add(new Problem("year", "must be between 1900 and 9999: " + r.year()));
        }
        if (r.mainArea() == null || r.mainArea().isBlank()) {
            problems.add(new Problem("mainArea", "required: the main area (huvudområde)"));
        } else if (rules != null) {
            rules.mainAreaProblem(r.mainArea()).ifPresent(m -> problems.add(new Problem("mainArea", m)));
        }
        checkAmount(problems, "netResult", r.netResult(), true);
        if (r.costs() == null || r.costs().isEmpty()) {
            problems.add(new Problem("costs", "required: at least one care provider's cost"));
        } else {
            CostAllocationRules.CareProviders careProviders = rules != null ? rules.careProviders()
                    : o -> java.util.Optional.empty();
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < r.costs().size(); i++) {
                CareProviderCost c = r.costs().get(i);
                String at = "costs[" + i + "]";
                if (c == null) {
                    problems.add(new Problem(at, "required: {\"careProvider\": …, \"cost\": …}"));
                    continue;
                }
                if (c.careProvider() == null || c.careProvider().isBlank()) {
                    problems.add(new Problem(at + ".careProvider", "required: the care provider's id"));
                } else if (!seen.add(c.careProvider().trim())) {
                    problems.add(new Problem(at + ".careProvider", "'" + c.careProvider()
                            + "' is listed twice: give each care provider's cost once"));
                } else {
                    careProviders.problem(c.careProvider()).ifPresent(m -> problems.add(
                            new Problem(at + ".careProvider", m)));
                }
                checkAmount(problems, at + ".cost", c.cost(), false);
            }
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
    }

    private static void checkAmount(List<Problem> problems, String path, BigDecimal amount, boolean negativeAllowed) {
        if (amount == null) {
            problems.add(new Problem(path, "required: an amount in SEK, e.g. \"1000.00\""));
        } else if (amount.stripTrailingZeros().scale() > 2) {
            problems.add(new Problem(path, "at most two decimals (öre): " + amount.toPlainString()));
        } else if (!negativeAllowed && amount.signum() < 0) {
            problems.add(new Problem(path, "must not be negative: " + amount.toPlainString()));
        } else if (amount.abs().compareTo(new BigDecimal("1000000000000")) >= 0) {
            problems.add(new Problem(path, "too large: " + amount.toPlainString()));
        }
    }

    /** @return SEK as öre */
    static long ore(BigDecimal sek) {
        return sek.movePointRight(2).setScale(0, RoundingMode.UNNECESSARY).longValueExact();
    }
}

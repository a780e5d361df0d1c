package se.avtalsvakt.reporting.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.math.BigDecimal;
import java.util.List;

import org.junit.Test;

import se.avtalsvakt.api.ValidationException;
import se.avtalsvakt.api.report.Allocation;
import se.avtalsvakt.api.report.CareProviderCost;
import se.avtalsvakt.api.report.CostAllocation;
import se.avtalsvakt.api.report.CostAllocationRequest;

public class CostAllocatorTest {

    private final CostAllocator allocator = new CostAllocator();

    private static CareProviderCost cost(String who, String sek) {
        return new CareProviderCost(who, new BigDecimal(sek));
    }

    private CostAllocation allocate(String net, CareProviderCost... costs) {
        return allocator.allocate(new CostAllocationRequest(2025, "Rörelsehinder", new BigDecimal(net),
                List.of(costs)));
    }

    private static BigDecimal sum(CostAllocation a) {
        return a.allocations().stream().map(Allocation::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @Test
    public void sharesByCostAndExactSum() {
        CostAllocation a = allocate("100000.00", cost("goteborg", "1000000.00"), cost("boras", "500000.00"),
                cost("vgr", "2500000.00"));
        assertEquals(new BigDecimal("25000.00"), a.allocations().get(0).amount());
        assertEquals(new BigDecimal("12500.00"), a.allocations().get(1).amount());
        assertEquals(new BigDecimal("62500.00"), a.allocations().get(2).amount());
        assertEquals(new BigDecimal("0.250000"), a.allocations().get(0).share());
        assertEquals(new BigDecimal("100000.00"), a.total());
        assertEquals(0, sum(a).compareTo(a.total()));
    }

    @Test
    public void thirdsAddUpExactlyByLargestRemainder() {
        CostAllocation a = allocate("100.00", cost("a", "1.00"), cost("b", "1.00"), cost("c", "1.00"));
        // 10000 öre / 3 = 3333 each, 1 öre left: to the first by id when remainders and costs tie
        assertEquals(new BigDecimal("33.34"), a.allocations().get(0).amount());
        assertEquals(new BigDecimal("33.33"), a.allocations().get(1).amount());
        assertEquals(new BigDecimal("33.33"), a.allocations().get(2).amount());
        assertEquals(new BigDecimal("100.00"), sum(a));
        assertEquals(new BigDecimal("0.333333"), a.allocations().get(2).share());
    }

    @Test
    public void awkwardSharesAlwaysSumExactly() {
        CostAllocation a = allocate("999.99", cost("a", "7.00"), cost("b", "13.00"), cost("c", "17.00"),
                cost("d", "0.01"), cost("e", "123456.78"));
        assertEquals(new BigDecimal("999.99"), sum(a));
        CostAllocation b = allocate("0.01", cost("a", "1.00"), cost("b", "1.00"));
        assertEquals(new BigDecimal("0.01"), sum(b));
    }

    @Test
    public void largestRemainderGetsTheOre() {
        // 1.00 SEK over 2:1 — exact 66.666… and 33.333… öre: 66 + 33 = 99, the 1 left goes to the larger remainder
        CostAllocation a = allocate("1.00", cost("a", "2.00"), cost("b", "1.00"));
        assertEquals(new BigDecimal("0.67"), a.allocations().get(0).amount());
        assertEquals(new BigDecimal("0.33"), a.allocations().get(1).amount());
    }

    @Test
    public void deficitIsNegativeAndExact() {
        CostAllocation a = allocate("-100.00", cost("a", "1.00"), cost("b", "1.00"), cost("c", "1.00"));
        assertEquals(new BigDecimal("-33.34"), a.allocations().get(0).amount());
        assertEquals(new BigDecimal("-33.33"), a.allocations().get(1).amount());
        assertEquals(new BigDecimal("-100.00"), sum(a));
        assertEquals(new BigDecimal("-100.00"), a.total());
    }

    @Test
    public void zeroCostCareProviderGetsNothing() {
        CostAllocation a = allocate("100.00", cost("a", "1.00"), cost("zero", "0"), cost("b", "2.00"));
        assertEquals(new BigDecimal("0.00"), a.allocations().get(1).amount());
        assertEquals(new BigDecimal("0.000000"), a.allocations().get(1).share());
        assertEquals(new BigDecimal("100.00"), sum(a));
    }

    @Test
    public void allZeroCostsAreAClearError() {
        try {
            allocate("100.00", cost("a", "0"), cost("b", "0.00"));
            fail();
        } catch (ValidationException e) {
            assertEquals("costs", e.problems().get(0).path());
            assertTrue(e.getMessage(), e.getMessage().contains("summed cost is zero"));
        }
    }

    @Test
    public void badFieldsAreNamed() {
        try {
            allocator.allocate(new CostAllocationRequest(2025, " ", new BigDecimal("1.001"),
                    List.of(cost("a", "1"), cost("a", "2"), cost("c", "-5"))));
            fail();
        } catch (ValidationException e) {
            List<String> paths = e.problems().stream().map(p -> p.path()).toList();
            assertEquals(List.of("mainArea", "netResult", "costs[1].careProvider", "costs[2].cost"), paths);
        }
    }
}

package se.avtalsvakt.api.report;

/**
 * Distributes a main area's surplus or deficit over its care providers by their share of the summed cost (R7), in
 * öre, with the largest-remainder method so the amounts add up exactly to the net result (I5).
 */
public interface CostAllocationService {

    /**
     * @throws se.avtalsvakt.api.ValidationException naming each wrong field (e.g. {@code costs[2].cost}); the summed
     *                                               cost being zero is an error on {@code costs}
     */
    CostAllocation allocate(CostAllocationRequest request);
}

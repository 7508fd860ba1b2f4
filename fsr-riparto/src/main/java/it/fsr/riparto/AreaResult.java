package it.fsr.riparto;

import it.fsr.core.money.Euro;
import java.util.List;

/**
 * One area's budget, its types, and what moved across its border on the return path.
 *
 * <p>Σ: budget + fromOtherAreas = allocated + toOtherAreas + unplaced, to the cent.
 *
 * @param area           the area
 * @param budget         its budget
 * @param types          its types' results (every type with units or a budget, in declaration order)
 * @param toOtherAreas   what no type of the area could take, gone to a type of another area (a consolidated type
 *                       with unmet need, or the residual SFA)
 * @param fromOtherAreas what its types received from other areas
 * @param unplaced       what went from the area (or its residual types) to the reserve
 */
public record AreaResult(Area area, Euro budget, List<TypeResult> types, Euro toOtherAreas, Euro fromOtherAreas, Euro unplaced) {
    /** Copies the list. */
    public AreaResult {
        types = List.copyOf(types);
    }

    /** Σ of the units' amounts in the area. */
    public Euro allocated() {
        return Euro.sum(types.stream().map(TypeResult::allocated).toList());
    }
}

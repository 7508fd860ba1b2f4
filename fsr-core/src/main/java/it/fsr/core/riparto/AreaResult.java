package it.fsr.core.riparto;

import it.fsr.core.money.Euro;
import java.util.List;

/**
 * One area's budget and its types.
 *
 * @param area      the area
 * @param budget    its budget
 * @param types     its types' results (every type of the area, in declaration order)
 * @param unplaced  what neither the types nor their units could take: returned to the reserve
 */
public record AreaResult(Area area, Euro budget, List<TypeResult> types, Euro unplaced) {
    /** Copies the list. */
    public AreaResult {
        types = List.copyOf(types);
    }

    /** Σ of the units' amounts in the area. */
    public Euro allocated() {
        return Euro.sum(types.stream().map(TypeResult::allocated).toList());
    }
}

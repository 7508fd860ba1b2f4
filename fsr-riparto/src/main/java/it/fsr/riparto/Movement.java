package it.fsr.riparto;

import it.fsr.core.money.Euro;
import java.util.Objects;

/**
 * One movement of money on the return path of the riparto (scelta di fsr where the Avviso is silent;
 * the residual SFA by the Avviso, area disabili, "in caso di disponibilità finanziaria residua"): what a
 * type's units could not take goes back to its area; the area re-splits it among its other types with
 * unmet need; what no type of the area can take goes to the consolidated types of the other areas with
 * unmet need, then to the residual types (SFA), and only what no admitted unit can take goes to the
 * reserve. Each movement is a named line of the plan. Immutable.
 *
 * @param kind   what moved where
 * @param area   the area it moved within or from
 * @param type   the type it left or reached, or null for an area-level movement
 * @param amount the amount, positive
 */
public record Movement(Kind kind, Area area, ServiceType type, Euro amount) {
    /** What moved where. */
    public enum Kind {
        /** A type's units could not take it: back to the type's area. */
        RETURNED_TO_AREA,
        /** The area re-split returned money to one of its types with unmet need. */
        REASSIGNED_TO_TYPE,
        /** What no type of the area could take, to a consolidated type of another area with unmet need. */
        TO_OTHER_AREA_TYPE,
        /** What no consolidated type of any area could take, to a residual type (SFA). */
        TO_RESIDUAL_TYPE,
        /** What nobody could take (area, or a residual type's units), to the fondo di riequilibrio/riserva. */
        TO_RESERVE
    }

    /** Checks for nulls and a positive amount. */
    public Movement {
        it.fsr.core.validation.ValidationException.requireNonNull(kind, "kind");
        it.fsr.core.validation.ValidationException.requireNonNull(area, "area");
        it.fsr.core.validation.ValidationException.requireNonNull(amount, "amount");
        if (!amount.isPositive()) {
            throw it.fsr.core.validation.ValidationException.of("amount", amount, "a movement moves a positive amount");
        }
    }
}

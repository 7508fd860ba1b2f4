package it.fsr.json;

import it.fsr.core.money.Euro;
import it.fsr.core.money.Rate;
import it.fsr.isee.IseeAttestation;
import it.fsr.isee.compartecipazione.Band;
import it.fsr.isee.compartecipazione.Schedule;
import it.fsr.isee.veneto.Household;
import it.fsr.isee.veneto.Member;
import java.util.ArrayList;
import java.util.List;

/** The JSON Schemas of fsr-isee's documents that are classes, as {@link IseeCodecs} writes and reads them. */
final class IseeSchemas {
    private IseeSchemas() {
    }

    /** An attestation: the ISEE, the scale, the ISE or null. */
    static Node attestation(Schemas.Defs d) {
            return Schemas.object(List.of(Schemas.field("isee", d.ref(Euro.class), true), Schemas.field("scale", Schemas.decimalText(), true),
                    Schemas.field("ise", Schemas.nullable(d.ref(Euro.class)), false)));
    }

    /** A household and its members. */
    static Node household(Schemas.Defs d) {
            return Schemas.object(List.of(Schemas.field("id", Schemas.nullable(Schemas.string()), true), Schemas.field("date", Schemas.date(), true), Schemas.field("widowed", Schemas.bool(), true),
                    Schemas.field("housing", Schemas.enumOf(it.fsr.isee.veneto.Housing.class), true),
                    Schemas.field("members", Schemas.array(d.ref(Member.class)), true)));
    }

    /** A compartecipazione schedule. */
    static Node schedule(Schemas.Defs d) {
            List<Node[]> f = new ArrayList<>();
            f.add(Schemas.field("name", Schemas.string(), true));
            f.add(Schemas.field("source", Schemas.nullable(Schemas.string()), false));
            f.add(Schemas.field("service", Schemas.nullable(Schemas.string()), false));
            f.add(Schemas.field("kind", Schemas.enumOf(Schedule.Kind.class), true));
            f.add(Schemas.field("unit", Schemas.enumOf(Schedule.Unit.class), true));
            f.add(Schemas.field("cost", d.ref(Euro.class), true));
            f.add(Schemas.field("isee", Schemas.enumOf(it.fsr.isee.Variant.class), true));
            f.add(Schemas.field("useFf", Schemas.bool(), true));
            for (String s : List.of("exemptUpTo", "fullCostAbove", "noAccessAbove")) {
                f.add(Schemas.field(s, Schemas.nullable(d.ref(Euro.class)), false));
            }
            f.add(Schemas.field("bands", Schemas.array(d.ref(Band.class)), true));
            f.add(Schemas.field("rounding", Schemas.enumOf(java.math.RoundingMode.class), true));
            f.add(Schemas.field("rettaDay", Schemas.nullable(d.ref(Euro.class)), false));
            f.add(Schemas.field("personalAllowanceMonth", Schemas.nullable(d.ref(Euro.class)), false));
            f.add(Schemas.field("period", Schemas.nullable(Schemas.enumOf(Schedule.Period.class)), false));
            f.add(Schemas.field("unitsPerYear", Schemas.nullable(Schemas.integer()), false));
            f.add(Schemas.field("unitLabel", Schemas.nullable(Schemas.string()), false));
            f.add(Schemas.field("users", Schemas.nullable(Schemas.enumOf(Schedule.UserGroup.class)), false));
            f.add(Schemas.field("noIsee", Schemas.nullable(d.fallback()), false));
            f.add(Schemas.field("nonResident", Schemas.nullable(d.fallback()), false));
            f.add(Schemas.field("rankShares", Schemas.nullable(Schemas.obj("type", Node.string("object"), "propertyNames", Schemas.obj("pattern", Node.string("^[0-9]{1,2}$")),
                    "additionalProperties", d.ref(Rate.class))), false));
            f.add(Schemas.field("disabilityExemptUpTo", Schemas.nullable(d.ref(Euro.class)), false));
            f.add(Schemas.field("disabilityShare", Schemas.nullable(d.ref(Rate.class)), false));
            return Schemas.object(f);
    }

    /** A band of a schedule, one of four kinds. */
    static Node band(Schemas.Defs d) {
            List<Node> kinds = new ArrayList<>();
            for (String k : List.of("linear", "quadratic")) {
                kinds.add(Schemas.object(List.of(Schemas.field("kind", Schemas.constant(k), true), Schemas.field("from", d.ref(Euro.class), true),
                        Schemas.field("to", Schemas.nullable(d.ref(Euro.class)), true), Schemas.field("feeAtFrom", d.ref(Euro.class), true), Schemas.field("feeAtTo", d.ref(Euro.class), true))));
            }
            kinds.add(Schemas.object(List.of(Schemas.field("kind", Schemas.constant("fixed"), true), Schemas.field("from", d.ref(Euro.class), true),
                    Schemas.field("to", Schemas.nullable(d.ref(Euro.class)), true), Schemas.field("fee", d.ref(Euro.class), true))));
            kinds.add(Schemas.object(List.of(Schemas.field("kind", Schemas.constant("percent"), true), Schemas.field("from", d.ref(Euro.class), true),
                    Schemas.field("to", Schemas.nullable(d.ref(Euro.class)), true), Schemas.field("percent", d.ref(Rate.class), true))));
            return Schemas.obj("oneOf", Node.array(kinds));
    }
}

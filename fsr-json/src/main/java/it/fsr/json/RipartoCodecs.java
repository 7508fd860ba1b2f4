package it.fsr.json;

import it.fsr.core.money.Euro;
import it.fsr.core.validation.ValidationException;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import it.fsr.riparto.Indicator;
import it.fsr.riparto.ServiceType;
import it.fsr.riparto.ServiceUnit;

/**
 * A riparto's {@link ServiceUnit}, read through its builder, which validates; loaded only when fsr-riparto is on the class
 * path ({@link RipartoPart}).
 */
final class RipartoCodecs {
    private RipartoCodecs() {
    }

    private static final List<String> UNIT_FIELDS = List.of("id", "type", "cudes", "name", "operator", "comune", "authorised",
            "seatedInAmbito", "activityStart", "activityEnd", "costs", "investments", "revenues", "eligibleSpend", "personnelCost",
            "complementaryCost", "complementaryOnlyCost", "userPayments", "otherRevenues", "generalCost", "residentDays",
            "minoriWebDeclared", "indicators");

    static void writeUnit(ServiceUnit u, Out gen, Ctx provider) throws IOException {
        gen.writeStartObject();
        gen.writeStringField("id", u.id());
        gen.writeStringField("type", u.type().name());
        gen.writeStringField("cudes", u.cudes().orElse(null));
        gen.writeStringField("name", u.name());
        gen.writeStringField("operator", u.operator());
        gen.writeStringField("comune", u.comune());
        gen.writeBooleanField("authorised", u.authorised());
        gen.writeBooleanField("seatedInAmbito", u.seatedInAmbito());
        gen.writeStringField("activityStart", u.activityStart().map(LocalDate::toString).orElse(null));
        gen.writeStringField("activityEnd", u.activityEnd().map(LocalDate::toString).orElse(null));
        gen.writeStringField("costs", Json.text(u.costs()));
        gen.writeStringField("investments", Json.text(u.investments()));
        gen.writeStringField("revenues", Json.text(u.revenues()));
        gen.writeStringField("eligibleSpend", u.eligibleSpend().map(Json::text).orElse(null));
        gen.writeStringField("personnelCost", Json.text(u.personnelCost()));
        gen.writeStringField("complementaryCost", Json.text(u.complementaryCost()));
        gen.writeStringField("complementaryOnlyCost", Json.text(u.complementaryOnlyCost()));
        gen.writeStringField("userPayments", Json.text(u.userPayments()));
        gen.writeStringField("otherRevenues", Json.text(u.otherRevenues()));
        gen.writeStringField("generalCost", Json.text(u.generalCost()));
        gen.writeNumberField("residentDays", u.residentDays());
        if (u.minoriWebDeclared().isPresent()) {
            gen.writeBooleanField("minoriWebDeclared", u.minoriWebDeclared().get());
        } else {
            gen.writeNullField("minoriWebDeclared");
        }
        gen.writeObjectFieldStart("indicators");
        for (Map.Entry<Indicator, BigDecimal> e : u.indicators().entrySet()) {
            gen.writeFieldName(e.getKey().name());
            gen.writeNumber(e.getValue());
        }
        gen.writeEndObject();
        gen.writeEndObject();
    }

    /**
     * A service unit: {@code id}, {@code type}, {@code costs}, {@code authorised} and {@code seatedInAmbito}
     * required (the riparto file's required columns); the others as the riparto reads them when absent.
     */
    static ServiceUnit readUnit(Node tree, String path, Ctx ctxt) {
        Node node = tree;
        Fields f = Fields.of(node, path, "ServiceUnit", UNIT_FIELDS);
        String id = f.required("id", Fields::text);
        ServiceType type = f.required("type", Fields.enumOf(ServiceType.class));
        Euro costs = f.required("costs", Json::euro);
        Boolean authorised = f.required("authorised", Fields::bool);
        Boolean seated = f.required("seatedInAmbito", Fields::bool);
        if (id == null || type == null) {
            f.throwIfAny();
        }
        ServiceUnit.Builder b = ServiceUnit.builder(id, type);
        if (costs != null) {
            b.costs(costs);
        }
        if (authorised != null) {
            b.authorised(authorised);
        }
        if (seated != null) {
            b.seatedInAmbito(seated);
        }
        String cudes = f.optional("cudes", Fields::text);
        if (cudes != null) {
            b.cudes(cudes);
        }
        String name = f.optional("name", Fields::text);
        if (name != null) {
            b.name(name);
        }
        String operator = f.optional("operator", Fields::text);
        if (operator != null) {
            b.operator(operator);
        }
        String comune = f.optional("comune", Fields::text);
        if (comune != null) {
            b.comune(comune);
        }
        b.activityStart(f.optional("activityStart", Fields::date));
        b.activityEnd(f.optional("activityEnd", Fields::date));
        euro(f, "investments", b::investments);
        euro(f, "revenues", b::revenues);
        b.eligibleSpend(f.optional("eligibleSpend", Json::euro));
        euro(f, "personnelCost", b::personnelCost);
        euro(f, "complementaryCost", b::complementaryCost);
        euro(f, "complementaryOnlyCost", b::complementaryOnlyCost);
        euro(f, "userPayments", b::userPayments);
        euro(f, "otherRevenues", b::otherRevenues);
        euro(f, "generalCost", b::generalCost);
        Long days = f.optional("residentDays", Fields::integer);
        if (days != null) {
            b.residentDays(days);
        }
        b.minoriWebDeclared(f.optional("minoriWebDeclared", Fields::bool));
        Node ind = node.get("indicators");
        if (ind != null && !ind.isNull()) {
            Fields fi = Fields.of(ind, f.at("indicators"), "indicators",
                    java.util.Arrays.stream(Indicator.values()).map(Enum::name).toList());
            for (Indicator i : Indicator.values()) {
                BigDecimal v = fi.optional(i.name(), Fields::decimal);
                if (v != null) {
                    b.indicator(i, v);
                }
            }
            try {
                fi.throwIfAny();
            } catch (ValidationException e) {
                f.add(e);
            }
        }
        f.throwIfAny();
        return b.build();
    }

    private static void euro(Fields f, String name, java.util.function.Function<Euro, ?> setter) {
        Euro e = f.optional(name, Json::euro);
        if (e != null) {
            setter.apply(e);
        }
    }

    /** The JSON Schema of a service unit, as it is written and read. */
    static Node schema(Schemas.Defs d) {
            List<Node[]> f = new ArrayList<>();
            f.add(Schemas.field("id", Schemas.string(), true));
            f.add(Schemas.field("type", Schemas.enumOf(it.fsr.riparto.ServiceType.class), true));
            f.add(Schemas.field("cudes", Schemas.nullable(Schemas.string()), false));
            for (String s : List.of("name", "operator", "comune")) {
                f.add(Schemas.field(s, Schemas.nullable(Schemas.string()), false));
            }
            f.add(Schemas.field("authorised", Schemas.bool(), true));
            f.add(Schemas.field("seatedInAmbito", Schemas.bool(), true));
            f.add(Schemas.field("activityStart", Schemas.nullable(Schemas.date()), false));
            f.add(Schemas.field("activityEnd", Schemas.nullable(Schemas.date()), false));
            for (String s : List.of("costs", "investments", "revenues", "personnelCost", "complementaryCost", "complementaryOnlyCost",
                    "userPayments", "otherRevenues", "generalCost")) {
                f.add(Schemas.field(s, d.ref(Euro.class), false));
            }
            f.add(Schemas.field("eligibleSpend", Schemas.nullable(d.ref(Euro.class)), false));
            f.add(Schemas.field("residentDays", Schemas.integer(), false));
            f.add(Schemas.field("minoriWebDeclared", Schemas.nullable(Schemas.bool()), false));
            f.add(Schemas.field("indicators", Schemas.obj("type", Node.string("object"), "propertyNames", Schemas.enumOf(it.fsr.riparto.Indicator.class),
                    "additionalProperties", Schemas.number()), false));
            return Schemas.object(f);
    }
}

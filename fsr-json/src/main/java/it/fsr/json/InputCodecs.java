package it.fsr.json;

import it.fsr.core.money.Euro;
import it.fsr.riparto.Indicator;
import it.fsr.riparto.ServiceType;
import it.fsr.riparto.ServiceUnit;
import it.fsr.core.validation.ValidationException;
import it.fsr.isee.veneto.Household;
import it.fsr.isee.veneto.Housing;
import it.fsr.isee.veneto.Member;
import it.fsr.isee.compartecipazione.Band;
import it.fsr.isee.compartecipazione.Schedule;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The inputs a service receives that are classes, not records: a {@link Household}, a riparto's
 * {@link ServiceUnit}, a compartecipazione {@link Schedule} and its {@link Band}s. Each is read through its
 * public factory or builder, which validates; the fields that decide money are required (the same columns
 * the CSV files require), and every problem is listed at once with its JSON path.
 */
final class InputCodecs {
    private InputCodecs() {
    }

    /** Reads a member record through the record codec, problems placed under {@code at}. */
    private static Member member(Ctx ctxt, Node n, String at) {
        try {
            return ctxt.readTreeAsValue(n, Member.class);
        } catch (ValidationException e) {
            throw new ValidationException(Json.under(e, at));
        }
    }

    static void writeHousehold(Household h, Out gen, Ctx provider) throws IOException {
        gen.writeStartObject();
        gen.writeStringField("id", h.id());
        gen.writeStringField("date", h.date().toString());
        gen.writeBooleanField("widowed", h.widowed());
        gen.writeStringField("housing", h.housing().name());
        provider.defaultSerializeField("members", h.members(), gen);
        gen.writeEndObject();
    }

    /** A household: {@code id}, {@code date}, {@code widowed}, {@code housing} and {@code members}, all required. */
    static Household readHousehold(Node tree, String path, Ctx ctxt) {
        Fields f = Fields.of(tree, path, "Household", List.of("id", "date", "widowed", "housing", "members"));
        String id = f.required("id", Fields::text);
        LocalDate date = f.required("date", Fields::date);
        Boolean widowed = f.required("widowed", Fields::bool);
        Housing housing = f.required("housing", Fields.enumOf(Housing.class));
        List<Member> members = f.list("members", true, (n, at) -> member(ctxt, n, at));
        f.throwIfAny();
        try {
            return Household.of(id, members, widowed, housing, date);
        } catch (ValidationException e) {
            f.add(e);
            f.throwIfAny();
            throw e;
        }
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

    static void writeBand(Band band, Out gen, Ctx provider) throws IOException {
        gen.writeStartObject();
        gen.writeStringField("kind", band instanceof Band.Linear ? "linear" : band instanceof Band.Quadratic ? "quadratic"
                : band instanceof Band.Fixed ? "fixed" : "percent");
        gen.writeStringField("from", Json.text(band.from()));
        gen.writeStringField("to", band.to() == null ? null : Json.text(band.to()));
        if (band instanceof Band.Linear l) {
            gen.writeStringField("feeAtFrom", Json.text(l.feeAtFrom()));
            gen.writeStringField("feeAtTo", Json.text(l.feeAtTo()));
        } else if (band instanceof Band.Quadratic q) {
            gen.writeStringField("feeAtFrom", Json.text(q.feeAtFrom()));
            gen.writeStringField("feeAtTo", Json.text(q.feeAtTo()));
        } else if (band instanceof Band.Fixed fx) {
            gen.writeStringField("fee", Json.text(fx.fee()));
        } else if (band instanceof Band.Percent pc) {
            gen.writeStringField("percent", Json.text(pc.percent()));
        }
        gen.writeEndObject();
    }

    static Band band(Node n, String at) {
        String kind = n.path("kind").asText("");
        List<String> known = switch (kind) {
            case "linear", "quadratic" -> List.of("kind", "from", "to", "feeAtFrom", "feeAtTo");
            case "fixed" -> List.of("kind", "from", "to", "fee");
            case "percent" -> List.of("kind", "from", "to", "percent");
            default -> throw Json.fail("FSR-JSON-TYPE", Json.at(at, "kind"), n.get("kind"), "one of linear, quadratic, fixed, percent");
        };
        Fields f = Fields.of(n, at, "band " + kind, known);
        Euro from = f.required("from", Json::euro);
        boolean curve = kind.equals("linear") || kind.equals("quadratic");
        Euro to = curve ? f.required("to", Json::euro) : f.optional("to", Json::euro);
        Band b = switch (kind) {
            case "linear", "quadratic" -> {
                Euro a = f.required("feeAtFrom", Json::euro);
                Euro z = f.required("feeAtTo", Json::euro);
                yield f.failed() ? null : kind.equals("linear") ? new Band.Linear(from, to, a, z) : new Band.Quadratic(from, to, a, z);
            }
            case "fixed" -> {
                Euro fee = f.required("fee", Json::euro);
                yield f.failed() ? null : new Band.Fixed(from, to, fee);
            }
            default -> {
                it.fsr.core.money.Rate pct = f.required("percent", Json::rate);
                yield f.failed() ? null : new Band.Percent(from, to, pct);
            }
        };
        f.throwIfAny();
        return b;
    }

    private static final List<String> SCHEDULE_FIELDS = List.of("name", "source", "service", "kind", "unit", "cost", "isee", "useFf",
            "exemptUpTo", "fullCostAbove", "noAccessAbove", "bands", "rounding", "rettaDay", "personalAllowanceMonth", "period", "unitsPerYear",
            "unitLabel", "users", "noIsee", "nonResident", "rankShares", "disabilityExemptUpTo", "disabilityShare");

    static void writeSchedule(Schedule s, Out gen, Ctx provider) throws IOException {
        gen.writeStartObject();
        gen.writeStringField("name", s.name());
        gen.writeStringField("source", s.source());
        gen.writeStringField("service", s.service());
        gen.writeStringField("kind", s.kind().name());
        gen.writeStringField("unit", s.unit().name());
        gen.writeStringField("cost", Json.text(s.cost()));
        gen.writeStringField("isee", s.isee().name());
        gen.writeBooleanField("useFf", s.useFf());
        writeEuro(gen, "exemptUpTo", s.exemptUpTo());
        writeEuro(gen, "fullCostAbove", s.fullCostAbove());
        writeEuro(gen, "noAccessAbove", s.noAccessAbove());
        provider.defaultSerializeField("bands", s.bands(), gen);
        gen.writeStringField("rounding", s.rounding().name());
        writeEuro(gen, "rettaDay", s.rettaDay());
        writeEuro(gen, "personalAllowanceMonth", s.personalAllowanceMonth());
        gen.writeStringField("period", s.period() == null ? null : s.period().name());
        if (s.unitsPerYear() == null) {
            gen.writeNullField("unitsPerYear");
        } else {
            gen.writeNumberField("unitsPerYear", s.unitsPerYear());
        }
        boolean ownLabel = !s.unitLabel().equals(s.unit().name().toLowerCase(java.util.Locale.ROOT));
        gen.writeStringField("unitLabel", ownLabel ? s.unitLabel() : null);
        gen.writeStringField("users", s.users() == null ? null : s.users().name());
        gen.writeStringField("noIsee", fallback(s.noIsee()));
        gen.writeStringField("nonResident", fallback(s.nonResident()));
        gen.writeObjectFieldStart("rankShares");
        for (var e : s.rankShares().entrySet()) {
            gen.writeStringField(String.valueOf(e.getKey()), Json.text(e.getValue()));
        }
        gen.writeEndObject();
        writeEuro(gen, "disabilityExemptUpTo", s.disabilityExemptUpTo());
        gen.writeStringField("disabilityShare", s.disabilityShare() == null ? null : Json.text(s.disabilityShare()));
        gen.writeEndObject();
    }

    /** A fallback as the schedule file writes it: {@code top_band}, {@code full_cost}, {@code fee:12.50}; null for none. */
    private static String fallback(Schedule.Fallback f) {
        if (f == null) {
            return null;
        }
        return switch (f.kind()) {
            case TOP_BAND -> "top_band";
            case FULL_COST -> "full_cost";
            case FEE -> "fee:" + Json.text(f.fee());
        };
    }

    private static Schedule.Fallback fallback(Node n, String field) {
        String t = Fields.text(n, field);
        if (t.equals("top_band")) {
            return new Schedule.Fallback(Schedule.FallbackKind.TOP_BAND, null);
        }
        if (t.equals("full_cost")) {
            return new Schedule.Fallback(Schedule.FallbackKind.FULL_COST, null);
        }
        if (t.startsWith("fee:")) {
            return new Schedule.Fallback(Schedule.FallbackKind.FEE, Json.euro(Node.string(t.substring(4)), field));
        }
        throw Json.fail("FSR-JSON-TYPE", field, n, "one of top_band, full_cost, fee:AMOUNT");
    }

    private static void writeEuro(Out gen, String name, Euro e) throws IOException {
        gen.writeStringField(name, e == null ? null : Json.text(e));
    }

    /**
     * A tariff schedule: {@code name}, {@code kind}, {@code unit}, {@code cost}, {@code isee}, {@code useFf} and
     * {@code rounding} required (each decides what a user pays); thresholds, bands and the retta as the act
     * sets them, absent when it sets none.
     */
    static Schedule readSchedule(Node tree, String path, Ctx ctxt) {
        Fields f = Fields.of(tree, path, "Schedule", SCHEDULE_FIELDS);
        Schedule.Builder b = Schedule.builder(f.required("name", Fields::text));
        b.source(f.optional("source", Fields::text));
        b.service(f.optional("service", Fields::text));
        b.kind(f.required("kind", Fields.enumOf(Schedule.Kind.class)));
        b.unit(f.required("unit", Fields.enumOf(Schedule.Unit.class)));
        b.cost(f.required("cost", Json::euro));
        b.isee(f.required("isee", Fields.enumOf(it.fsr.isee.Variant.class)));
        Boolean useFf = f.required("useFf", Fields::bool);
        if (useFf != null) {
            b.useFf(useFf);
        }
        b.exemptUpTo(f.optional("exemptUpTo", Json::euro));
        b.fullCostAbove(f.optional("fullCostAbove", Json::euro));
        b.noAccessAbove(f.optional("noAccessAbove", Json::euro));
        f.list("bands", false, InputCodecs::band).forEach(b::band);
        RoundingMode rounding = f.required("rounding", Fields.enumOf(RoundingMode.class));
        if (rounding != null) {
            b.rounding(rounding);
        }
        b.rettaDay(f.optional("rettaDay", Json::euro));
        b.personalAllowanceMonth(f.optional("personalAllowanceMonth", Json::euro));
        b.period(f.optional("period", Fields.enumOf(Schedule.Period.class)));
        Long upy = f.optional("unitsPerYear", Fields::integer);
        if (upy != null) {
            if (upy < 1 || upy > 366 * 24) {
                f.add(ValidationException.of("unitsPerYear", upy, "must be between 1 and " + 366 * 24));
            } else {
                b.unitsPerYear(upy.intValue());
            }
        }
        b.unitLabel(f.optional("unitLabel", Fields::text));
        b.users(f.optional("users", Fields.enumOf(Schedule.UserGroup.class)));
        b.noIsee(f.optional("noIsee", InputCodecs::fallback));
        b.nonResident(f.optional("nonResident", InputCodecs::fallback));
        Node ranks = tree.get("rankShares");
        if (ranks != null && !ranks.isNull()) {
            if (!ranks.isObject()) {
                f.add(Json.fail("FSR-JSON-TYPE", "rankShares", ranks, "an object of rank → share (\"2\": \"80%\")"));
            } else {
                for (var it = ranks.fields(); it.hasNext();) {
                    var e = it.next();
                    String at = "rankShares." + e.getKey();
                    if (!e.getKey().matches("\\d{1,2}") || Integer.parseInt(e.getKey()) < 2) {
                        f.add(Json.fail("FSR-JSON-TYPE", at, e.getKey(), "a rank from 2"));
                        continue;
                    }
                    try {
                        b.rankShare(Integer.parseInt(e.getKey()), Json.rate(e.getValue(), at));
                    } catch (ValidationException x) {
                        f.add(x);
                    }
                }
            }
        }
        b.disabilityExemptUpTo(f.optional("disabilityExemptUpTo", Json::euro));
        b.disabilityShare(f.optional("disabilityShare", Json::rate));
        f.throwIfAny();
        try {
            return b.build();
        } catch (ValidationException e) {
            f.add(e);
            f.throwIfAny();
            throw e;
        }
    }
}

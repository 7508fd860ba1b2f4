package it.fsr.json;

import it.fsr.core.money.Euro;
import it.fsr.core.validation.ValidationException;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.math.RoundingMode;
import java.util.function.Function;
import it.fsr.isee.IseeAttestation;
import it.fsr.isee.compartecipazione.Band;
import it.fsr.isee.compartecipazione.Schedule;
import it.fsr.isee.veneto.Household;
import it.fsr.isee.veneto.Housing;
import it.fsr.isee.veneto.Member;

/**
 * The documents of fsr-isee that are classes, not records: a {@link Household}, an {@link IseeAttestation}, a
 * compartecipazione {@link Schedule} and its {@link Band}s. Each is read through its public factory or builder, which
 * validates; the fields that decide money are required, and every problem is listed at once with its JSON path. Loaded
 * only when fsr-isee is on the class path ({@link IseePart}).
 */
final class IseeCodecs {
    private IseeCodecs() {
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
        f.list("bands", false, IseeCodecs::band).forEach(b::band);
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
        b.noIsee(f.optional("noIsee", IseeCodecs::fallback));
        b.nonResident(f.optional("nonResident", IseeCodecs::fallback));
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

    static void writeAttestation(IseeAttestation value, Out gen, Ctx provider) throws IOException {
        gen.writeStartObject();
        gen.writeStringField("isee", Json.text(value.isee()));
        gen.writeStringField("scale", value.scale().toPlainString());
        if (value.ise().isPresent()) {
            gen.writeStringField("ise", Json.text(value.ise().get()));
        } else {
            gen.writeNullField("ise");
        }
        gen.writeEndObject();
    }

    /** An attestation: {@code isee} and {@code scale} required, {@code ise} optional (null when the attestation has none). */
    static IseeAttestation readAttestation(Node tree, String path, Ctx ctxt) {
        Fields r = Fields.of(tree, path, "IseeAttestation", List.of("isee", "scale", "ise"));
        Euro isee = r.required("isee", Json::euro);
        BigDecimal scale = r.required("scale", Fields::decimal);
        Euro ise = r.optional("ise", Json::euro);
        r.throwIfAny();
        return ise == null ? IseeAttestation.of(isee, scale) : IseeAttestation.of(isee, scale, ise);
    }
}

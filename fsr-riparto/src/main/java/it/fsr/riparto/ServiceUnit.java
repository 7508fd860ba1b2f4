package it.fsr.riparto;

import it.fsr.core.money.Euro;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import it.fsr.core.validation.ValidationException;
import it.fsr.core.validation.Violations;
import java.util.Optional;

/**
 * A service unit (unità d'offerta) applying for the FSR, with the previous year's figures
 * (FSR 2025 → consuntivo 2024, Avviso §3) and the facts its eligibility depends on (Avviso §2, §4.1).
 *
 * <p>Amounts are euro of the previous year; {@code costs} are total costs <em>including</em>
 * investments (the riparto nets them out). Which fields matter depends on the service type's rule:
 * PROPORTIONAL by eligible spend reads {@code eligibleSpend}; SAD reads the personnel, complementary
 * and revenue fields; PER-DAY reads {@code residentDays}; WEIGHTED reads {@code indicators} (and for
 * CRD {@code personnelCost} and {@code generalCost}). Immutable and thread-safe; build with
 * {@link #builder(String, ServiceType)}. Validation happens in the riparto, so that every unit's
 * problems are reported together.
 */
public final class ServiceUnit {
    private final String id;
    private final String cudes;
    private final String name;
    private final String operator;
    private final String comune;
    private final ServiceType type;
    private final boolean authorised;
    private final boolean seatedInAmbito;
    private final LocalDate activityStart;
    private final LocalDate activityEnd;
    private final Euro costs;
    private final Euro investments;
    private final Euro revenues;
    private final Euro eligibleSpend;
    private final Euro personnelCost;
    private final Euro complementaryCost;
    private final Euro complementaryOnlyCost;
    private final Euro userPayments;
    private final Euro otherRevenues;
    private final Euro generalCost;
    private final long residentDays;
    private final Boolean minoriWebDeclared;
    private final Map<Indicator, BigDecimal> indicators;
    /** The indicators' own map, behind {@link #indicators}: read (never written) by the riparto's rules, as an EnumMap. */
    private final EnumMap<Indicator, BigDecimal> indicatorMap;

    private ServiceUnit(Builder b) {
        id = b.id;
        cudes = b.cudes;
        name = b.name == null ? b.id : b.name;
        operator = b.operator == null ? "" : b.operator;
        comune = b.comune == null ? "" : b.comune;
        type = b.type;
        authorised = b.authorised;
        seatedInAmbito = b.seatedInAmbito;
        activityStart = b.activityStart;
        activityEnd = b.activityEnd;
        costs = b.costs;
        investments = b.investments;
        revenues = b.revenues;
        eligibleSpend = b.eligibleSpend;
        personnelCost = b.personnelCost;
        complementaryCost = b.complementaryCost;
        complementaryOnlyCost = b.complementaryOnlyCost;
        userPayments = b.userPayments;
        otherRevenues = b.otherRevenues;
        generalCost = b.generalCost;
        residentDays = b.residentDays == null ? 0 : b.residentDays;
        minoriWebDeclared = b.minoriWebDeclared;
        indicatorMap = new EnumMap<>(b.indicators);
        indicators = Collections.unmodifiableMap(indicatorMap);
    }

    /** A builder for a unit with this id and service type. */
    public static Builder builder(String id, ServiceType type) {
        return new Builder(id, type);
    }

    /** The unit's id in the riparto (unique). */
    public String id() {
        return id;
    }

    /** The CUDES code in the AFAM register, if any. */
    public Optional<String> cudes() {
        return Optional.ofNullable(cudes).filter(s -> !s.isBlank());
    }

    /** The unit's name. */
    public String name() {
        return name;
    }

    /** The ente gestore (operator). */
    public String operator() {
        return operator;
    }

    /** The Comune where the unit is. */
    public String comune() {
        return comune;
    }

    /** The service type. */
    public ServiceType type() {
        return type;
    }

    /** Whether it is in regular operation: authorisation, DIA or CPE under L.R. 3/2008 (Avviso §4.1 n. 1). */
    public boolean authorised() {
        return authorised;
    }

    /** Whether it is seated in the Ambito (Avviso §2). */
    public boolean seatedInAmbito() {
        return seatedInAmbito;
    }

    /** The day it started activity, if known. */
    public Optional<LocalDate> activityStart() {
        return Optional.ofNullable(activityStart);
    }

    /** The day it ceased (last day of activity), if it did. */
    public Optional<LocalDate> activityEnd() {
        return Optional.ofNullable(activityEnd);
    }

    /** Total costs of the previous year, investments included. */
    public Euro costs() {
        return costs;
    }

    /** Investment spending included in the costs. */
    public Euro investments() {
        return investments;
    }

    /** Revenues of the previous year. */
    public Euro revenues() {
        return revenues;
    }

    /** The declared eligible spend (affido, ADM), if any. */
    public Optional<Euro> eligibleSpend() {
        return Optional.ofNullable(eligibleSpend);
    }

    /**
     * Personnel cost (social and educational for SAD; all personnel for CRD). For a CRD, with {@link #generalCost()}, the
     * year's running costs, investments apart: the two never exceed {@code costs − investments}.
     */
    public Euro personnelCost() {
        return personnelCost;
    }

    /** SAD complementary costs. */
    public Euro complementaryCost() {
        return complementaryCost;
    }

    /** SAD complementary costs of users who received only complementary services (not eligible). */
    public Euro complementaryOnlyCost() {
        return complementaryOnlyCost;
    }

    /** Users' payments (SAD). */
    public Euro userPayments() {
        return userPayments;
    }

    /** Other revenues, FNPS included (SAD). */
    public Euro otherRevenues() {
        return otherRevenues;
    }

    /** General costs (CRD): running costs other than personnel, investments apart. */
    public Euro generalCost() {
        return generalCost;
    }

    /** Days of presence of users resident in the Ambito (per-day rule). */
    public long residentDays() {
        return residentDays;
    }

    /** Whether the Minori Web declaration was filed (residential minors; null if not stated). */
    public Optional<Boolean> minoriWebDeclared() {
        return Optional.ofNullable(minoriWebDeclared);
    }

    /** The declared indicator values (yes/no as 1/0). */
    public Map<Indicator, BigDecimal> indicators() {
        return indicators;
    }

    /** The same indicators as their EnumMap, for the package's rules to copy and read without a wrapper (never written). */
    EnumMap<Indicator, BigDecimal> indicatorMap() {
        return indicatorMap;
    }

    /** The deficit: costs − investments − revenues (may be negative). */
    public Euro deficit() {
        return costs.minus(investments).minus(revenues);
    }

    @Override
    public String toString() {
        return "ServiceUnit[" + id + ", " + type + ", " + name + "]";
    }

    /** Builds a {@link ServiceUnit}. Not thread-safe. */
    public static final class Builder {
        private final String id;
        private final ServiceType type;
        private String cudes;
        private String name;
        private String operator;
        private String comune;
        private Boolean authorised;
        private Boolean seatedInAmbito;
        private LocalDate activityStart;
        private LocalDate activityEnd;
        private Euro costs = Euro.ZERO;
        private Euro investments = Euro.ZERO;
        private Euro revenues = Euro.ZERO;
        private Euro eligibleSpend;
        private Euro personnelCost = Euro.ZERO;
        private Euro complementaryCost = Euro.ZERO;
        private Euro complementaryOnlyCost = Euro.ZERO;
        private Euro userPayments = Euro.ZERO;
        private Euro otherRevenues = Euro.ZERO;
        private Euro generalCost = Euro.ZERO;
        private Long residentDays;
        private Boolean minoriWebDeclared;
        private final Map<Indicator, BigDecimal> indicators = new EnumMap<>(Indicator.class);

        private Builder(String id, ServiceType type) {
            this.id = it.fsr.core.validation.ValidationException.requireNonNull(id, "id");
            this.type = it.fsr.core.validation.ValidationException.requireNonNull(type, "type");
        }

        /** The CUDES code. */
        public Builder cudes(String v) { cudes = v; return this; }
        /** The name. */
        public Builder name(String v) { name = v; return this; }
        /** The ente gestore. */
        public Builder operator(String v) { operator = v; return this; }
        /** The Comune. */
        public Builder comune(String v) { comune = v; return this; }
        /** Regular operation: authorisation, DIA or CPE under L.R. 3/2008. Required: it has no default. */
        public Builder authorised(boolean v) { authorised = v; return this; }
        /** Seated in the Ambito. Required: it has no default. */
        public Builder seatedInAmbito(boolean v) { seatedInAmbito = v; return this; }
        /** Start of activity. */
        public Builder activityStart(LocalDate v) { activityStart = v; return this; }
        /** Last day of activity. */
        public Builder activityEnd(LocalDate v) { activityEnd = v; return this; }
        /** Total costs, investments included. */
        public Builder costs(Euro v) { costs = it.fsr.core.validation.ValidationException.requireNonNull(v, "v"); return this; }
        /** Investments. */
        public Builder investments(Euro v) { investments = it.fsr.core.validation.ValidationException.requireNonNull(v, "v"); return this; }
        /** Revenues. */
        public Builder revenues(Euro v) { revenues = it.fsr.core.validation.ValidationException.requireNonNull(v, "v"); return this; }
        /** Declared eligible spend. */
        public Builder eligibleSpend(Euro v) { eligibleSpend = v; return this; }
        /** Personnel cost. */
        public Builder personnelCost(Euro v) { personnelCost = it.fsr.core.validation.ValidationException.requireNonNull(v, "v"); return this; }
        /** SAD complementary costs. */
        public Builder complementaryCost(Euro v) { complementaryCost = it.fsr.core.validation.ValidationException.requireNonNull(v, "v"); return this; }
        /** SAD complementary-only costs. */
        public Builder complementaryOnlyCost(Euro v) { complementaryOnlyCost = it.fsr.core.validation.ValidationException.requireNonNull(v, "v"); return this; }
        /** SAD users' payments. */
        public Builder userPayments(Euro v) { userPayments = it.fsr.core.validation.ValidationException.requireNonNull(v, "v"); return this; }
        /** SAD other revenues (FNPS included). */
        public Builder otherRevenues(Euro v) { otherRevenues = it.fsr.core.validation.ValidationException.requireNonNull(v, "v"); return this; }
        /** CRD general costs. */
        public Builder generalCost(Euro v) { generalCost = it.fsr.core.validation.ValidationException.requireNonNull(v, "v"); return this; }
        /** Days of presence of resident users: required for the per-day types, where it decides the money. */
        public Builder residentDays(long v) { residentDays = v; return this; }
        /** Minori Web declaration filed: required for residential services for minors (Avviso §4.1 n. 5). */
        public Builder minoriWebDeclared(Boolean v) { minoriWebDeclared = v; return this; }
        /** An indicator value (yes/no as 1 or 0). */
        public Builder indicator(Indicator i, BigDecimal v) { indicators.put(i, it.fsr.core.validation.ValidationException.requireNonNull(v, "v")); return this; }
        /** An indicator value. */
        public Builder indicator(Indicator i, long v) { return indicator(i, BigDecimal.valueOf(v)); }
        /** A yes/no indicator. */
        public Builder indicator(Indicator i, boolean v) { return indicator(i, v ? BigDecimal.ONE : BigDecimal.ZERO); }

        /**
         * The unit.
         *
         * @throws ValidationException when an eligibility condition is not stated: regular operation and
         *     seat in the Ambito decide whether the unit is funded, so neither has a default
         */
        public ServiceUnit build() {
            Violations v = new Violations();
            // a blank id is the plan's to report with the unit's position; any other id must be a valid one
            if (!id.isBlank()) {
                it.fsr.core.validation.Ids.check(id, "unit.id", v);
            }
            v.check(authorised != null, "units[" + id + "].authorised", "null",
                    "is required: state whether the unit is in regular operation (L.R. 3/2008; Avviso FSR 2025 §4.1 n. 1)");
            v.check(seatedInAmbito != null, "units[" + id + "].seatedInAmbito", "null",
                    "is required: state whether the unit is seated in the Ambito (Avviso FSR 2025 §2)");
            // what decides the unit's money has no default: 0 days or a "no" must be written, never left blank
            if (type.rule() == RuleKind.PER_DAY_MINIMUM && residentDays == null) {
                v.addCoded("FSR-UNIT-DAYS-REQUIRED", "units[" + id + "].residentDays", "");
            }
            if (type == ServiceType.RESIDENZIALE_MINORI && minoriWebDeclared == null) {
                v.addCoded("FSR-UNIT-MINORI-WEB-REQUIRED", "units[" + id + "].minoriWeb", "");
            }
            v.throwIfAny();
            return new ServiceUnit(this);
        }
    }
}

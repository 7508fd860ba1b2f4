package it.fsr.lep;

import it.fsr.core.money.Euro;
import it.fsr.core.money.Rate;
import it.fsr.core.parameter.ParameterSet;
import it.fsr.core.validation.Violations;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Every LEP indicator for a whole list of Comuni in one call, aggregated by group (Ambito or bacino),
 * by region and for the country, with the same rules as {@link SocialWorkers}, {@link NurseryCoverage}
 * and {@link TransportCoverage} but without building explanations.
 *
 * <p>Aggregates report both sums of the Comuni's needs and the need of the pooled figures (e.g.
 * Σ ceil(P<sub>i</sub>/5,000) versus ceil(ΣP/5,000)): the two differ a great deal, which is why the LEP
 * for social workers is set per Ambito.
 *
 * <p><b>The c. 797 contribution is the Ambito's</b> (L. 178/2020 art. 1 c. 797: social workers "assunti
 * dall'ambito, ovvero dai comuni che ne fanno parte", against the Ambito's population): each Ambito's
 * Comuni are pooled (Σ population, Σ workers) and the formula is applied once, in {@link Result#byAmbito()}.
 * A Comune's own figure ({@link Row#contribution797AsIfAlone()}) is information only and is never summed
 * into a total. A Comune given with no Ambito is measured on its own (it is then its own Ambito); an
 * Ambito with a Comune whose workers are unknown has no contribution (it cannot be stated). Stateless
 * and thread-safe.
 */
public final class LepBatch {

    /**
     * One Comune's data; any indicator may be missing (null) and is then skipped.
     *
     * @param id          ISTAT code or any unique id
     * @param name        name
     * @param region      region
     * @param group       Ambito or bacino it belongs to (may be null)
     * @param population  inhabitants
     * @param workers     social workers (FTE), or null
     * @param children    children aged 3–36 months, or null
     * @param places      nursery places, or null
     * @param enrolled    pupils with disabilities enrolled, or null
     * @param transported of them transported, or null
     * @param ambito      the Ambito territoriale sociale it belongs to (pools the c. 797 contribution), or null
     */
    public record Comune(String id, String name, String region, String group, long population, BigDecimal workers, Long children,
            Long places, Long enrolled, Long transported, String ambito) {
        /** Checks the id for null. */
        public Comune {
            it.fsr.core.validation.ValidationException.requireNonNull(id, "id");
        }

        /** A Comune with no Ambito stated. */
        public Comune(String id, String name, String region, String group, long population, BigDecimal workers, Long children,
                Long places, Long enrolled, Long transported) {
            this(id, name, region, group, population, workers, children, places, enrolled, transported, null);
        }

        /** A Comune with a population only. */
        public static Comune of(String id, String name, String region, String group, long population) {
            return new Comune(id, name, region, group, population, null, null, null, null, null, null);
        }

        /** A copy in this Ambito. */
        public Comune withAmbito(String name) {
            return new Comune(id, this.name, region, group, population, workers, children, places, enrolled, transported, name);
        }
    }

    /**
     * One Comune's figures.
     *
     * @param comune          the input
     * @param needed5000      workers needed for 1:5,000 (ceil)
     * @param needed6500      for 1:6,500
     * @param status          social-worker status, when workers are known
     * @param contribution797AsIfAlone c. 797 contribution the Comune would get were it an Ambito alone, when
     *     workers are known: information only, never summed (the contribution is the Ambito's)
     * @param placesNeededThreshold nursery places needed for the year's threshold, when known
     * @param placesNeededLep nursery places needed for 33%, when known
     * @param usersNeeded     transport users needed for the year's target, when known
     */
    public record Row(Comune comune, long needed5000, long needed6500, SocialWorkerStatus status, Euro contribution797AsIfAlone,
            Long placesNeededThreshold, Long placesNeededLep, Long usersNeeded) {
    }

    /**
     * Totals of a set of Comuni.
     *
     * @param name                  the group, region or "ITALIA"
     * @param comuni                how many Comuni
     * @param population            Σ inhabitants
     * @param workers               Σ workers (of the Comuni that report them)
     * @param needed5000Sum         Σ of each Comune's ceil(P/5,000)
     * @param needed5000Pooled      ceil(ΣP / 5,000)
     * @param needed6500Pooled      ceil(ΣP / 6,500)
     * @param children              Σ children 3–36 months
     * @param places                Σ places
     * @param placesNeededLepSum    Σ of each Comune's places needed for 33%
     * @param placesNeededLepPooled places needed for 33% of the pooled figures
     * @param usersNeededSum        Σ transport users needed
     * @param contribution797       Σ of the pooled c. 797 contributions of the Ambiti whose Comuni all lie in
     *     this set (a Comune with no Ambito counts as its own), never a sum of per-Comune figures
     */
    public record Aggregate(String name, long comuni, long population, BigDecimal workers, long needed5000Sum, long needed5000Pooled,
            long needed6500Pooled, long children, long places, long placesNeededLepSum, long placesNeededLepPooled, long usersNeededSum,
            Euro contribution797) {
    }

    /**
     * One Ambito's social workers, its Comuni pooled, and its c. 797 contribution computed once.
     *
     * @param ambito          the Ambito
     * @param comuni          its Comuni in the input
     * @param population      Σ inhabitants
     * @param workers         Σ workers, when every Comune reports them
     * @param status          its status on the pooled figures, when known
     * @param contribution797 the contribution on the pooled figures, when every Comune reports its workers
     */
    public record AmbitoSocialWorkers(String ambito, int comuni, long population, BigDecimal workers, SocialWorkerStatus status,
            Euro contribution797) {
    }

    /**
     * The batch's result.
     *
     * @param year     the year
     * @param rows     every Comune, in input order
     * @param byAmbito each Ambito's pooled social workers and c. 797 contribution, by name (Comuni with no
     *     Ambito appear under their own id)
     * @param byGroup  totals by group (Ambito or bacino)
     * @param byRegion totals by region
     * @param country  national totals
     * @param nurseryNationalTarget the national target of additional children (+142,000 from 2027)
     * @param transportNationalTarget the national target of additional pupils (+26,000 from 2027)
     */
    public record Result(int year, List<Row> rows, Map<String, AmbitoSocialWorkers> byAmbito, Map<String, Aggregate> byGroup, Map<String, Aggregate> byRegion, Aggregate country,
            long nurseryNationalTarget, long transportNationalTarget) {
        /** Copies the list and the maps, in their order. */
        public Result {
            rows = List.copyOf(rows);
            byAmbito = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byAmbito));
            byGroup = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byGroup));
            byRegion = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byRegion));
        }
    }

    private LepBatch() {
    }

    /**
     * Computes every indicator for every Comune.
     *
     * @throws it.fsr.core.validation.ValidationException listing every negative or impossible figure and
     *     duplicate id, or a year with no parameter
     */
    public static Result run(List<Comune> comuni, int year, ParameterSet parameters) {
        Violations v = new Violations();
        Set<String> ids = new HashSet<>();
        for (Comune c : comuni) {
            // the field names are built only for a check that fails: the national batch checks 7,904 Comuni each run
            boolean fresh = ids.add(c.id());
            boolean transportOk = c.transported() == null || c.transported() >= 0 && (c.enrolled() == null || c.transported() <= c.enrolled());
            if (!fresh || c.population() < 0 || c.workers() != null && c.workers().signum() < 0 || c.children() != null && c.children() < 0
                    || c.places() != null && c.places() < 0 || c.enrolled() != null && c.enrolled() < 0 || !transportOk) {
                String at = "comuni[" + c.id() + "]";
                v.check(fresh, at + ".id", c.id(), "is a duplicate id");
                v.check(c.population() >= 0, at + ".population", c.population(), "must not be negative");
                v.check(c.workers() == null || c.workers().signum() >= 0, at + ".socialWorkers", c.workers(), "must not be negative");
                v.check(c.children() == null || c.children() >= 0, at + ".children_3_36m", c.children(), "must not be negative");
                v.check(c.places() == null || c.places() >= 0, at + ".places", c.places(), "must not be negative");
                v.check(c.enrolled() == null || c.enrolled() >= 0, at + ".pupils_enrolled", c.enrolled(), "must not be negative");
                v.check(transportOk, at + ".pupils_transported", c.transported(), "must be between 0 and the pupils enrolled");
            }
        }
        v.throwIfAny();
        SocialWorkers.Ratios ratios = SocialWorkers.Ratios.of(parameters, year);
        int objective = ratios.objective();
        int lep = ratios.lep();
        Rate threshold = parameters.valueForYear(LepParameters.NURSERY_THRESHOLD, year);
        Rate nurseryLep = parameters.valueForYear(LepParameters.NURSERY_LEP, year);
        Rate transportTarget = hasTransport(comuni) ? parameters.valueForYear(LepParameters.TRANSPORT_TARGET, year) : null;
        List<Row> rows = new ArrayList<>(comuni.size());
        for (Comune c : comuni) {
            SocialWorkerStatus status = null;
            Euro contribution = null;
            if (c.workers() != null) {
                status = ratios.status(c.population(), c.workers());
                contribution = ratios.contribution(c.population(), c.workers());
            }
            Long nt = null;
            Long nl = null;
            if (c.children() != null && c.places() != null) {
                nt = NurseryCoverage.needed(threshold, c.children(), c.places());
                nl = NurseryCoverage.needed(nurseryLep, c.children(), c.places());
            }
            Long un = c.enrolled() != null && c.transported() != null && transportTarget != null
                    ? NurseryCoverage.needed(transportTarget, c.enrolled(), c.transported()) : null;
            rows.add(new Row(c, SocialWorkers.ceilDiv(c.population(), lep), SocialWorkers.ceilDiv(c.population(), objective), status,
                    contribution, nt, nl, un));
        }
        Ambiti ambiti = ambiti(rows, ratios);
        Map<String, IntList> groups = new LinkedHashMap<>();
        Map<String, IntList> regions = new LinkedHashMap<>();
        IntList all = new IntList(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            Comune c = rows.get(i).comune();
            if (c.group() != null) {
                groups.computeIfAbsent(c.group(), k -> new IntList(4)).add(i);
            }
            if (c.region() != null) {
                regions.computeIfAbsent(c.region(), k -> new IntList(64)).add(i);
            }
            all.add(i);
        }
        Map<String, Aggregate> byGroup = new LinkedHashMap<>();
        groups.forEach((k, rs) -> byGroup.put(k, aggregate(k, rows, rs, lep, objective, nurseryLep, ambiti)));
        Map<String, Aggregate> byRegion = new LinkedHashMap<>();
        regions.forEach((k, rs) -> byRegion.put(k, aggregate(k, rows, rs, lep, objective, nurseryLep, ambiti)));
        return new Result(year, rows, ambiti.byName(), byGroup, byRegion, aggregate("ITALIA", rows, all, lep, objective, nurseryLep, ambiti),
                parameters.valueForYear(LepParameters.NURSERY_NATIONAL_TARGET, Math.max(year, 2027)),
                parameters.valueForYear(LepParameters.TRANSPORT_NATIONAL_TARGET, Math.max(year, 2027)));
    }

    /** The Ambito a Comune's workers count for: its own, or the Comune itself when none is given. */
    private static String ambitoOf(Comune c) {
        return c.ambito() != null ? c.ambito() : c.id();
    }

    /** Row indices, without a boxed integer each. */
    private static final class IntList {
        private int[] at;
        private int size;

        IntList(int capacity) {
            at = new int[capacity];
        }

        void add(int i) {
            if (size == at.length) {
                at = java.util.Arrays.copyOf(at, size * 2);
            }
            at[size++] = i;
        }
    }

    /**
     * The Ambiti of a run: each row's Ambito as an index, and each Ambito's Comuni, in order of first appearance.
     *
     * @param ofRow   each row's Ambito index
     * @param pooled  each Ambito's pooled figures, by index
     * @param byName  the same, by name
     * @param scratch one counter per Ambito, zero between aggregates (a run's own)
     */
    private record Ambiti(int[] ofRow, AmbitoSocialWorkers[] pooled, Map<String, AmbitoSocialWorkers> byName, int[] scratch) {
    }

    /** Each Ambito's Comuni pooled, the c. 797 formula applied once on the pooled figures (L. 178/2020 art. 1 c. 797). */
    private static Ambiti ambiti(List<Row> rows, SocialWorkers.Ratios ratios) {
        int n = rows.size();
        Map<String, Integer> index = new java.util.HashMap<>(Math.max(16, n * 2));
        List<String> names = new ArrayList<>();
        int[] ofRow = new int[n];
        for (int i = 0; i < n; i++) {
            String name = ambitoOf(rows.get(i).comune());
            Integer k = index.putIfAbsent(name, names.size());
            if (k == null) {
                k = names.size();
                names.add(name);
            }
            ofRow[i] = k;
        }
        int m = names.size();
        int[] comuni = new int[m];
        int[] firstRow = new int[m];
        long[] population = new long[m];
        BigDecimal[] workers = new BigDecimal[m];
        boolean[] incomplete = new boolean[m];
        for (int i = 0; i < n; i++) {
            int k = ofRow[i];
            Comune c = rows.get(i).comune();
            if (comuni[k]++ == 0) {
                firstRow[k] = i;
                workers[k] = BigDecimal.ZERO;
            }
            population[k] += c.population();
            if (c.workers() == null) {
                incomplete[k] = true;
            } else {
                workers[k] = workers[k].add(c.workers());
            }
        }
        AmbitoSocialWorkers[] pooled = new AmbitoSocialWorkers[m];
        Map<String, AmbitoSocialWorkers> byName = new LinkedHashMap<>();
        for (int k = 0; k < m; k++) {
            SocialWorkerStatus status = null;
            Euro contribution = null;
            boolean complete = !incomplete[k];
            if (complete && comuni[k] == 1) {
                // an Ambito of one Comune: its pooled figures are the Comune's own, assessed once for its row
                Row only = rows.get(firstRow[k]);
                status = only.status();
                contribution = only.contribution797AsIfAlone();
            } else if (complete) {
                status = ratios.status(population[k], workers[k]);
                contribution = ratios.contribution(population[k], workers[k]);
            }
            pooled[k] = new AmbitoSocialWorkers(names.get(k), comuni[k], population[k], complete ? workers[k] : null, status, contribution);
            byName.put(names.get(k), pooled[k]);
        }
        return new Ambiti(ofRow, pooled, byName, new int[m]);
    }

    private static boolean hasTransport(List<Comune> comuni) {
        for (Comune c : comuni) {
            if (c.enrolled() != null && c.transported() != null) {
                return true;
            }
        }
        return false;
    }

    private static Aggregate aggregate(String name, List<Row> all, IntList set, int lep, int objective, Rate nurseryLep, Ambiti ambiti) {
        long population = 0;
        BigDecimal workers = BigDecimal.ZERO;
        long neededSum = 0;
        long children = 0;
        long places = 0;
        long placesNeeded = 0;
        long users = 0;
        // how many of each Ambito's Comuni lie in this set, for the Ambiti of more than one Comune it touches
        int[] inSet = ambiti.scratch();
        IntList touched = new IntList(16);
        int[] ofRow = ambiti.ofRow();
        for (int j = 0; j < set.size; j++) {
            int i = set.at[j];
            Row r = all.get(i);
            Comune c = r.comune();
            population += c.population();
            workers = c.workers() == null ? workers : workers.add(c.workers());
            neededSum += r.needed5000();
            if (c.children() != null && c.places() != null) {
                children += c.children();
                places += c.places();
                placesNeeded += r.placesNeededLep();
            }
            users += r.usersNeeded() == null ? 0 : r.usersNeeded();
            AmbitoSocialWorkers a = ambiti.pooled()[ofRow[i]];
            if (a.comuni() > 1 && inSet[ofRow[i]]++ == 0) {
                touched.add(ofRow[i]);
            }
        }
        long contribution = 0;
        for (int j = 0; j < set.size; j++) {
            AmbitoSocialWorkers a = ambiti.pooled()[ofRow[set.at[j]]];
            if (a.comuni() == 1 && a.contribution797() != null) {
                // an Ambito of one Comune lies in any set that holds its Comune
                contribution += a.contribution797().cents();
            }
        }
        for (int j = 0; j < touched.size; j++) {
            int k = touched.at[j];
            AmbitoSocialWorkers a = ambiti.pooled()[k];
            if (a.comuni() == inSet[k] && a.contribution797() != null) {
                contribution += a.contribution797().cents();
            }
            inSet[k] = 0;
        }
        return new Aggregate(name, set.size, population, workers, neededSum, SocialWorkers.ceilDiv(population, lep),
                SocialWorkers.ceilDiv(population, objective), children, places, placesNeeded,
                NurseryCoverage.needed(nurseryLep, children, places), users, Euro.ofCents(contribution));
    }
}

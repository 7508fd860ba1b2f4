package it.fsr.isee.dsu;

import it.fsr.core.money.Euro;
import it.fsr.core.parallel.Parts;
import it.fsr.core.validation.ValidationException;
import it.fsr.isee.Purpose;
import it.fsr.isee.Variant;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * The ISEE of many DSUs at once — a region recomputing a million DSUs — in the variant and for the purpose
 * of their {@link DsuColumns}: the same rule as {@link DsuCalculator} ({@link IseeRule}), each DSU's
 * figures kept in cents, no explanation built unless asked for one DSU ({@link Result#detail(int)}).
 * Parameters are resolved once per DSU date. The DSUs are cut into slices over the threads asked for; the
 * result is the same for every number of threads. Stateless and thread-safe.
 */
public final class DsuBatch {
    private DsuBatch() {
    }

    /**
     * The indicators of every DSU of a batch. Immutable: only figures are handed out, never an array.
     */
    public static final class Result {
        private final DsuColumns columns;
        private final long[] isr;
        private final long[] isp;
        private final long[] ise;
        private final long[] scale;
        private final byte[] scaleDigits;
        private final long[] isee;
        private final long[] componenteAggiuntiva;
        private final long[] assegnoUnico;
        private final long[] iseeFinal;

        private Result(DsuColumns c) {
            int n = c.size();
            columns = c;
            isr = new long[n];
            isp = new long[n];
            ise = new long[n];
            scale = new long[n];
            scaleDigits = new byte[n];
            isee = new long[n];
            componenteAggiuntiva = new long[n];
            assegnoUnico = new long[n];
            iseeFinal = new long[n];
        }

        /** How many DSUs. */
        public int size() {
            return isee.length;
        }

        /** DSU i's id. */
        public String id(int i) {
            return columns.id(i);
        }

        /** The variant of every DSU. */
        public Variant variant() {
            return columns.variant();
        }

        /** The purpose of every DSU. */
        public Purpose purpose() {
            return columns.purpose();
        }

        /** DSU i's equivalence scale, with the decimals of the weights summed. */
        public BigDecimal scale(int i) {
            return BigDecimal.valueOf(scale[i], scaleDigits[i]);
        }

        /** DSU i's Assegno unico neutralised (bonus nido), else zero, in cents. */
        public long assegnoUnicoNeutralisedCents(int i) {
            return assegnoUnico[i];
        }

        /** DSU i's ISR, in cents. */
        public long isrCents(int i) {
            return isr[i];
        }

        /** DSU i's ISP, in cents. */
        public long ispCents(int i) {
            return isp[i];
        }

        /** DSU i's ISE, in cents. */
        public long iseCents(int i) {
            return ise[i];
        }

        /** DSU i's ISEE, in cents. */
        public long iseeCents(int i) {
            return isee[i];
        }

        /** DSU i's componenti aggiuntive, in cents. */
        public long componenteAggiuntivaCents(int i) {
            return componenteAggiuntiva[i];
        }

        /** DSU i's final ISEE, in cents. */
        public long iseeFinalCents(int i) {
            return iseeFinal[i];
        }

        /**
         * DSU i's whole result with its explanation, computed again by the same rule (for the one DSU a
         * report explains): equal, figure by figure, to what {@link DsuCalculator#compute} gives that DSU.
         */
        public DsuResult detail(int i) {
            DsuColumns.Cursor view = columns.cursor().moveTo(i);
            IseeRule.Rules rules = IseeRule.Rules.of(columns.parameters(), view.date(), columns.purpose());
            Figures f = new Figures();
            IseeRule.compute(view, rules, columns.variant(), columns.purpose(), f);
            return DsuCalculator.result(view, rules, columns.variant(), columns.purpose(), f);
        }
    }

    /**
     * The ISEE of every DSU of {@code columns}, in their variant and for their purpose, on {@code threads} threads.
     *
     * @param threads at least 1
     */
    public static Result run(DsuColumns columns, int threads) {
        if (threads < 1) {
            throw ValidationException.of("threads", threads, "must be at least 1");
        }
        Result r = new Result(columns);
        Parts.slices(columns.size(), threads, (from, to) -> slice(columns, r, from, to));
        return r;
    }

    private static void slice(DsuColumns c, Result r, int from, int to) {
        Map<LocalDate, IseeRule.Rules> rulesByDate = new HashMap<>();
        DsuColumns.Cursor view = c.cursor();
        Figures f = new Figures();
        LocalDate lastDate = null;
        IseeRule.Rules rules = null;
        for (int i = from; i < to; i++) {
            view.moveTo(i);
            if (!view.date().equals(lastDate)) {
                lastDate = view.date();
                rules = rulesByDate.computeIfAbsent(lastDate, d -> IseeRule.Rules.of(c.parameters(), d, c.purpose()));
            }
            IseeRule.compute(view, rules, c.variant(), c.purpose(), f);
            r.isr[i] = f.isr;
            r.isp[i] = f.isp;
            r.ise[i] = f.ise;
            r.scale[i] = f.scaleUnits / POWERS[rules.scaleDigits - f.scaleDigitsUsed];
            r.scaleDigits[i] = (byte) f.scaleDigitsUsed;
            r.isee[i] = f.isee;
            r.componenteAggiuntiva[i] = f.componenteAggiuntivaTotal;
            r.assegnoUnico[i] = f.assegnoUnicoNeutralised;
            r.iseeFinal[i] = f.iseeFinal;
        }
    }

    private static final long[] POWERS = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000, 1_000_000_000};
}

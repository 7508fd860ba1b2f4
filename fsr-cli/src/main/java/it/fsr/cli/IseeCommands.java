package it.fsr.cli;

import it.fsr.core.csv.CsvRowWriter;

import it.fsr.core.parallel.Parts;
import it.fsr.core.explain.CsvDialect;
import it.fsr.core.money.Euro;
import it.fsr.core.validation.ValidationException;
import it.fsr.isee.io.HouseholdFiles;
import it.fsr.isee.veneto.ContributionDecision;
import it.fsr.isee.veneto.FattoreFamiglia;
import it.fsr.isee.veneto.FattoreFamigliaBatch;
import it.fsr.isee.veneto.FattoreFamigliaParameters;
import it.fsr.isee.veneto.Household;
import it.fsr.isee.veneto.HouseholdColumns;
import it.fsr.isee.veneto.HouseholdContributions;
import it.fsr.isee.IseeAttestation;
import it.fsr.isee.veneto.NurseryContribution;
import it.fsr.isee.veneto.RescaledIsee;
import it.fsr.isee.veneto.ServiceYear;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code fattore-famiglia} (one row per household) and {@code contributo-nido} (one row per child
 * attending a 0–3 service: the act pays per child; a household with none gets one excluded row).
 */
final class IseeCommands {
    private IseeCommands() {
    }

    /**
     * The most households of a chunk when the CSV is written as it is computed: a file of more households is read in
     * order ({@link HouseholdFiles#stream}). Scelta di fsr: ~100 bytes a household and ~30 a member, a few tens of MB.
     */
    static final int CHUNK = 100_000;

    static Output run(List<String> rest, boolean contribution, LocalDate today) {
        Args a = new Args(rest, contribution ? Set.of("households", "members", "date", "service-year") : Set.of("households", "members", "date"));
        ServiceYear serviceYear = contribution ? serviceYear(a) : null;
        Progress progress = Progress.of(a.flag("quiet"), a.lang());
        int threads = Runtime.getRuntime().availableProcessors();
        HouseholdFiles.Options files = new HouseholdFiles.Options(a.date(today), contribution, a.encoding(), threads, progress::code);
        FattoreFamigliaBatch.Options options = (contribution ? FattoreFamigliaBatch.Options.contribution(serviceYear)
                : FattoreFamigliaBatch.Options.rescaleOnly()).withThreads(threads).withParameters(RunParameters.current());
        Path households = a.path("households");
        Path members = a.path("members");
        if (a.format() == Args.Format.CSV && !a.flag("explain")) {
            return streamed(a, households, members, files, options, contribution, threads, progress);
        }
        HouseholdFiles.Read read = HouseholdFiles.read(households, members, files);
        FattoreFamigliaBatch.Result r = FattoreFamigliaBatch.run(read.columns(), options);
        progress.phase("nuclei calcolati", "households priced", r.size());
        CsvDialect dialect = a.outputDialect(read.dialect());
        return Output.of(report(a, read, r, contribution, dialect));
    }

    /**
     * The CSV of a region or of the country, written chunk by chunk as the households are read and priced: memory does
     * not grow with the rows. Every problem is still told at once; rows written before the first one are not a result
     * ({@link Incomplete}).
     */
    private static Output streamed(Args a, Path households, Path members, HouseholdFiles.Options files, FattoreFamigliaBatch.Options options,
            boolean contribution, int threads, Progress progress) {
        return out -> {
            long[] written = new long[2];
            try {
                HouseholdFiles.stream(households, members, files, CHUNK, chunk -> {
                    CsvDialect dialect = a.outputDialect(chunk.dialect());
                    // priced before the header is written: a parameter the run lacks leaves no output
                    FattoreFamigliaBatch.Result r = FattoreFamigliaBatch.run(chunk.columns(), options);
                    if (written[1] == 0) {
                        CsvRowWriter header = new CsvRowWriter(dialect);
                        header.row(header(contribution));
                        out.append(header.text());
                    }
                    written[0] += csv(r, contribution, dialect, threads, out);
                    long before = written[1];
                    written[1] += r.size();
                    if (written[1] / 1_000_000 > before / 1_000_000) {
                        // a country's run takes minutes: said each million households
                        progress.phase("nuclei calcolati finora", "households priced so far", written[1]);
                    }
                });
            } catch (ValidationException e) {
                out.flush();
                throw written[0] == 0 ? e : new Incomplete(e, written[0]);
            }
            out.flush();
            progress.phase("nuclei calcolati", "households priced", written[1]);
            progress.phase("righe scritte", "rows written", written[0]);
        };
    }

    /** The report with explanations (or in md or text): each household's detail from the batch. */
    private static String report(Args a, HouseholdFiles.Read read, FattoreFamigliaBatch.Result r, boolean contribution, CsvDialect dialect) {
        Table table = new Table(header(contribution));
        List<HouseholdContributions> priced = new ArrayList<>();
        Map<String, String> ambiti = new LinkedHashMap<>();
        for (int i = 0; i < r.size(); i++) {
            String id = r.householdId(i);
            if (read.ambiti().get(i) != null) {
                ambiti.put(id, read.ambiti().get(i));
            }
            FattoreFamigliaBatch.Detail detail = r.detail(i);
            RescaledIsee rescaled = detail.rescaled();
            if (contribution) {
                HouseholdContributions hc = detail.contributions().orElseThrow();
                priced.add(hc);
                for (ContributionDecision d : hc.decisions()) {
                    table.add(List.of(id, d.memberIdOrEmpty(), rescaled.nationalScale(), rescaled.ffScale(), rescaled.nationalIsee(),
                            rescaled.rescaled(), d.granted() ? d.amount() : "", d.granted() ? "granted" : "excluded",
                            d.exclusion().map(x -> x.code()).orElse("")), rescaled.explanation().then(d.explanation()),
                            id + (d.memberId() == null ? "" : "/" + d.memberId()));
                }
            } else {
                table.add(List.of(id, rescaled.nationalScale(), rescaled.ffScale(), rescaled.nationalIsee(), rescaled.rescaled(),
                        rescaled.capApplied() ? "yes" : "no"), rescaled.explanation(), id);
            }
        }
        String out = table.render(a.format(), a.lang(), a.flag("explain"), dialect);
        if (!contribution || a.format() == Args.Format.CSV) {
            return out;
        }
        return a.format() == Args.Format.HTML ? Html.withNote(out, totals(priced, ambiti, a).strip()) : out + totals(priced, ambiti, a);
    }

    static List<String> header(boolean contribution) {
        List<String> header = new ArrayList<>(List.of("household_id"));
        header.addAll(contribution ? List.of("member_id", "national_scale", "ff_scale", "isee", "isee_ff", "contribution", "status", "reason")
                : List.of("national_scale", "ff_scale", "isee", "isee_ff", "cap_applied"));
        return header;
    }

    /** The CSV rows of a chunk's result, formatted in parts on every core; how many rows were written. */
    private static long csv(FattoreFamigliaBatch.Result r, boolean contribution, CsvDialect dialect, int threads, java.io.PrintStream out) {
        int parts = Math.max(1, Math.min(threads, r.size() / 50_000));
        StringBuilder[] text = new StringBuilder[parts];
        Parts.run(parts, k -> text[k] = rows(r, (int) ((long) r.size() * k / parts), (int) ((long) r.size() * (k + 1) / parts),
                contribution, dialect));
        for (int k = 0; k < parts; k++) {
            out.append(text[k]);
            text[k] = null;
        }
        long rows = 0;
        for (int i = 0; i < r.size(); i++) {
            rows += contribution ? Math.max(1, r.childrenAttending(i)) : 1;
        }
        return rows;
    }

    /** Households [from, to) of the result as CSV rows: one a household, or one a child attending for the contribution. */
    private static StringBuilder rows(FattoreFamigliaBatch.Result r, int from, int to, boolean contribution, CsvDialect dialect) {
        CsvRowWriter w = new CsvRowWriter(dialect);
        int child = firstChild(r, from);
        for (int i = from; i < to; i++) {
            String scale = r.nationalScale(i).toPlainString();
            String ff = r.ffScale(i).toPlainString();
            if (!contribution) {
                w.text(r.householdId(i)).thenText(scale).thenText(ff).thenCents(r.iseeCents(i)).thenCents(r.iseeFfCents(i))
                        .thenText(r.capApplied(i) ? "yes" : "no").end();
                continue;
            }
            boolean granted = r.granted(i);
            String status = granted ? "granted" : "excluded";
            String reason = r.exclusion(i).map(x -> x.code()).orElse("");
            if (r.childrenAttending(i) == 0) {
                contributionRow(w, r, i, "", scale, ff, granted, status, reason);
            }
            for (; child < r.childCount() && r.childHousehold(child) == i; child++) {
                contributionRow(w, r, i, r.child(child).memberId(), scale, ff, granted, status, reason);
            }
        }
        return w.text();
    }

    private static void contributionRow(CsvRowWriter w, FattoreFamigliaBatch.Result r, int i, String member, String scale, String ff,
            boolean granted, String status, String reason) {
        w.text(r.householdId(i)).thenText(member).thenText(scale).thenText(ff).thenCents(r.iseeCents(i)).thenCents(r.iseeFfCents(i));
        if (granted) {
            w.thenCents(r.contributionCents(i));
        } else {
            w.thenText("");
        }
        w.thenText(status).thenText(reason).end();
    }

    /** The first child of a household at or after {@code household} (children are in household order). */
    private static int firstChild(FattoreFamigliaBatch.Result r, int household) {
        int lo = 0;
        int hi = r.childCount();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (r.childHousehold(mid) < household) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }


    /** The totals of the report: per household with a child attending, and per Ambito when the households file names one. */
    private static String totals(List<HouseholdContributions> priced, Map<String, String> ambiti, Args a) {
        boolean en = a.lang().getLanguage().equals("en");
        StringBuilder sb = new StringBuilder("\n").append(en ? "Total per household: " : "Totale per nucleo: ");
        List<String> parts = new ArrayList<>();
        Euro all = Euro.ZERO;
        for (HouseholdContributions hc : priced) {
            if (hc.total().isPositive()) {
                parts.add(hc.householdId() + " " + it.fsr.core.explain.ValueFormat.format(hc.total(), a.lang()));
            }
            all = all.plus(hc.total());
        }
        sb.append(parts.isEmpty() ? "—" : String.join("; ", parts)).append('\n');
        if (!ambiti.isEmpty()) {
            Map<String, Euro> byAmbito = HouseholdContributions.totalsByAmbito(priced.stream().filter(hc -> ambiti.containsKey(hc.householdId())).toList(),
                    ambiti);
            List<String> p = new ArrayList<>();
            byAmbito.forEach((k, e) -> p.add(k + " " + it.fsr.core.explain.ValueFormat.format(e, a.lang())));
            sb.append(en ? "Total per Ambito: " : "Totale per Ambito: ").append(String.join("; ", p)).append('\n');
        }
        return sb.append(en ? "Total: " : "Totale: ").append(it.fsr.core.explain.ValueFormat.format(all, a.lang())).append('\n').toString();
    }

    private static ServiceYear serviceYear(Args a) {
        String text = a.required("service-year");
        try {
            return ServiceYear.parse(text);
        } catch (ValidationException e) {
            throw new UsageException("--service-year must be a service year such as 2021/22, not " + text);
        }
    }

}

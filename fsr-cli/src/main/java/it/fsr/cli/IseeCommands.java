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

    static Output run(List<String> rest, boolean contribution, LocalDate today) {
        Args a = new Args(rest, contribution ? Set.of("households", "members", "date", "service-year") : Set.of("households", "members", "date"));
        ServiceYear serviceYear = contribution ? serviceYear(a) : null;
        Progress progress = Progress.of(a.flag("quiet"), a.lang());
        int threads = Runtime.getRuntime().availableProcessors();
        HouseholdFiles.Read read = HouseholdFiles.read(a.path("households"), a.path("members"),
                new HouseholdFiles.Options(a.date(today), contribution, a.encoding(), threads, progress::code));
        FattoreFamigliaBatch.Options options = (contribution ? FattoreFamigliaBatch.Options.contribution(serviceYear)
                : FattoreFamigliaBatch.Options.rescaleOnly()).withThreads(threads).withParameters(RunParameters.current());
        FattoreFamigliaBatch.Result r = FattoreFamigliaBatch.run(read.columns(), options);
        progress.phase("nuclei calcolati", "households priced", r.size());
        CsvDialect dialect = a.outputDialect(read.dialect());
        if (a.format() == Args.Format.CSV && !a.flag("explain")) {
            return csv(r, contribution, dialect, threads, progress);
        }
        return Output.of(report(a, read, r, contribution, dialect));
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

    /** The CSV report of a whole region, written from the batch's columns, formatted in parts on every core. */
    private static Output csv(FattoreFamigliaBatch.Result r, boolean contribution, CsvDialect dialect, int threads, Progress progress) {
        return out -> {
            CsvRowWriter header = new CsvRowWriter(dialect);
            header.row(header(contribution));
            out.append(header.text());
            int parts = Math.max(1, Math.min(threads, r.size() / 50_000));
            StringBuilder[] text = new StringBuilder[parts];
            Parts.run(parts, k -> text[k] = rows(r, (int) ((long) r.size() * k / parts), (int) ((long) r.size() * (k + 1) / parts),
                    contribution, dialect));
            for (int k = 0; k < parts; k++) {
                out.append(text[k]);
                text[k] = null;
            }
            out.flush();
            progress.phase("righe scritte", "rows written", contribution ? Math.max(r.size(), r.childCount()) : r.size());
        };
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

package it.fsr.cli;

import it.fsr.core.explain.CsvDialect;
import it.fsr.core.money.Euro;
import it.fsr.core.validation.ValidationException;
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

    /** One household read and validated, for the report with explanations. */
    private record Read(int line, String ambito, Household household, IseeAttestation attestation) {
    }

    static Output run(List<String> rest, boolean contribution, LocalDate today) {
        Args a = new Args(rest, contribution ? Set.of("households", "members", "date", "service-year") : Set.of("households", "members", "date"));
        Path hPath = a.path("households");
        Path mPath = a.path("members");
        String hFile = a.fileName("households");
        String mFile = a.fileName("members");
        LocalDate date = a.date(today);
        ServiceYear serviceYear = contribution ? serviceYear(a) : null;
        Progress progress = Progress.of(a.flag("quiet"), a.lang());
        if (a.format() == Args.Format.CSV && !a.flag("explain")) {
            return columnar(a, hPath, hFile, mPath, mFile, contribution, date, serviceYear, progress);
        }
        List<Read> households = new ArrayList<>();
        HouseholdFiles files = HouseholdFiles.read(hPath, hFile, mPath, mFile, a.encoding(), contribution, progress, 1);
        files.build(date, progress, 1, part -> (line, ambito, h, att) -> households.add(new Read(line, ambito, h, att)));
        NurseryContribution.Rule rule = contribution ? NurseryContribution.Rule.forServiceYear(FattoreFamigliaParameters.defaults(), serviceYear)
                : null;
        Table table = new Table(header(contribution));
        List<HouseholdContributions> priced = new ArrayList<>();
        Map<String, String> ambiti = new LinkedHashMap<>();
        for (Read read : households) {
            Household household = read.household();
            String id = household.id();
            if (read.ambito() != null) {
                ambiti.put(id, read.ambito());
            }
            RescaledIsee r = FattoreFamiglia.rescale(household, read.attestation());
            if (contribution) {
                HouseholdContributions hc = NurseryContribution.decide(household, r, rule);
                priced.add(hc);
                for (ContributionDecision d : hc.decisions()) {
                    table.add(List.of(id, d.memberIdOrEmpty(), r.nationalScale(), r.ffScale(), r.nationalIsee(), r.rescaled(),
                            d.granted() ? d.amount() : "", d.granted() ? "granted" : "excluded", d.exclusion().map(x -> x.code()).orElse("")),
                            r.explanation().then(d.explanation()), id + (d.memberId() == null ? "" : "/" + d.memberId()));
                }
            } else {
                table.add(List.of(id, r.nationalScale(), r.ffScale(), r.nationalIsee(), r.rescaled(), r.capApplied() ? "yes" : "no"),
                        r.explanation(), id);
            }
        }
        String out = table.render(a.format(), a.lang(), a.flag("explain"), a.outputDialect(files.dialect()));
        if (!contribution || a.format() == Args.Format.CSV) {
            return Output.of(out);
        }
        return Output.of(out + totals(priced, ambiti, a));
    }

    private static List<String> header(boolean contribution) {
        List<String> header = new ArrayList<>(List.of("household_id"));
        header.addAll(contribution ? List.of("member_id", "national_scale", "ff_scale", "isee", "isee_ff", "contribution", "status", "reason")
                : List.of("national_scale", "ff_scale", "isee", "isee_ff", "cap_applied"));
        return header;
    }

    /**
     * The CSV report of a whole region: the households go into {@link HouseholdColumns} as they are
     * validated, the batch prices them on every core, and the rows are written from the batch's columns.
     */
    private static Output columnar(Args a, Path hPath, String hFile, Path mPath, String mFile, boolean contribution, LocalDate date,
            ServiceYear serviceYear, Progress progress) {
        int threads = Runtime.getRuntime().availableProcessors();
        HouseholdFiles files = HouseholdFiles.read(hPath, hFile, mPath, mFile, a.encoding(), contribution, progress, threads);
        List<HouseholdColumns> built = new ArrayList<>();
        for (int k = 0; k < threads; k++) {
            built.add(new HouseholdColumns());
        }
        files.build(date, progress, threads, part -> (line, ambito, h, att) -> built.get(part).add(h, att));
        HouseholdColumns columns = built.get(0);
        for (int k = 1; k < threads; k++) {
            columns.addAll(built.get(k));
            built.set(k, null);
        }
        FattoreFamigliaBatch.Result r = contribution
                ? FattoreFamigliaBatch.run(columns, FattoreFamigliaParameters.defaults(), serviceYear, threads)
                : FattoreFamigliaBatch.rescale(columns, FattoreFamigliaParameters.defaults(), threads);
        progress.phase("nuclei calcolati", "households priced", r.size());
        CsvDialect dialect = a.outputDialect(files.dialect());
        return out -> {
            RowWriter header = new RowWriter(dialect);
            header.row(header(contribution));
            out.append(header.text());
            // the rows are formatted in parts on every core, then written in order
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
        RowWriter w = new RowWriter(dialect);
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
                contributionRow(w, r, i, r.childMember(child), scale, ff, granted, status, reason);
            }
        }
        return w.text();
    }

    private static void contributionRow(RowWriter w, FattoreFamigliaBatch.Result r, int i, String member, String scale, String ff,
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

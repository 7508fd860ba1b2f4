package it.fsr.cli;

import it.fsr.core.validation.ValidationException;
import it.fsr.core.validation.Violation;
import it.fsr.core.validation.Violations;
import it.fsr.isee.dsu.Dsu;
import it.fsr.isee.dsu.DsuBatch;
import it.fsr.isee.dsu.DsuColumns;
import it.fsr.isee.dsu.DsuCalculator;
import it.fsr.isee.dsu.DsuResult;
import it.fsr.isee.Purpose;
import it.fsr.isee.Variant;
import java.math.BigDecimal;
import it.fsr.core.explain.CsvDialect;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code isee}: the national ISEE from the DSU, one row per household, in the variant and for the
 * purpose asked ({@code --variant}, {@code --purpose}); {@code --other-children} gives the persons
 * outside the nucleus whose situation adds a componente aggiuntiva (the children of a beneficiary of
 * residential care; for minorenni and università, the non-cohabiting parent, by member id).
 */
final class DsuCommand {
    private DsuCommand() {
    }

    /** A DSU read from the files, with its line and the lines of its members and outside persons. */
    private record Located(Dsu dsu, int line, Map<String, Integer> memberLines, Map<String, Integer> outsideLines) {
    }

    private static final List<String> HEADER = List.of("household_id", "variant", "purpose", "isr", "isp", "ise", "scale", "isee",
            "componente_aggiuntiva", "isee_final");

    static Output run(List<String> rest, LocalDate today) {
        Args a = new Args(rest, Set.of("households", "members", "variant", "purpose", "other-children", "date"));
        Variant variant = choice(a.get("variant"), Variant.ORDINARIO, Variant.class, "variant");
        Purpose purpose = choice(a.get("purpose"), Purpose.ORDINARIO, Purpose.class, "purpose");
        String dFile = a.fileName("households");
        String mFile = a.fileName("members");
        Path dPath = a.path("households");
        Path mPath = a.path("members");
        String ocFile = a.get("other-children") == null ? null : a.fileName("other-children");
        Path ocPath = ocFile == null ? null : a.path("other-children");
        LocalDate date = a.date(today);
        Progress progress = Progress.of(a.flag("quiet"), a.lang());
        boolean explain = a.flag("explain");
        boolean columnar = !explain && variant == Variant.ORDINARIO && purpose != Purpose.BONUS_NIDO && a.format() == Args.Format.CSV;
        int threads = columnar ? Runtime.getRuntime().availableProcessors() : 1;
        DsuFiles files = DsuFiles.read(dPath, dFile, mPath, mFile, ocPath, ocFile, a.encoding(), purpose, progress, threads);
        if (columnar) {
            // the columnar batch: the same figures as DsuCalculator (a differential test holds them equal), without
            // building an explanation per household, on every core
            List<DsuColumns> parts = new ArrayList<>();
            List<Violations> found = new ArrayList<>();
            for (int k = 0; k < threads; k++) {
                int[] size = files.sizeOf(k, threads);
                parts.add(new DsuColumns(it.fsr.isee.dsu.DsuParameters.defaults(), size[0], size[1]));
                found.add(new Violations());
            }
            files.build(date, threads, part -> (dsu, line, memberLines, outsideLines) -> {
                try {
                    if (purpose != Purpose.ORDINARIO) {
                        // DsuColumns.add checks the ordinary ISEE's rules; another purpose's are checked here
                        DsuCalculator.validate(dsu, variant, purpose, it.fsr.isee.dsu.DsuParameters.defaults()).throwIfAny();
                    }
                    parts.get(part).add(dsu);
                } catch (ValidationException ex) {
                    Located l = new Located(dsu, line, memberLines, outsideLines);
                    for (Violation x : ex.violations()) {
                        found.get(part).add(x.at(where(x.field(), l, dFile, mFile, ocFile)));
                    }
                }
            });
            Violations v = files.problems();
            found.forEach(f -> f.list().forEach(v::add));
            Csv.throwIfAny(v);
            progress.phase("DSU controllate", "DSUs checked", files.households());
            CsvDialect dialect = a.outputDialect(files.dialect());
            files.release();
            // each part computed on its own thread, its rows written in order: no merged copy of the columns
            DsuBatch.Result[] results = new DsuBatch.Result[threads];
            Parts.run(threads, k -> results[k] = DsuBatch.run(parts.get(k), purpose, 1));
            int computed = parts.stream().mapToInt(DsuColumns::size).sum();
            progress.phase("DSU calcolate", "DSUs computed", computed);
            return out -> {
                RowWriter header = new RowWriter(dialect);
                header.row(HEADER);
                out.append(header.text());
                RowWriter w = new RowWriter(dialect);
                for (int k = 0; k < threads; k++) {
                    DsuColumns columns = parts.get(k);
                    DsuBatch.Result r = results[k];
                    for (int i = 0; i < columns.size(); i++) {
                        w.text(columns.id(i)).thenText(variant.code()).thenText(purpose.code()).thenCents(r.isr()[i]).thenCents(r.isp()[i])
                                .thenCents(r.ise()[i]).thenText(BigDecimal.valueOf(r.scale()[i], 2).toPlainString()).thenCents(r.isee()[i])
                                .thenCents(0).thenCents(r.isee()[i]).end();
                        if (w.text().length() > 1 << 16) {
                            out.append(w.text());
                            w.text().setLength(0);
                        }
                    }
                }
                out.append(w.text());
                out.flush();
                progress.phase("righe scritte", "rows written", computed);
            };
        }
        List<Located> dsus = new ArrayList<>();
        files.build(date, 1, part -> (dsu, line, memberLines, outsideLines) -> dsus.add(new Located(dsu, line, Map.copyOf(memberLines), outsideLines)));
        Violations v = files.problems();
        Table table = new Table(HEADER);
        for (Located l : dsus) {
            try {
                DsuResult res = DsuCalculator.compute(l.dsu(), variant, purpose);
                table.add(List.of(res.dsuId(), variant.code(), purpose.code(), res.isr(), res.isp(), res.ise(), res.scale(), res.isee(),
                        res.componenteAggiuntiva(), res.iseeFinal()), explain ? res.explanation() : null, res.dsuId());
            } catch (ValidationException ex) {
                for (Violation x : ex.violations()) {
                    v.add(x.at(where(x.field(), l, dFile, mFile, ocFile)));
                }
            }
        }
        Csv.throwIfAny(v);
        return Output.of(table.render(a.format(), a.lang(), explain, a.outputDialect(files.dialect())));
    }

    /** A violation's place as {@code file:line: column}: the member's, the other person's, or the household's line. */
    private static String where(String field, Located l, String dFile, String mFile, String ocFile) {
        String hh = l.dsu().id();
        java.util.regex.Matcher mm = java.util.regex.Pattern.compile("^member (.+?): (.+)$").matcher(field);
        if (mm.matches() && l.memberLines().containsKey(mm.group(1))) {
            return mFile + ":" + l.memberLines().get(mm.group(1)) + ": " + mm.group(2);
        }
        java.util.regex.Matcher om = java.util.regex.Pattern.compile("^outside (.+?): (.+)$").matcher(field);
        if (om.matches() && l.outsideLines().containsKey(om.group(1))) {
            return ocFile + ":" + l.outsideLines().get(om.group(1)) + ": " + om.group(2);
        }
        if (field.equals("child_id") && ocFile != null) {
            return ocFile + ": household_id=" + hh + ": child_id";
        }
        if (field.equals("relationship") || field.equals("member_id")) {
            return mFile + ": household_id=" + hh + ": " + field;
        }
        return dFile + ":" + l.line() + ": " + (field.equals("date") ? "--date" : field.equals("capoluogo_metropolitano")
                ? "capoluogo_metropolitano" : field);
    }

    private static <E extends Enum<E> & it.fsr.core.explain.Coded> E choice(String value, E dflt, Class<E> type, String option) {
        if (value == null) {
            return dflt;
        }
        return it.fsr.core.explain.Coded.find(type, value).orElseThrow(() -> new UsageException("--" + option + " " + value
                + ": use one of " + it.fsr.core.explain.Coded.codes(type)));
    }

}

package it.fsr.cli;

import it.fsr.core.csv.CsvRowWriter;
import it.fsr.core.explain.Coded;
import it.fsr.core.explain.CsvDialect;
import it.fsr.core.money.Euro;
import it.fsr.core.parallel.Parts;
import it.fsr.isee.Purpose;
import it.fsr.isee.Variant;
import it.fsr.isee.dsu.DsuBatch;
import it.fsr.isee.dsu.DsuParameters;
import it.fsr.isee.dsu.DsuResult;
import it.fsr.isee.io.DsuFiles;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * {@code isee}: the national ISEE from the DSU, one row per household, in the variant and for the
 * purpose asked ({@code --variant}, {@code --purpose}); {@code --other-children} gives the persons
 * outside the nucleus whose situation adds a componente aggiuntiva (the children of a beneficiary of
 * residential care; for minorenni and università, the non-cohabiting parent, by member id). The files
 * are read by {@link DsuFiles} and computed by {@link DsuBatch}, whatever the format: an explanation is the
 * batch's {@link DsuBatch.Result#detail(int)}.
 */
final class DsuCommand {
    private DsuCommand() {
    }

    static final List<String> HEADER = List.of("household_id", "variant", "purpose", "isr", "isp", "ise", "scale", "isee",
            "componente_aggiuntiva", "isee_final");

    static Output run(List<String> rest, LocalDate today) {
        Args a = new Args(rest, Set.of("households", "members", "variant", "purpose", "other-children", "date", "dsu-xml"));
        Variant variant = choice(a.get("variant"), Variant.ORDINARIO, Variant.class, "variant");
        Purpose purpose = choice(a.get("purpose"), Purpose.ORDINARIO, Purpose.class, "purpose");
        if (a.get("dsu-xml") != null) {
            return fromXml(a, variant, purpose);
        }
        Path dPath = a.path("households");
        Path mPath = a.path("members");
        Path ocPath = a.get("other-children") == null ? null : a.path("other-children");
        Progress progress = Progress.of(a.flag("quiet"), a.lang());
        int threads = Runtime.getRuntime().availableProcessors();
        DsuFiles.Read read = DsuFiles.read(dPath, mPath, ocPath, new DsuFiles.Options(a.date(today), variant, purpose,
                RunParameters.current(), a.encoding(), threads, progress::code));
        // each part computed on its own thread, its rows written in order: no merged copy of the columns
        int parts = read.parts().size();
        DsuBatch.Result[] results = new DsuBatch.Result[parts];
        Parts.run(parts, k -> results[k] = DsuBatch.run(read.parts().get(k), 1));
        progress.phase("DSU calcolate", "DSUs computed", read.size());
        CsvDialect dialect = a.outputDialect(read.dialect());
        boolean explain = a.flag("explain");
        if (a.format() != Args.Format.CSV || explain) {
            Table table = new Table(HEADER);
            for (DsuBatch.Result r : results) {
                for (int i = 0; i < r.size(); i++) {
                    DsuResult res = explain || a.format() == Args.Format.HTML ? r.detail(i) : null;
                    table.add(List.of(r.id(i), variant.code(), purpose.code(), Euro.ofCents(r.isrCents(i)), Euro.ofCents(r.ispCents(i)),
                            Euro.ofCents(r.iseCents(i)), r.scale(i), Euro.ofCents(r.iseeCents(i)), Euro.ofCents(r.componenteAggiuntivaCents(i)),
                            Euro.ofCents(r.iseeFinalCents(i))), res == null ? null : res.explanation(), r.id(i));
                }
            }
            return Output.of(table.render(a.format(), a.lang(), explain, dialect));
        }
        return out -> {
            CsvRowWriter header = new CsvRowWriter(dialect);
            header.row(HEADER);
            out.append(header.text());
            CsvRowWriter w = new CsvRowWriter(dialect);
            for (DsuBatch.Result r : results) {
                for (int i = 0; i < r.size(); i++) {
                    w.text(r.id(i)).thenText(variant.code()).thenText(purpose.code()).thenCents(r.isrCents(i)).thenCents(r.ispCents(i))
                            .thenCents(r.iseCents(i)).thenText(r.scale(i).toPlainString()).thenCents(r.iseeCents(i))
                            .thenCents(r.componenteAggiuntivaCents(i)).thenCents(r.iseeFinalCents(i)).end();
                    if (w.text().length() > 1 << 16) {
                        out.append(w.text());
                        w.text().setLength(0);
                    }
                }
            }
            out.append(w.text());
            out.flush();
            progress.phase("righe scritte", "rows written", read.size());
        };
    }

    /**
     * {@code --dsu-xml FILE|FOLDER}: DSUs in INPS's XML, read by {@link it.fsr.inps.dsu.DsuXml}, each computed by
     * {@link it.fsr.isee.dsu.DsuCalculator}; every problem of every file at once.
     */
    private static Output fromXml(Args a, Variant variant, Purpose purpose) {
        String given = a.get("dsu-xml");
        Path path = Path.of(given);
        if (!java.nio.file.Files.isDirectory(path)) {
            path = Args.regularFile(given);
        }
        it.fsr.core.parameter.ParameterSet p = RunParameters.current();
        List<it.fsr.inps.XmlFiles.Read<it.fsr.isee.dsu.Dsu>> read = it.fsr.inps.XmlFiles.read(path, bytes -> it.fsr.inps.dsu.DsuXml.read(bytes, p));
        it.fsr.core.validation.Violations v = new it.fsr.core.validation.Violations();
        Table table = new Table(HEADER);
        for (it.fsr.inps.XmlFiles.Read<it.fsr.isee.dsu.Dsu> r : read) {
            try {
                DsuResult res = it.fsr.isee.dsu.DsuCalculator.compute(r.value(), variant, purpose, p);
                table.add(List.of(res.dsuId(), variant.code(), purpose.code(), res.isr(), res.isp(), res.ise(), res.scale(), res.isee(),
                        res.componenteAggiuntiva(), res.iseeFinal()), res.explanation(), res.dsuId());
            } catch (it.fsr.core.validation.ValidationException e) {
                e.violations().forEach(x -> v.add(x.at(r.file() + ": " + x.field())));
            }
        }
        v.throwIfAny();
        return Output.of(table.render(a.format(), a.lang(), a.flag("explain"), a.outputDialect(CsvDialect.PLAIN)));
    }

    private static <E extends Enum<E> & Coded> E choice(String value, E dflt, Class<E> type, String option) {
        if (value == null) {
            return dflt;
        }
        return Coded.find(type, value).orElseThrow(() -> new UsageException("--" + option + " " + value + ": use one of " + Coded.codes(type)));
    }
}

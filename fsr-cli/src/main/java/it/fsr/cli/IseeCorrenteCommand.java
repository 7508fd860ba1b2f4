package it.fsr.cli;

import it.fsr.core.validation.ValidationException;
import it.fsr.core.validation.Violation;
import it.fsr.isee.Purpose;
import it.fsr.isee.Variant;
import it.fsr.isee.dsu.IseeCorrente;
import it.fsr.isee.io.CorrenteFiles;
import it.fsr.isee.io.DsuFiles;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code isee-corrente}: the ordinary and the corrente ISEE side by side, one row per household, with the condition
 * met and the end of validity, or the reason it is refused. The files are read by {@link CorrenteFiles}, each request
 * computed by {@link IseeCorrente#compute}; a refused request is a row with its reason, and the run ends with exit
 * code 1 when one is.
 */
final class IseeCorrenteCommand {
    private IseeCorrenteCommand() {
    }

    static final List<String> HEADER = List.of("household_id", "ordinary_isr", "ordinary_isp", "ordinary_isee", "current_isr",
            "current_isp", "scale", "current_isee", "conditions", "valid_until", "status", "reason");

    static Output run(List<String> rest, LocalDate today) {
        Args a = new Args(rest, Set.of("households", "members", "other-children", "requests", "changes", "date"));
        Path dPath = a.path("households");
        Path mPath = a.path("members");
        Path ocPath = a.get("other-children") == null ? null : a.path("other-children");
        Path rPath = a.path("requests");
        Path cPath = a.get("changes") == null ? null : a.path("changes");
        Locale lang = a.lang();
        List<CorrenteFiles.Case> cases = CorrenteFiles.read(dPath, mPath, ocPath, rPath, cPath, new DsuFiles.Options(a.date(today),
                Variant.ORDINARIO, Purpose.ORDINARIO, RunParameters.current(), a.encoding(), 1, (phase, count) -> { }));
        Table table = new Table(HEADER);
        int refused = 0;
        boolean explain = a.flag("explain");
        for (CorrenteFiles.Case c : cases) {
            try {
                IseeCorrente.Result r = IseeCorrente.compute(c.dsu(), c.request(), RunParameters.current());
                List<String> conditions = new ArrayList<>();
                r.conditions().forEach(x -> conditions.add(x.name().toLowerCase(Locale.ROOT)));
                table.add(List.of(c.dsu().id(), r.ordinary().isr(), r.ordinary().isp(), r.ordinary().isee(), r.isr(), r.isp(), r.scale(), r.isee(),
                        String.join(" ", conditions), r.validUntil(), lang == Locale.ENGLISH ? "granted" : "accolto", ""),
                        explain ? r.explanation() : null, c.dsu().id());
            } catch (ValidationException e) {
                Violation v = e.violations().get(0);
                if (e.violations().size() != 1 || !v.code().equals("FSR-CORRENTE-NO-CONDITION")) {
                    throw e;
                }
                refused++;
                table.add(List.of(c.dsu().id(), "", "", "", "", "", "", "", "", "", lang == Locale.ENGLISH ? "refused" : "rifiutato",
                        v.message(lang) + " [" + v.code() + "]"), null, c.dsu().id());
            }
        }
        Output out = Output.of(table.render(a.format(Args.Format.CSV), lang, explain));
        if (refused > 0) {
            throw new Partial(out, refused + " ISEE corrente request(s) refused: no condition of DPCM 159/2013 art. 9 is met",
                    refused + " richieste di ISEE corrente respinte: nessuna condizione del DPCM 159/2013 art. 9 è soddisfatta");
        }
        return out;
    }
}

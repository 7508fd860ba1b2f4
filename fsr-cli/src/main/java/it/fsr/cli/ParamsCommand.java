package it.fsr.cli;

import it.fsr.core.money.Rate;
import it.fsr.core.parameter.DatedValue;
import it.fsr.core.parameter.Parameter;
import it.fsr.core.parameter.ParameterSet;
import it.fsr.riparto.RipartoParameters;
import it.fsr.isee.veneto.FattoreFamigliaParameters;
import it.fsr.lep.LepParameters;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code params}: every parameter in force during a year, with its value, date, end of window and source:
 * the value in force on 1 January and every value that starts during the year (a service-year edition
 * from 1 September appears beside the one it follows).
 */
final class ParamsCommand {
    private ParamsCommand() {
    }

    static String run(List<String> rest, int currentYear) {
        Args a = new Args(rest, Set.of("year"));
        int year = a.year(currentYear);
        ParameterSet all = ParameterSet.union(RipartoParameters.defaults(), it.fsr.isee.dsu.DsuParameters.defaults(), FattoreFamigliaParameters.defaults(),
                LepParameters.defaults());
        LocalDate first = LocalDate.of(year, 1, 1);
        Table t = new Table(List.of("name", "value", "valid_from", "source", "valid_until"));
        for (Parameter<?> p : all.all()) {
            for (DatedValue<?> v : inForceDuring(p, first, LocalDate.of(year, 12, 31))) {
                Object value = v.value() instanceof Rate r ? r.toString() : v.value();
                t.add(List.of(p.key().name(), value, v.validFrom().toString(), v.source(), v.validUntil() == null ? "" : v.validUntil().toString()),
                        null, p.key().name() + "@" + v.validFrom());
            }
        }
        return t.render(a.format(), a.lang(), false, a.outputDialect(it.fsr.core.explain.CsvDialect.PLAIN));
    }

    private static List<DatedValue<?>> inForceDuring(Parameter<?> p, LocalDate first, LocalDate last) {
        List<DatedValue<?>> out = new ArrayList<>();
        List<? extends DatedValue<?>> h = p.history();
        for (int i = 0; i < h.size(); i++) {
            DatedValue<?> v = h.get(i);
            boolean startsInYear = !v.validFrom().isBefore(first) && !v.validFrom().isAfter(last);
            boolean inForceOnFirst = v.coversDate(first) && (i + 1 == h.size() || h.get(i + 1).validFrom().isAfter(first));
            if (startsInYear || inForceOnFirst) {
                out.add(v);
            }
        }
        return out;
    }
}

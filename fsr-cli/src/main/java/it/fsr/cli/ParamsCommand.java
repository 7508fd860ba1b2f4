package it.fsr.cli;

import it.fsr.core.money.Rate;
import it.fsr.core.parameter.DatedValue;
import it.fsr.core.parameter.Parameter;
import it.fsr.core.parameter.ParameterSet;
import it.fsr.core.riparto.RipartoParameters;
import it.fsr.isee.FattoreFamigliaParameters;
import it.fsr.isee.IseeParameters;
import it.fsr.lep.LepParameters;
import java.util.List;
import java.util.Set;

/** {@code params}: every parameter in force for a year, with its value, date and source. */
final class ParamsCommand {
    private ParamsCommand() {
    }

    static String run(List<String> rest, int currentYear) {
        Args a = new Args(rest, Set.of("year"));
        int year = a.year(currentYear);
        ParameterSet all = ParameterSet.union(RipartoParameters.defaults(), IseeParameters.defaults(), FattoreFamigliaParameters.defaults(),
                LepParameters.defaults());
        Table t = new Table(List.of("name", "value", "valid_from", "source"));
        for (Parameter<?> p : all.all()) {
            DatedValue<?> v;
            try {
                v = p.forYear(year);
            } catch (it.fsr.core.parameter.MissingParameterException e) {
                continue;
            }
            Object value = v.value() instanceof Rate r ? r.toString() : v.value();
            t.add(List.of(p.key().name(), value, v.validFrom().toString(), v.source()), null, p.key().name());
        }
        return t.render(a.format(), a.lang(), false);
    }
}

package it.fsr.isee.catalogue;

import it.fsr.isee.veneto.HouseholdColumns;
import static org.assertj.core.api.Assertions.assertThat;

import it.fsr.core.money.Euro;
import it.fsr.core.testing.OnEightThreads;
import it.fsr.isee.veneto.WorkStatus;
import it.fsr.isee.veneto.HouseholdContributions;
import it.fsr.isee.veneto.ServiceYear;
import it.fsr.isee.veneto.FattoreFamiglia;
import it.fsr.isee.veneto.FattoreFamigliaBatch;
import it.fsr.isee.veneto.FattoreFamigliaParameters;
import it.fsr.isee.veneto.Household;
import it.fsr.isee.IseeAttestation;
import it.fsr.isee.veneto.Member;
import it.fsr.isee.veneto.NurseryContribution;
import it.fsr.isee.veneto.RescaledIsee;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/** Every fsr-isee calculator from 8 threads on shared parameters gives the single-threaded result. */
class ConcurrencyTest {
    static <T> List<T> onEightThreads(Callable<T> task) throws Exception {
        return OnEightThreads.run(40, task);
    }

    @Test
    void rescalingPricingAndBatchAreTheSameOnEightThreads() throws Exception {
        LocalDate date = LocalDate.of(2021, 11, 19);
        ServiceYear year = ServiceYear.parse("2021/22");
        NurseryContribution.Rule rule = NurseryContribution.Rule.forServiceYear(FattoreFamigliaParameters.defaults(), year);
        List<Household> cases = new ArrayList<>();
        List<IseeAttestation> attestations = new ArrayList<>();
        HouseholdColumns columns = new HouseholdColumns();
        for (int i = 0; i < 300; i++) {
            Household h = Household.of("H" + i, date, Member.declarant(30 + i % 20, WorkStatus.WORKS), Member.spouse(29, WorkStatus.WORKS),
                    Member.child(i % 12).withId("a"), Member.child(1 + i % 5).withId("b").withNursery(1 + i % 5 <= 3));
            var scale = it.fsr.isee.testing.NationalOf.scale(h);
            Euro ise = Euro.ofEuros(1000L * i);
            IseeAttestation a = IseeAttestation.of(IseeAttestation.iseeOf(ise, scale), scale, ise);
            cases.add(h);
            attestations.add(a);
            columns.add(h, a);
        }
        Callable<String> task = () -> {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < cases.size(); i++) {
                RescaledIsee r = FattoreFamiglia.rescale(cases.get(i), attestations.get(i));
                HouseholdContributions d = NurseryContribution.decide(cases.get(i), r, rule);
                sb.append(r.rescaled()).append(d.total()).append(d.decisions().get(0).explanation().toText(Locale.ITALIAN));
            }
            sb.append(FattoreFamigliaBatch.run(columns, FattoreFamigliaBatch.Options.contribution(year)).totalContributions());
            return sb.toString();
        };
        String single = task.call();
        for (String s : onEightThreads(task)) {
            assertThat(s).isEqualTo(single);
        }
    }
}

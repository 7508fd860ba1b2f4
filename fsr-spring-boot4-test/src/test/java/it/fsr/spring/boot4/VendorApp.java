package it.fsr.spring.boot4;

import it.fsr.core.parameter.ParameterSet;
import it.fsr.isee.IseeAttestation;
import it.fsr.isee.Purpose;
import it.fsr.isee.Variant;
import it.fsr.isee.compartecipazione.Charge;
import it.fsr.isee.compartecipazione.Schedule;
import it.fsr.isee.compartecipazione.ScheduleInput;
import it.fsr.isee.compartecipazione.User;
import it.fsr.isee.dsu.Dsu;
import it.fsr.isee.dsu.DsuCalculator;
import it.fsr.isee.dsu.DsuResult;
import it.fsr.isee.veneto.FattoreFamiglia;
import it.fsr.isee.veneto.Household;
import it.fsr.isee.veneto.HouseholdContributions;
import it.fsr.isee.veneto.NurseryContribution;
import it.fsr.isee.veneto.ServiceYear;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The service a vendor writes on fsr with Spring Boot: no mapper configured, no error handler written. The schedule is
 * a Comune's (Monopoli's home care, per hour: ISEE × €8.00 / 30,000 from €7,500 to €30,000, the full €13.80 above),
 * declared as a bean as the vendor would.
 */
@SpringBootApplication
public class VendorApp {
    /** The nursery request: a household, its attestation, the service year. */
    public record NidoRequest(Household household, IseeAttestation attestation, String serviceYear) {
    }

    /** Monopoli's schedule, as the vendor loads it. */
    @Bean
    Schedule homeCare() {
        return ScheduleInput.read("monopoli.properties", String.join("\n", "name=SAD Monopoli", "source=Regolamento ISEE Monopoli",
                "kind=sociale", "unit=ora", "cost=13.80", "isee=ordinario", "exempt_up_to=7500", "segment.1=0|30000|0|8.00",
                "full_cost_above=30000")).schedule();
    }

    @RestController
    static class Api {
        private final Schedule schedule;                      // the Comune's schedule, a bean of the service
        private final ParameterSet dsuParameters;

        Api(Schedule schedule, @Qualifier("fsrDsuParameters") ParameterSet dsuParameters) {
            this.schedule = schedule;
            this.dsuParameters = dsuParameters;
        }

        @PostMapping("/isee")
        DsuResult isee(@RequestBody Dsu dsu) {
            return DsuCalculator.compute(dsu, Variant.ORDINARIO, Purpose.ORDINARIO);
        }

        @PostMapping("/tariffa")
        Charge tariffa(@RequestBody User user) {
            return schedule.charge(user);
        }

        @PostMapping("/nido")
        HouseholdContributions nido(@RequestBody NidoRequest r) {
            return NurseryContribution.decide(r.household(), FattoreFamiglia.rescale(r.household(), r.attestation()),
                    ServiceYear.parse(r.serviceYear()));
        }
    }
}

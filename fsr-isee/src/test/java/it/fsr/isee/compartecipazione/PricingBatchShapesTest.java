package it.fsr.isee.compartecipazione;

import static org.assertj.core.api.Assertions.assertThat;

import it.fsr.core.money.Euro;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The long-cents batch against the one-by-one rule on every shape a schedule can take: the three roundings,
 * rising and falling segments, brackets, percentages, exemption, full cost, no access, residential care
 * with the personal allowance.
 */
class PricingBatchShapesTest {
    static final List<String> SHAPES = List.of(
            "segment.1=0|10000|0|7,33\nsegment.2=10000|25000|7,33|19,99",
            "segment.1=0|30000|20|3,50",
            "bracket.1=0|8000|1,10\nbracket.2=8000|16000|4,20\nbracket.3=16000||9,90",
            "percent.1=0|12000|10\npercent.2=12000|40000|55");

    static Schedule schedule(String rounding, String shape, String extra) {
        return ScheduleInput.read("s.properties", String.join("\n", "name=prova", "unit=ora", "cost=21,37", "isee=ordinario",
                "rounding=" + rounding, shape, extra)).schedule();
    }

    @Test
    void everyShapeAndRoundingPricesAsTheRule() {
        SplittableRandom r = new SplittableRandom(7);
        for (String rounding : List.of("half_up", "up", "down")) {
            for (String shape : SHAPES) {
                for (String extra : List.of("", "exempt_up_to=3000\nfull_cost_above=28000", "no_access_above=35000")) {
                    Schedule s = schedule(rounding, shape, extra);
                    PricingBatch batch = PricingBatch.of(s);
                    long[] isee = new long[3000];
                    for (int k = 0; k < isee.length; k++) {
                        isee[k] = k < 100 ? k * 50_000L : r.nextLong(4_500_000);
                    }
                    long[] fees = new long[isee.length];
                    int served = batch.price(isee, fees);
                    int expectedServed = 0;
                    for (int k = 0; k < isee.length; k++) {
                        Charge c = s.charge(User.of("u", Euro.ofCents(isee[k])));
                        long want = c.status() == Charge.Status.NO_ACCESS ? -1 : c.fee().cents();
                        assertThat(fees[k]).as("%s %s %s at %d", rounding, shape, extra, isee[k]).isEqualTo(want);
                        expectedServed += want >= 0 ? 1 : 0;
                    }
                    assertThat(served).isEqualTo(expectedServed);
                }
            }
        }
    }

    @Test
    void residentialCareIsCappedByWhatTheIseeLeavesAfterThePersonalAllowance() {
        Schedule s = ScheduleInput.read("rsa.properties", String.join("\n", "name=RSA", "kind=residenziale", "unit=giorno", "cost=60",
                "isee=residenze", "retta_day=60", "personal_allowance_month=150", "segment.1=0|40000|0|60")).schedule();
        PricingBatch batch = PricingBatch.of(s);
        for (long euros = 0; euros <= 42_000; euros += 97) {
            Charge c = s.charge(User.of("u", Euro.ofEuros(euros)));
            assertThat(batch.feeCents(euros * 100)).as("ISEE %d", euros).isEqualTo(c.fee().cents());
        }
    }
}

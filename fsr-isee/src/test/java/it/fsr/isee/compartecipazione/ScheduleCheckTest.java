package it.fsr.isee.compartecipazione;

import static it.fsr.isee.compartecipazione.CompartecipazioneTest.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import it.fsr.core.money.Euro;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The check a Comune runs before adopting a schedule, and the invariants every schedule keeps. */
class ScheduleCheckTest {

    private static List<String> rules(Schedule s) {
        return ScheduleCheck.check(s).stream().map(f -> f.severity().code() + ":" + f.rule()).toList();
    }

    @Test
    void theRealSchedulesPassOrWarnOnly() {
        assertThat(rules(CompartecipazioneTest.MONOPOLI)).isEmpty();
        // Milano's brackets: one cent of ISEE sociosanitario above 6,000 costs €52 more a month (54 -> 106): over the default €50
        assertThat(rules(CompartecipazioneTest.MILANO_CDD)).containsExactly("warning:jump");
        assertThat(rules(CompartecipazioneTest.TERAMO)).isEmpty();
        // Rovigo: the access threshold is allowed, and reported
        assertThat(rules(CompartecipazioneTest.ROVIGO_PASTI)).containsExactly("warning:no_access");
        // Ravenna's nido: continuous lines on the minorenni ISEE for minors
        assertThat(rules(CompartecipazioneTest.RAVENNA)).isEmpty();
        // Macerata's yearly fee (0 → 70 → 100 → 150 → 180 a year, judged over the year): clean
        assertThat(rules(read("name=Macerata\nusers=minorenni\nunit=anno\ncost=180\nisee=minorenni\nexempt_up_to=6000\n"
                + "bracket.1=6000|10000|70\nbracket.2=10000|16000|100\nbracket.3=16000|22000|150\nbracket.4=22000||180\nrank.2=80%\n"
                + "rank.3=0%\nno_isee=top_band\n"))).isEmpty();
        // Gasperina's meal (1.40 for residents) and Mozzagrogna's trip (160): uniform fees, lawful information
        assertThat(rules(read("name=Mensa Gasperina\nunit=pasto\ncost=2,60\nisee=ordinario\nbracket.1=0||1,40\nnon_resident=fee:2,60\n")))
                .containsExactly("info:flat");
        assertThat(rules(read("name=Trasporto Mozzagrogna\nunit=corsa\ncost=160\nisee=ordinario\nbracket.1=0||160\n")))
                .containsExactly("info:flat");
    }

    @Test
    void aFeeThatFallsAsTheIseeRisesIsAnError() {
        Schedule s = read("name=X\nunit=ora\ncost=10\nisee=ordinario\nbracket.1=0|5000|6\nbracket.2=5000||4\n");
        List<ScheduleCheck.Finding> f = ScheduleCheck.check(s);
        assertThat(f).extracting(ScheduleCheck.Finding::rule).containsExactly("not_monotone");
        assertThat(f.get(0).message(Locale.ITALIAN)).isEqualTo("la quota scende mentre l'ISEE sale: € 6,00 a ISEE € 5.000,00, € 4,00 a ISEE € 5.000,01");
        assertThat(f.get(0).source()).contains("Cons. Stato III 3757/2023");
    }

    @Test
    void aFeeAboveTheCostGapsAndOverlapsAreErrors() {
        assertThat(rules(read("name=X\nunit=ora\ncost=10\nisee=ordinario\nsegment.1=0|5000|0|12\n"))).contains("error:above_cost");
        assertThat(rules(read("name=X\nunit=ora\ncost=10\nisee=ordinario\nbracket.1=0|1000|1\nbracket.2=2000||2\n"))).contains("error:gap");
        assertThat(rules(read("name=X\nunit=ora\ncost=10\nisee=ordinario\nbracket.1=0|3000|1\nbracket.2=2000||2\n"))).contains("error:overlap");
        assertThat(rules(read("name=X\nunit=ora\ncost=10\nisee=ordinario\nexempt_up_to=1000\nbracket.1=3000||2\n"))).contains("error:gap");
    }

    /**
     * Bands as acts write them: "fino a 2.658,00 € 1,00", "da 2.658,01 a 6.000,00 € 2,00" are contiguous at the cent (before: a
     * one-cent gap error, and an ISEE of 2,658.01 in no band); a real gap of more than a cent is still an error.
     */
    @Test
    void bandsWrittenFinoAAndDaX01AreContiguous() {
        Schedule s = read("name=X\nunit=pasto\ncost=5\nisee=ordinario\nbracket.1=0|2.658,00|1\nbracket.2=2.658,01|6.000,00|2\nbracket.3=6.000,01||3\n");
        assertThat(rules(s)).isEmpty();
        assertThat(s.feeAt(Euro.parse("2658.00"))).isEqualTo(Euro.parse("1.00"));
        assertThat(s.feeAt(Euro.parse("2658.01"))).isEqualTo(Euro.parse("2.00"));
        assertThat(s.feeAt(Euro.parse("6000.01"))).isEqualTo(Euro.parse("3.00"));
        assertThat(rules(read("name=X\nunit=pasto\ncost=5\nisee=ordinario\nbracket.1=0|2.658,00|1\nbracket.2=2.658,02|6.000,00|2\n")))
                .contains("error:gap");
    }

    @Test
    void oneFeeForEveryIseeIsLawfulInformation() {
        // a uniform fee with no reduction by the ISEE is no prestazione agevolata: lawful, said (before: an error, and exit 1 on
        // Mozzagrogna's €160); what Cons. Stato III 6926/2020 annuls is a fixed part beside an ISEE part
        assertThat(rules(read("name=X\nunit=mese\ncost=400\nisee=ordinario\nbracket.1=0||150\n"))).containsExactly("info:flat");
    }

    /**
     * The check as the courts read it (Cons. Stato III 6926/2020: something must be left for personal expenses; 3757/2023: the
     * jump at a boundary coherent with the ISEE values): a CDD at €60 a day, full cost from ISEE 8,000.01, 230 days a year
     * charges €13,800 to an ISEE of 8,000.01 — an error with or without an allowance key (before: no finding); €31.95 more a
     * day at a boundary is €11,661.75 a year (before: passed, judged per day); the Fattore Famiglia on the residenze ISEE, a
     * non-residential service on the residenze ISEE; a gap does not hide the other findings.
     */
    @Test
    void theCheckAsTheCourtsReadIt() {
        assertThat(rules(read("name=CDD\nkind=semiresidenziale\nunit=giorno\ncost=60\nisee=sociosanitario\nunits_per_year=230\n"
                + "exempt_up_to=5000\nbracket.1=5000|8000|20\nfull_cost_above=8000\n"))).containsExactly("warning:jump_year", "error:leaves_nothing", "warning:jump_year");   // 0 → 20 and 20 → 60 a day, × 230
        assertThat(ScheduleCheck.check(read("name=CDD\nkind=semiresidenziale\nunit=giorno\ncost=60\nisee=sociosanitario\nunits_per_year=230\n"
                + "exempt_up_to=5000\nbracket.1=5000|8000|20\nfull_cost_above=8000\n")).stream().filter(f -> f.rule().equals("leaves_nothing"))
                .findFirst().orElseThrow().message(Locale.ITALIAN)).contains("a ISEE € 8.000,01")
                .contains("€ 13.800,00 per 230 unità");
        assertThat(rules(read("name=CDD\nkind=semiresidenziale\nunit=giorno\ncost=60\nisee=sociosanitario\nbracket.1=0|8000|20\n"
                + "full_cost_above=8000\n"))).containsExactly("warning:no_units_per_year");
        assertThat(rules(read("name=CD\nkind=sociosanitario\nunit=giorno\ncost=60\nisee=sociosanitario\nunits_per_year=365\n"
                + "bracket.1=0|10000|10\nbracket.2=10000||41,95\n"))).containsExactly("warning:jump_year");
        assertThat(rules(read("name=CD\nkind=sociosanitario\nunit=giorno\ncost=60\nisee=sociosanitario\n"
                + "bracket.1=0|10000|10\nbracket.2=10000||41,95\n"))).isEmpty();   // per day 31.95 < 50, the count unknown
        assertThat(rules(read("name=N\nunit=mese\ncost=400\nisee=residenze\nsegment.1=0|20000|0|400\n")))
                .containsExactly("error:residenze_not_residential");
        assertThat(rules(read("name=R\nkind=residenziale\nunit=giorno\ncost=50\nisee=residenze\nuse_ff=yes\npersonal_allowance_month=200\n"
                + "period=giorno\nsegment.1=0|40000|0|50\n"))).contains("error:ff_variant");
        assertThat(rules(read("name=G\nunit=mese\ncost=400\nisee=ordinario\nbracket.1=0|5000|100\nbracket.2=6000|20000|90\n")))
                .contains("error:gap", "error:not_monotone");
    }

    /**
     * Whom the service is for decides the variant: a nido for minors on the ordinary ISEE (DPCM 159/2013 art. 7 c. 1), home
     * care for people not self-sufficient written as a social service on the ordinary ISEE (art. 6 c. 1: the kind alone let
     * it pass before); Ravenna's nido on the minorenni ISEE is clean; a schedule that does not say whom it serves is not
     * judged on it.
     */
    @Test
    void theUsersOfTheServiceDecideItsIseeVariant() {
        assertThat(rules(CompartecipazioneTest.RAVENNA)).doesNotContain("error:minors_isee");
        assertThat(CompartecipazioneTest.RAVENNA.users()).isEqualTo(Schedule.UserGroup.MINORENNI);
        assertThat(rules(read("name=Nido\nusers=minorenni\nunit=mese\ncost=400\nisee=ordinario\nsegment.1=0|20000|0|400\n")))
                .containsExactly("error:minors_isee");
        assertThat(rules(read("name=Nido\nunit=mese\ncost=400\nisee=ordinario\nsegment.1=0|20000|0|400\n"))).isEmpty();
        assertThat(rules(read("name=SAD\nusers=non_autosufficienti\nunit=ora\ncost=20\nisee=ordinario\nsegment.1=0|20000|0|20\n")))
                .containsExactly("error:non_self_sufficient_isee");
        assertThat(rules(read("name=SAD\nusers=non_autosufficienti\nunit=ora\ncost=20\nisee=sociosanitario\nsegment.1=0|20000|0|20\n")))
                .isEmpty();
        assertThat(rules(read("name=SAD\nusers=tutti\nunit=ora\ncost=20\nisee=ordinario\nsegment.1=0|20000|0|20\n"))).isEmpty();
        assertThat(ScheduleCheck.check(read("name=N\nusers=minorenni\nunit=mese\ncost=400\nisee=ordinario\nbracket.1=0||100\n"))
                .get(0).message(Locale.ITALIAN)).isEqualTo("un servizio per minorenni legge l'ISEE minorenni, non l'ISEE ordinario");
    }

    /**
     * The check on residential integration as DGR Lazio 380/2010 writes it (the Comune integrates below ISEE 13,000, on a share
     * computed by the month and rounded half-up): the month's rounding (at 6,499.99 the share is 7.2558… → 7.26 a month,
     * €87.12 a year against €87.07 left) is the act's, not a charge that leaves nothing — before, an error; above the
     * threshold the resident pays the whole quota, €18,250 at ISEE 13,000, and that does leave less than the allowance:
     * the error stands (the check's rule, with or without an allowance key). One fee a unit with an allowance is not flat:
     * the Comune integrates by the ISEE. A fee by the year is judged over the year (Macerata's 0 → 70 is no jump).
     */
    @Test
    void residentialIntegrationIsJudgedOnTheActsRoundingAndAYearlyFeeOnTheYear() {
        Schedule lazio = read("name=RSA\nkind=residenziale\nunit=giorno\nunits_per_year=365\ncost=50\nisee=residenze\n"
                + "bracket.1=0|12999.99|50\nfull_cost_above=12999.99\npersonal_allowance_month=534.41\nperiod=mese\n");
        List<ScheduleCheck.Finding> f = ScheduleCheck.check(lazio);
        assertThat(f).extracting(x -> x.severity().code() + ":" + x.rule()).containsExactly("error:leaves_nothing");
        assertThat(f.get(0).where()).isEqualTo("isee 13000.00");
        assertThat(rules(read("name=Trasporto\nunit=anno\ncost=180\nisee=minorenni\nexempt_up_to=6000\nbracket.1=6000|10000|70\n"
                + "bracket.2=10000||100\n"))).isEmpty();
        assertThat(rules(read("name=Trasporto\nunit=anno\ncost=1800\nisee=minorenni\nexempt_up_to=6000\nbracket.1=6000||700\n")))
                .containsExactly("warning:jump_year");
    }

    @Test
    void aSociosanitaryOrResidentialServiceOnTheOrdinaryIseeAndNoAllowanceAreFound() {
        assertThat(rules(read("name=X\nkind=sociosanitario\nunit=mese\ncost=400\nisee=ordinario\nsegment.1=0|20000|0|400\n")))
                .containsExactly("error:wrong_isee");
        assertThat(rules(read("name=X\nkind=residenziale\nunit=giorno\ncost=50\nisee=residenze\nsegment.1=0|40000|0|50\n")))
                .containsExactly("warning:no_allowance");
        assertThat(rules(read("name=X\nkind=residenziale\nunit=giorno\ncost=50\nisee=sociosanitario\npersonal_allowance_month=200\nperiod=giorno\n"
                + "segment.1=0|40000|0|50\n"))).containsExactly("warning:residenze_isee");
    }

    @Test
    void aJumpAboveTheParameterAtABoundaryIsAWarning() {
        ScheduleInput.Read r = ScheduleInput.read("s.properties", "name=X\nunit=mese\ncost=400\nisee=ordinario\nbracket.1=0|10000|50\n"
                + "bracket.2=10000||300\nmax_jump=100\n");
        assertThat(ScheduleCheck.check(r.schedule(), r.maxJump())).extracting(ScheduleCheck.Finding::rule).containsExactly("jump");
        assertThat(ScheduleCheck.check(r.schedule(), Euro.ofEuros(300))).isEmpty();
    }

    /** A random schedule of linear and fixed bands, monotone by construction or not. */
    static Schedule random(long seed, boolean monotone) {
        Random r = new Random(seed);
        long cost = 100 + r.nextInt(100_000);
        Schedule.Builder b = Schedule.builder("R").unit(Schedule.Unit.ORA).isee(it.fsr.isee.Variant.ORDINARIO).kind(Schedule.Kind.SOCIALE)
                .cost(Euro.ofCents(cost));
        long from = 0;
        long fee = 0;
        if (r.nextBoolean()) {
            from = r.nextInt(1_000_000);
            b.exemptUpTo(Euro.ofCents(from));
        }
        int n = 1 + r.nextInt(5);
        for (int i = 0; i < n; i++) {
            long to = from + 1 + r.nextInt(2_000_000);
            long next = monotone ? Math.min(cost, fee + r.nextInt((int) Math.max(1, cost / n))) : r.nextInt((int) cost);
            if (r.nextBoolean() || i == n - 1 && r.nextBoolean()) {
                b.band(new Band.Linear(Euro.ofCents(from), Euro.ofCents(to), Euro.ofCents(fee), Euro.ofCents(next)));
            } else {
                b.band(new Band.Fixed(Euro.ofCents(from), Euro.ofCents(to), Euro.ofCents(next)));
            }
            fee = next;
            from = to;
        }
        if (r.nextBoolean()) {
            b.fullCostAbove(Euro.ofCents(from));
        }
        return b.build();
    }

    @Test
    void aMonotoneScheduleNeverChargesAHigherIseeLessAndNoFeeExceedsTheCost() {
        qt().withExamples(1000).forAll(longs().all(), longs().between(0, 20_000_000), longs().between(0, 2_000_000)).checkAssert((seed, x, dx) -> {
            Schedule s = random(seed, true);
            assertThat(ScheduleCheck.check(s)).extracting(ScheduleCheck.Finding::rule).doesNotContain("not_monotone", "above_cost", "gap", "overlap");
            Euro a = s.feeAt(Euro.ofCents(x));
            Euro b = s.feeAt(Euro.ofCents(x + dx));
            assertThat(b).isGreaterThanOrEqualTo(a);
            assertThat(a).isLessThanOrEqualTo(s.cost());
        });
    }

    @Test
    void theCheckFindsEveryFallOfARandomSchedule() {
        qt().withExamples(500).forAll(longs().all(), longs().between(0, 20_000_000), longs().between(1, 2_000_000)).checkAssert((seed, x, dx) -> {
            Schedule s = random(seed, false);
            boolean flagged = ScheduleCheck.check(s).stream().anyMatch(f -> f.rule().equals("not_monotone"));
            if (s.feeAt(Euro.ofCents(x + dx)).isLessThan(s.feeAt(Euro.ofCents(x)))) {
                assertThat(flagged).as("a fall between %s and %s", x, x + dx).isTrue();
            }
        });
    }

    @Test
    void theUserAndTheComuneAlwaysPayTheCostOfTheUnitsToTheCent() {
        qt().withExamples(1000).forAll(longs().all(), longs().between(0, 20_000_000), longs().between(0, 10_000)).checkAssert((seed, x, tenths) -> {
            Schedule s = random(seed, seed % 2 == 0);
            Charge c = s.charge(new User("u", Euro.ofCents(x), null, BigDecimal.valueOf(tenths, 1)));
            assertThat(c.userTotal().plus(c.comuneShare())).isEqualTo(s.cost().multiply(BigDecimal.valueOf(tenths, 1), java.math.RoundingMode.HALF_UP));
            assertThat(c.fee()).isLessThanOrEqualTo(s.cost());
            assertThat(c.comuneShare().isNegative()).isFalse();
        });
    }

    @Test
    void theLeanFeeIsTheFeeOfTheCharge() {
        qt().withExamples(2000).forAll(longs().all(), longs().between(0, 30_000_000)).checkAssert((seed, x) -> {
            Schedule s = random(seed, seed % 3 != 0);
            Schedule.Fee fee = s.fee(x);
            if (fee.outcome() == Schedule.Outcome.GAP) {
                org.assertj.core.api.Assertions.assertThatThrownBy(() -> s.charge(User.of("u", Euro.ofCents(x))))
                        .isInstanceOf(it.fsr.core.validation.ValidationException.class);
                return;
            }
            Charge c = s.charge(User.of("u", Euro.ofCents(x)));
            assertThat(fee.cents()).isEqualTo(c.fee().cents());
            assertThat(fee.reason()).isEqualTo(c.reason());
        });
        // the real schedules too, at every probe of their check
        for (Schedule s : List.of(CompartecipazioneTest.MONOPOLI, CompartecipazioneTest.RAVENNA, CompartecipazioneTest.MILANO_CDD,
                CompartecipazioneTest.ROVIGO_PASTI, CompartecipazioneTest.TERAMO)) {
            for (Euro isee : ScheduleCheck.probes(s)) {
                Charge c = s.charge(User.of("u", isee));
                assertThat(s.fee(isee.cents()).cents()).isEqualTo(c.fee().cents());
            }
        }
    }
}

package it.fsr.isee.compartecipazione;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.fsr.core.money.Euro;
import it.fsr.core.validation.ValidationException;
import it.fsr.core.validation.Violation;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/** Schedules of real Comuni as data, each row citing the act; residential integration; the what-if. */
class CompartecipazioneTest {

    static Schedule read(String text) {
        return ScheduleInput.read("s.properties", text).schedule();
    }

    /** A schedule of a real Comune, kept as its file under {@code vectors/schedules} with its act's address. */
    static Schedule published(String name) {
        String resource = "/vectors/schedules/" + name + ".properties";
        try (var in = CompartecipazioneTest.class.getResourceAsStream(resource)) {
            return read(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static final Schedule MONOPOLI = published("monopoli-sad");
    static final Schedule RAVENNA = published("ravenna-nido");
    static final Schedule MILANO_CDD = published("milano-cdd");
    static final Schedule ROVIGO_PASTI = published("rovigo-pasti");
    static final Schedule TERAMO = published("teramo-sad");

    /** Every published fee, each row naming its act (the file's {@code #} header gives the addresses). */
    @ParameterizedTest(name = "{0}: ISEE {1} -> {2} ({3})")
    @CsvFileSource(resources = "/vectors/schedule-fees.csv", numLinesToSkip = 1)
    void publishedFees(String schedule, String isee, String fee, String status, String source) {
        Schedule s = published(schedule);
        Charge c = s.charge(User.of("u", Euro.parse(isee)));
        assertThat(c.fee()).as(source).isEqualTo(Euro.parse(fee));
        assertThat(c.status().code()).as(source).isEqualTo(status);
        if (!status.equals("no_access")) {
            assertThat(c.comuneShare()).as(source).isEqualTo(s.cost().minus(Euro.parse(fee)));
        }
    }

    @Test
    void theUserAndTheComuneShareTheCostOfTheUnitsToTheCent() {
        Charge c = MONOPOLI.charge(new User("u", Euro.parse("15000"), null, new BigDecimal("37.5")));
        // 37.5 hours: cost 517.50; the user 4.00 × 37.5 = 150.00; the Comune 367.50
        assertThat(c.userTotal()).isEqualTo(Euro.parse("150.00"));
        assertThat(c.comuneShare()).isEqualTo(Euro.parse("367.50"));
        assertThat(c.explanation().toText(Locale.ITALIAN)).contains("Comune di Monopoli, DCC 65 del 11/12/2017")
                .contains("Quota della fascia 1");
    }

    @Test
    void theFattoreFamigliaLowersTheFeeOnlyWhenTheScheduleAllowsAndItIsLower() {
        Schedule allows = read("""
                name=Nido con FF
                unit=mese
                cost=415
                isee=minorenni
                use_ff=yes
                segment.1=0|30000|0|300
                """);
        Charge lower = allows.charge(new User("u", Euro.parse("20000"), Euro.parse("10000"), BigDecimal.ONE));
        assertThat(lower.iseeUsed()).isEqualTo(Euro.parse("10000"));
        assertThat(lower.ffUsed()).isTrue();
        assertThat(lower.fee()).isEqualTo(Euro.parse("100.00"));
        Charge higher = allows.charge(new User("u", Euro.parse("10000"), Euro.parse("20000"), BigDecimal.ONE));
        assertThat(higher.iseeUsed()).isEqualTo(Euro.parse("10000"));
        assertThat(RAVENNA.charge(new User("u", Euro.parse("20000"), Euro.parse("10000"), BigDecimal.ONE)).iseeUsed())
                .isEqualTo(Euro.parse("20000"));
    }

    @Test
    void residentialCareKeepsThePersonalAllowanceAndTheComunePaysTheRest() {
        // RSA: social part of the retta €50 a day, the quota linear 0 -> 50 over 0–40,000 of ISEE residenze; allowance €200 a month.
        Schedule rsa = read("""
                name=RSA integrazione retta
                source=Regolamento integrazione rette
                kind=residenziale
                unit=giorno
                cost=50
                retta_day=95
                isee=residenze
                segment.1=0|40000|0|50
                personal_allowance_month=200
                period=giorno
                """);
        // ISEE 20,000: schedule 25.00 a day; capacity (20,000 − 2,400) / 365 = 48.21: 25.00 stands
        assertThat(rsa.charge(User.of("a", Euro.ofEuros(20_000))).fee()).isEqualTo(Euro.parse("25.00"));
        // ISEE 3,000: schedule 3.75; capacity (3,000 − 2,400) / 365 = 1.64: lowered, and said
        Charge low = rsa.charge(new User("b", Euro.ofEuros(3_000), null, BigDecimal.valueOf(30)));
        assertThat(low.fee()).isEqualTo(Euro.parse("1.64"));
        assertThat(low.reason()).isEqualTo("band_1+allowance");
        assertThat(low.comuneShare()).isEqualTo(Euro.parse("1450.80"));   // 30 × 50 − 30 × 1.64
        assertThat(low.explanation().toText(Locale.ITALIAN)).contains("Quota ridotta da € 3,75 per lasciare la quota mensile per spese personali di € 200,00");
        assertThat(rsa.charge(User.of("c", Euro.ofEuros(2_000))).fee()).isEqualTo(Euro.ZERO);
    }

    /**
     * DGR Lazio 380 del 7/8/2010 (https://www.villaardeatina.it/compartecipazione/): the Comuni integrate the resident's share
     * only for an ISEE below €13,000, and the ISEE is taken "rapportato alla mensilità", less the quota di salvaguardia (here
     * €534.41 a month). A retta sociale of €50 a day, a year of 365 days:
     * <ul>
     *   <li>ISEE 10,000: 10,000 / 12 − 534.41 = 298.92 a month × 12 = 3,587.04 (before: 9.82 a day, rounded down, × 365 =
     *       3,584.30); on a daily period, half-up, 9.83 × 365 = 3,587.95;</li>
     *   <li>ISEE 13,000 and 20,000: no integration, the resident pays 18,250.00 and the Comune nothing (before: 6,584.60 and
     *       the Comune 11,665.40; at 20,000 the Comune still 4,664.70).</li>
     * </ul>
     * The act adds the indennità di accompagnamento to the means; fsr reads the ISEE only, as the courts require (Cons. Stato
     * 838, 841, 842/2016).
     */
    /** The DGR Lazio 380/2010 schedule: €50 a day, integration below ISEE 13,000, €534.41 kept a month, on {@code period}. */
    private static Schedule lazio(String period) {
        return read("name=RSA quota sociale\nsource=DGR Lazio 380/2010\nkind=residenziale\nunit=giorno\ncost=50\nisee=residenze\n"
                + "bracket.1=0|12999.99|50\nfull_cost_above=12999.99\npersonal_allowance_month=534.41\nperiod=" + period + "\n");
    }

    @Test
    void residentialIntegrationOnlyWhereTheComuneIntegratesOnTheActsPeriod() {
        Schedule lazio = lazio("mese");
        Charge ten = lazio.charge(new User("a", Euro.ofEuros(10_000), null, BigDecimal.valueOf(365)));
        assertThat(ten.userTotal()).isEqualTo(Euro.parse("3587.04"));
        assertThat(ten.comuneShare()).isEqualTo(Euro.parse("14662.96"));
        assertThat(ten.reason()).isEqualTo("band_1+allowance");
        for (long isee : new long[] {13_000, 20_000}) {
            Charge full = lazio.charge(new User("b", Euro.ofEuros(isee), null, BigDecimal.valueOf(365)));
            assertThat(full.userTotal()).as("ISEE %d", isee).isEqualTo(Euro.parse("18250.00"));
            assertThat(full.comuneShare()).isEqualTo(Euro.ZERO);
            assertThat(full.status()).isEqualTo(Charge.Status.FULL);
        }
        Schedule daily = lazio("giorno");
        assertThat(daily.charge(new User("a", Euro.ofEuros(10_000), null, BigDecimal.valueOf(365))).userTotal()).isEqualTo(Euro.parse("3587.95"));
        // without the period the act computes on, the schedule is refused: nothing is assumed
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> read("name=X\nkind=residenziale\nunit=giorno\ncost=50\nisee=residenze\n"
                + "bracket.1=0|12999.99|50\npersonal_allowance_month=534.41\n")).extracting(thrown -> ((it.fsr.core.validation.FsrException) thrown).message(java.util.Locale.ENGLISH)).asString().contains("period")
                .contains("is required with personal_allowance_month");
    }

    /**
     * No silent misreading of a schedule: {@code percent.1=0|10000|0,5} was read as 0.5% (a fee of €6.90 became €0.07) —
     * a percentage carries its sign ({@code 50%}) and a bare number is an error naming the line; a key written twice kept the
     * last value without a word — now an error naming both lines.
     */
    @Test
    void aBarePercentageAndAKeyWrittenTwiceAreErrorsNamingTheirLines() {
        String head = "name=Mensa\nunit=pasto\ncost=13,80\nisee=ordinario\n";
        Schedule half = read(head + "percent.1=0|10000|50%\n");
        assertThat(half.charge(User.of("a", Euro.ofEuros(5_000))).fee()).isEqualTo(Euro.parse("6.90"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> read(head + "percent.1=0|10000|0,5\n"))
                .isInstanceOfSatisfying(ValidationException.class, ex -> {
                    assertThat(ex.violations()).extracting(Violation::code).containsExactly("FSR-PERCENT-SIGN");
                    assertThat(ex.violations().get(0).field()).isEqualTo("s.properties:5: percent.1");
                });
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> read(head + "exempt_up_to=5000\nbracket.1=0|20000|5\nexempt_up_to=7000\n"))
                .isInstanceOfSatisfying(ValidationException.class, ex -> {
                    assertThat(ex.violations()).extracting(Violation::code).containsExactly("FSR-KEY-TWICE");
                    assertThat(ex.violations().get(0).field()).isEqualTo("s.properties:7: exempt_up_to");
                    assertThat(ex.violations().get(0).message(Locale.ITALIAN)).contains("la prima alla riga 5");
                });
    }

    /** Units as acts charge them: the nido by the school year, school transport by the trip (a uniform fee: lawful, information). */
    @Test
    void unitsByTheYearAndByTheTrip() {
        Schedule nido = read("name=Nido\nunit=anno\ncost=3000\nisee=minorenni\nsegment.1=0|30000|600|3000\n");
        assertThat(nido.unit()).isEqualTo(Schedule.Unit.ANNO);
        assertThat(nido.charge(User.of("a", Euro.ofEuros(15_000))).fee()).isEqualTo(Euro.parse("1800.00"));
        Schedule trasporto = read("name=Trasporto\nunit=corsa\ncost=160\nisee=ordinario\nbracket.1=0||160\n");
        assertThat(trasporto.charge(new User("b", Euro.ofEuros(9_000), null, BigDecimal.valueOf(2))).userTotal()).isEqualTo(Euro.parse("320.00"));
        assertThat(ScheduleCheck.check(trasporto)).extracting(ScheduleCheck.Finding::severity).containsOnly(ScheduleCheck.Severity.INFO);
    }

    /**
     * The quadratic progression, C = Cmin + (Cmax − Cmin)·((I − I0)/(I1 − I0))², the curve some regolamenti use so that the
     * fee rises slowly at low ISEEs: €3 → €9 an hour over ISEE 0 → 20,000 charges €4.50 at 10,000 where the line would
     * charge €6.00; the fee is computed exactly and rounded once (at 7,777: 3 + 6 × 0.38885² = 3.907227… → 3.91).
     */
    @Test
    void theQuadraticProgressionRisesWithTheSquareOfTheDistance() {
        Schedule q = read("name=SAD quadratico\nunit=ora\ncost=9\nisee=sociosanitario\nquadratic.1=0|20000|3|9\n");
        assertThat(q.charge(User.of("a", Euro.ofEuros(10_000))).fee()).isEqualTo(Euro.parse("4.50"));
        assertThat(q.charge(User.of("b", Euro.parse("7777"))).fee()).isEqualTo(Euro.parse("3.91"));
        assertThat(q.charge(User.of("c", Euro.ZERO)).fee()).isEqualTo(Euro.parse("3.00"));
        assertThat(q.charge(User.of("d", Euro.ofEuros(20_000))).fee()).isEqualTo(Euro.parse("9.00"));
        assertThat(q.charge(User.of("e", Euro.ofEuros(20_001))).status()).isEqualTo(Charge.Status.FULL);
        Schedule line = read("name=SAD lineare\nunit=ora\ncost=9\nisee=sociosanitario\nsegment.1=0|20000|3|9\n");
        assertThat(line.charge(User.of("a", Euro.ofEuros(10_000))).fee()).isEqualTo(Euro.parse("6.00"));
        assertThat(q.charge(User.of("a", Euro.ofEuros(10_000))).explanation().toText(Locale.ITALIAN))
                .contains("progressione quadratica").contains("per ora");
        assertThat(ScheduleCheck.check(q)).extracting(ScheduleCheck.Finding::rule).doesNotContain("not_monotone", "above_cost", "jump");
    }

    /** A unit the enum does not name is written as the act names it ({@code unit=altro}, {@code unit_label}), never guessed. */
    @Test
    void aUnitWithTheActsOwnName() {
        Schedule centro = read("name=Centro estivo\nunit=altro\nunit_label=settimana\ncost=120\nisee=minorenni\nsegment.1=0|25000|20|120\n");
        assertThat(centro.unitLabel()).isEqualTo("settimana");
        Charge c = centro.charge(new User("a", Euro.ofEuros(12_500), null, BigDecimal.valueOf(4)));
        assertThat(c.userTotal()).isEqualTo(Euro.parse("280.00"));
        assertThat(c.explanation().toText(Locale.ITALIAN)).contains("per settimana");
        assertThat(MONOPOLI.charge(User.of("b", Euro.ofEuros(15_000))).explanation().toText(Locale.ENGLISH)).contains("per hour");
        assertThatThrownBy(() -> read("name=X\nunit=altro\ncost=1\nisee=ordinario\nbracket.1=0||1\n"))
                .isInstanceOf(ValidationException.class).extracting(thrown -> ((it.fsr.core.validation.FsrException) thrown).message(java.util.Locale.ENGLISH)).asString().contains("unit_label");
        assertThatThrownBy(() -> read("name=X\nunit=ora\nunit_label=<b>1</b>\ncost=1\nisee=ordinario\nbracket.1=0||1\n"))
                .isInstanceOf(ValidationException.class).extracting(thrown -> ((it.fsr.core.validation.FsrException) thrown).message(java.util.Locale.ENGLISH)).asString().contains("unit_label");
    }

    /**
     * Macerata, trasporto e mensa 2023/24 (https://www.ilrestodelcarlino.it/macerata/cronaca/mensa-e-trasporto-aperte-le-iscrizioni-c6693fff):
     * free up to ISEE 6,000; then 70 / 100 / 150 / 180 for the first child, the second pays 80% (56 / 80 / 120 / 144), free from
     * the third. A user without an ISEE pays the top band ({@code no_isee=top_band}: 180); the rank is required where the
     * schedule reduces by it, and a user without an ISEE where the schedule has no rule is refused, never priced at 0.
     */
    @Test
    void theChildsRankAndTheUserWithoutAnIsee() {
        Schedule macerata = read("""
                name=Trasporto e mensa Macerata
                unit=anno
                cost=180
                isee=minorenni
                exempt_up_to=6000
                bracket.1=6000|10000|70
                bracket.2=10000|16000|100
                bracket.3=16000|22000|150
                bracket.4=22000||180
                rank.2=80%
                rank.3=0%
                no_isee=top_band
                """);
        assertThat(macerata.charge(new User("a", Euro.ofEuros(12_000), null, BigDecimal.ONE, null, 1)).fee()).isEqualTo(Euro.parse("100.00"));
        assertThat(macerata.charge(new User("b", Euro.ofEuros(12_000), null, BigDecimal.ONE, null, 2)).fee()).isEqualTo(Euro.parse("80.00"));
        assertThat(macerata.charge(new User("c", Euro.ofEuros(25_000), null, BigDecimal.ONE, null, 2)).fee()).isEqualTo(Euro.parse("144.00"));
        assertThat(macerata.charge(new User("d", Euro.ofEuros(12_000), null, BigDecimal.ONE, null, 4)).fee()).isEqualTo(Euro.ZERO);
        Charge none = macerata.charge(new User("e", null, null, BigDecimal.ONE, null, 1));
        assertThat(none.fee()).isEqualTo(Euro.parse("180.00"));
        assertThat(none.reason()).isEqualTo("no_isee");
        assertThat(macerata.charge(new User("f", null, null, BigDecimal.ONE, null, 2)).reason()).isEqualTo("no_isee+rank_2");
        assertThatThrownBy(() -> macerata.charge(User.of("g", Euro.ofEuros(12_000)))).extracting(thrown -> ((it.fsr.core.validation.FsrException) thrown).message(java.util.Locale.ENGLISH)).asString().contains("users[g].rank")
                .contains("is required");
        assertThatThrownBy(() -> MONOPOLI.charge(new User("h", null, null, BigDecimal.ONE, null, null))).extracting(thrown -> ((it.fsr.core.validation.FsrException) thrown).message(java.util.Locale.ENGLISH)).asString().contains("users[h].isee")
                .contains("no rule for users without an ISEE");
    }

    /**
     * A reduction for users with a disability, as regolamenti write it (an exemption up to an ISEE, a share of the fee above
     * it; a constructed schedule): exempt up to ISEE 10,000, half the fee above; the disability is required where the
     * schedule has the rule, and the reductions compose — disability first, then the child's rank.
     */
    @Test
    void usersWithADisabilityHaveTheSchedulesReduction() {
        Schedule s = read("name=Mensa\nunit=pasto\ncost=6\nisee=ordinario\nbracket.1=0|10000|3\nbracket.2=10000||5\n"
                + "disability.exempt_up_to=10000\ndisability.share=50%\nrank.2=80%\n");
        assertThat(s.charge(new User("a", Euro.ofEuros(8_000), null, BigDecimal.ONE, null, 1, true)).fee()).isEqualTo(Euro.ZERO);
        assertThat(s.charge(new User("b", Euro.ofEuros(12_000), null, BigDecimal.ONE, null, 1, true)).fee()).isEqualTo(Euro.parse("2.50"));
        assertThat(s.charge(new User("c", Euro.ofEuros(12_000), null, BigDecimal.ONE, null, 2, true)).fee()).isEqualTo(Euro.parse("2.00"));
        assertThat(s.charge(new User("d", Euro.ofEuros(12_000), null, BigDecimal.ONE, null, 1, false)).fee()).isEqualTo(Euro.parse("5.00"));
        assertThatThrownBy(() -> s.charge(new User("e", Euro.ofEuros(12_000), null, BigDecimal.ONE, null, 1))).extracting(thrown -> ((it.fsr.core.validation.FsrException) thrown).message(java.util.Locale.ENGLISH)).asString().contains("users[e].disabled");
    }

    /**
     * Gasperina, mensa 2025 (DGC 86 dell'8/11/2024, https://comune.gasperina.cz.it/index.php?action=index&p=593): residents €1.40 a
     * meal, non-residents €2.60 ({@code non_resident=fee:2,60}). A schedule with such a rule needs each user's residence; a
     * non-resident where the schedule has none is refused.
     */
    @Test
    void nonResidentsPayTheSchedulesRule() {
        Schedule gasperina = read("name=Mensa Gasperina\nunit=pasto\ncost=2,60\nisee=ordinario\nbracket.1=0||1,40\nnon_resident=fee:2,60\n");
        assertThat(gasperina.charge(new User("a", Euro.ofEuros(4_000), null, BigDecimal.TEN, true, null)).userTotal()).isEqualTo(Euro.parse("14.00"));
        Charge out = gasperina.charge(new User("b", Euro.ofEuros(4_000), null, BigDecimal.TEN, false, null));
        assertThat(out.userTotal()).isEqualTo(Euro.parse("26.00"));
        assertThat(out.reason()).isEqualTo("non_resident");
        assertThatThrownBy(() -> gasperina.charge(User.of("c", Euro.ofEuros(4_000)))).extracting(thrown -> ((it.fsr.core.validation.FsrException) thrown).message(java.util.Locale.ENGLISH)).asString().contains("users[c].resident");
        assertThatThrownBy(() -> MONOPOLI.charge(new User("d", Euro.ofEuros(4_000), null, BigDecimal.ONE, false, null)))
                .extracting(thrown -> ((it.fsr.core.validation.FsrException) thrown).message(java.util.Locale.ENGLISH)).asString().contains("no rule for non-residents");
        // a stated fee above the unit's cost is refused (it was capped at the cost in silence)
        assertThatThrownBy(() -> read("name=M\nunit=pasto\ncost=2,60\nisee=ordinario\nbracket.1=0||1,40\nnon_resident=fee:3,00\n"))
                .isInstanceOf(ValidationException.class).extracting(thrown -> ((it.fsr.core.validation.FsrException) thrown).message(java.util.Locale.ENGLISH)).asString().contains("non_resident").contains("above the cost");
    }

    @Test
    void aServiceHasItsTotalsAndTwoSchedulesCompareOnTheSameUsers() {
        List<User> users = List.of(User.of("a", Euro.parse("5000")), User.of("b", Euro.parse("15000")), User.of("c", Euro.parse("31000")));
        ServicePricing p = ServicePricing.of(MONOPOLI, users);
        assertThat(p.usersTotal()).isEqualTo(Euro.parse("17.80"));              // 0 + 4.00 + 13.80
        assertThat(p.comuneTotal()).isEqualTo(Euro.parse("23.60"));             // 13.80 + 9.80 + 0
        assertThat(p.count(Charge.Status.EXEMPT)).isEqualTo(1);
        ScheduleComparison w = ScheduleComparison.of(MONOPOLI, TERAMO, users);
        // Teramo's rule on Monopoli's users: 0 / 2.07 (1.50 + 3.50 × 6,000/21,000 = 2.5 → 2.50) / 20.00
        assertThat(w.lines().get(1).chargeB().fee()).isEqualTo(Euro.parse("2.50"));
        assertThat(w.lines().get(1).difference()).isEqualTo(Euro.parse("-1.50"));
        assertThat(w.payLess()).isEqualTo(1);
        assertThat(w.payMore()).isEqualTo(1);
    }

    @Test
    void aScheduleFileReportsEveryProblemOnItsKeyAndLine() {
        assertThatThrownBy(() -> ScheduleInput.read("s.properties", """
                name=X
                unit=settimana
                cost=-1
                isee=ordinario
                segment.1=0|x|0|8
                pension=800
                """)).extracting(thrown -> ((it.fsr.core.validation.FsrException) thrown).message(java.util.Locale.ENGLISH)).asString().contains("s.properties:2: unit = settimana: is not one of ora, pasto, giorno, mese")
                .contains("s.properties:3: cost = -1")
                .contains("s.properties:5: segment.1 = x: is not a euro amount")
                .contains("s.properties:6: pension = pension: unknown key");
    }

    @Test
    void anIseeInAGapIsAnErrorNotAFee() {
        Schedule gap = read("name=G\nunit=ora\ncost=10\nisee=ordinario\nbracket.1=0|1000|1\nbracket.2=2000|3000|2\n");
        assertThatThrownBy(() -> gap.charge(User.of("u", Euro.parse("1500")))).extracting(thrown -> ((it.fsr.core.validation.FsrException) thrown).message(java.util.Locale.ENGLISH)).asString().contains("is in no band of the schedule G");
    }
}

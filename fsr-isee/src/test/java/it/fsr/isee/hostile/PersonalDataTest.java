package it.fsr.isee.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.fsr.core.money.Euro;
import it.fsr.core.testing.RecordScan;
import it.fsr.core.validation.ValidationException;
import it.fsr.isee.Disability;
import it.fsr.isee.IseeAttestation;
import it.fsr.isee.Purpose;
import it.fsr.isee.Relationship;
import it.fsr.isee.Variant;
import it.fsr.isee.compartecipazione.Charge;
import it.fsr.isee.compartecipazione.ScheduleInput;
import it.fsr.isee.compartecipazione.User;
import it.fsr.isee.dsu.Dsu;
import it.fsr.isee.dsu.DsuCalculator;
import it.fsr.isee.dsu.DsuMember;
import it.fsr.isee.dsu.DsuResult;
import it.fsr.isee.veneto.FattoreFamiglia;
import it.fsr.isee.veneto.Household;
import it.fsr.isee.veneto.HouseholdContributions;
import it.fsr.isee.veneto.Member;
import it.fsr.isee.veneto.NurseryContribution;
import it.fsr.isee.veneto.RescaledIsee;
import it.fsr.isee.veneto.ServiceYear;
import it.fsr.isee.veneto.WorkStatus;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Personal and health data (GDPR art. 9) stay out of logs: no value or result of fsr-isee prints an id, an income, an ISEE
 * or a disability in {@code toString} (before: {@code DsuResult}, {@code DsuMember}, {@code Charge}, {@code RescaledIsee},
 * {@code ContributionDecision} printed them all); a hostile number or id is refused where it enters.
 */
class PersonalDataTest {
    static final String ID = "RSSMRA80A01L219X";

    /** Records that hold no personal data (configuration, rules, checks) keep the record's own text. */
    static final Set<String> NOT_PERSONAL = Set.of("ScheduleCheck$Finding", "Schedule$Fallback", "Schedule$Fee", "ScheduleInput$Read",
            "ServiceYear", "NurseryContribution$Rule", "FattoreFamigliaBatch$Options", "HouseholdFiles$Options", "HouseholdFiles$Read",
            "DsuFiles$Options", "DsuFiles$Read", "Band$Linear", "Band$Quadratic", "Band$Fixed", "Band$Percent");

    @Test
    void everyPublicRecordOfTheModuleStatesItsOwnTextOrHoldsNoPersonalData() throws IOException, ClassNotFoundException {
        List<RecordScan.Found> records = RecordScan.publicRecords(Path.of("target/classes"));
        List<String> implicit = records.stream().filter(RecordScan.Found::implicitToString)
                .map(f -> f.type().getName()).filter(n -> !NOT_PERSONAL.contains(n.substring(n.lastIndexOf('.') + 1))).toList();
        assertThat(records).hasSizeGreaterThan(25);
        assertThat(implicit).as("public records printing every component").isEmpty();
    }

    @Test
    void resultsNameTheirTypeAndCountsNeverTheirFigures() {
        Dsu dsu = Dsu.of(ID, LocalDate.of(2025, 6, 10), List.of(
                DsuMember.of(ID, Relationship.DECLARANT, 45, Disability.SEVERE, true).withEmployeeIncome(Euro.ofEuros(15_432))));
        DsuResult r = DsuCalculator.compute(dsu, Variant.ORDINARIO, Purpose.ORDINARIO);
        Charge c = ScheduleInput.read("s.properties", "name=S\nunit=ora\ncost=20\nisee=ordinario\nsegment.1=0|30000|0|20\n").schedule()
                .charge(new User(ID, r.iseeFinal(), null, BigDecimal.TEN));
        Household h = Household.of(ID, LocalDate.of(2021, 11, 19), Member.declarant(35, WorkStatus.WORKS).withId(ID),
                Member.child(1).withId("BNCLRA20A41L219Y").attendingNursery());
        RescaledIsee rescaled = FattoreFamiglia.rescale(h, IseeAttestation.of(Euro.ofEuros(9_876), new BigDecimal("1.57")));
        HouseholdContributions hc = NurseryContribution.decide(h, rescaled, ServiceYear.parse("2021/22"));
        for (Object o : List.of(dsu, dsu.members().get(0), r, c, c.explanation(), h, h.members().get(0), rescaled, hc, hc.decisions().get(0),
                new User(ID, Euro.ofEuros(9_876), null, BigDecimal.ONE))) {
            String text = o.toString();
            assertThat(text).as(o.getClass().getSimpleName()).doesNotContain(ID).doesNotContain("BNCLRA").doesNotContain("15432")
                    .doesNotContain("15.432").doesNotContain("9876").doesNotContain("9.876").doesNotContain("SEVERE")
                    .doesNotContain(r.iseeFinal().toBigDecimal().toPlainString()).hasSizeLessThan(120);
        }
    }

    /** A twelve-byte number never reaches a computation (before: OutOfMemoryError within seconds at -Xmx1g). */
    @Test
    void hostileNumbersAndIdsAreRefusedWhereTheyEnter() {
        assertThatThrownBy(() -> IseeAttestation.of(Euro.ofEuros(9_000), new BigDecimal("1e999999999"))).isInstanceOfSatisfying(
                ValidationException.class, e -> assertThat(e.violations().get(0).value()).isEqualTo("1E+999999999"));
        assertThatThrownBy(() -> IseeAttestation.of(Euro.ofEuros(9_000), new BigDecimal("1e-999999999"))).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> new User("a", Euro.ofEuros(1), null, new BigDecimal("999999999999999999999999"))).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> new User("a", Euro.ofEuros(1), null, new BigDecimal("1e999999999"))).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> new User("a\n2026-12-06 INFO ok", Euro.ofEuros(1), null, BigDecimal.ONE)).isInstanceOfSatisfying(
                ValidationException.class, e -> assertThat(e.violations().get(0).code()).isEqualTo("FSR-ID-CHARACTER"));
        assertThatThrownBy(() -> new User("x\u202Etxt.exe", Euro.ofEuros(1), null, BigDecimal.ONE)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> new User(null, Euro.ofEuros(1), null, BigDecimal.ONE)).isInstanceOf(ValidationException.class);
        // a household beyond fsr.limit.members is refused at once (before: 100,000 members computed in 14 s and 970 MB)
        Member[] many = new Member[1_001];
        many[0] = Member.declarant(40, WorkStatus.WORKS);
        for (int i = 1; i < many.length; i++) {
            many[i] = Member.child(1).withId("c" + i).attendingNursery();
        }
        assertThatThrownBy(() -> Household.of("h", LocalDate.of(2021, 11, 19), many)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.violations()).singleElement().satisfies(v -> assertThat(v.field()).isEqualTo("household.members")));
    }
}

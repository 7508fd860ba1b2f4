package it.fsr.inps.attestazione;

import static org.assertj.core.api.Assertions.assertThat;

import it.fsr.core.money.Euro;
import it.fsr.inps.CodiceFiscale;
import it.fsr.isee.Disability;
import it.fsr.isee.Purpose;
import it.fsr.isee.Relationship;
import it.fsr.isee.Variant;
import it.fsr.isee.dsu.Dsu;
import it.fsr.isee.dsu.DsuCalculator;
import it.fsr.isee.dsu.DsuMember;
import it.fsr.isee.dsu.DsuResult;
import it.fsr.isee.dsu.MemberLine;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Differential: the member-by-member ISEE of {@link DsuCalculator} and the attestation's aggregate rules of
 * {@link Attestazione#verifica} are two readings of DPCM 159/2013 artt. 2, 4, 5. An attestation written from fsr's own
 * result for a thousand random DSUs must agree on every line; one figure moved by a cent must be found.
 */
class VerificaDifferentialTest {
    static final CodiceFiscale CF = CodiceFiscale.of("RSSMRA85T10A562S", "cf");

    @Test
    void anAttestationWrittenFromFsrsOwnResultAgreesOnEveryLine() {
        Random r = new Random(20261206);
        for (int n = 0; n < 1000; n++) {
            Dsu dsu = dsu(r, n);
            DsuResult res = DsuCalculator.compute(dsu, Variant.ORDINARIO, Purpose.ORDINARIO);
            Attestazione a = attestation(dsu, res, BigDecimal.ZERO);
            Verifica v = a.verifica();
            assertThat(v.differenze()).as("DSU %d: %s", n, v.differenze()).isEmpty();
            // one cent off the printed ISEE is found, with both figures
            Verifica off = attestation(dsu, res, new BigDecimal("0.01")).verifica();
            assertThat(off.differenze()).extracting(RigaVerifica::voce).containsExactly("ISEE");
        }
    }

    static Dsu dsu(Random r, int n) {
        List<DsuMember> members = new ArrayList<>();
        int size = 1 + r.nextInt(5);
        boolean spouse = size > 1 && r.nextBoolean();
        for (int i = 0; i < size; i++) {
            Relationship rel = i == 0 ? Relationship.DECLARANT : i == 1 && spouse ? Relationship.SPOUSE : Relationship.CHILD;
            int age = rel == Relationship.CHILD ? r.nextInt(25) : 30 + r.nextInt(40);
            Disability d = r.nextInt(10) == 0 ? Disability.MEDIUM : Disability.NONE;
            DsuMember m = DsuMember.of("m" + i, rel, age, d, r.nextBoolean())
                    .withEmployeeIncome(euros(r, rel == Relationship.CHILD ? 0 : 40_000))
                    .withPensionIncome(euros(r, r.nextInt(4) == 0 ? 20_000 : 0))
                    .withOtherIncome(euros(r, r.nextInt(3) == 0 ? 8_000 : 0))
                    .withPublicBenefits(euros(r, r.nextInt(5) == 0 ? 3_000 : 0))
                    .withMaintenance(Euro.ZERO, euros(r, r.nextInt(8) == 0 ? 4_000 : 0));
            members.add(m);
        }
        boolean renting = r.nextBoolean();
        long balance = r.nextInt(60_000);
        long average = r.nextInt(60_000);
        return Dsu.of("d" + n, LocalDate.of(2024, 5, 1 + r.nextInt(28)), members)
                .withRent(renting ? euros(r, 12_000) : Euro.ZERO)
                .withHome(renting ? Euro.ZERO : euros(r, 250_000), renting ? Euro.ZERO : euros(r, 80_000))
                .withOtherRealEstate(euros(r, r.nextInt(3) == 0 ? 100_000 : 0))
                .withDeposits(Euro.ofEuros(balance), Euro.ofEuros(average))
                .withAssetIncreases(average > balance ? Euro.ZERO : null)
                .withFigurativeIncome(euros(r, 500));
    }

    static Euro euros(Random r, int max) {
        return max == 0 ? Euro.ZERO : Euro.ofCents(r.nextInt(max * 100));
    }

    /** The attestation INPS would print for {@code res}: the ISP as one financial figure, its ISEE moved by {@code delta}. */
    static Attestazione attestation(Dsu dsu, DsuResult res, BigDecimal delta) {
        BigDecimal incomes = BigDecimal.ZERO;
        BigDecimal deductions = res.rentDeduction().toBigDecimal();
        for (MemberLine l : res.members()) {
            incomes = incomes.add(l.income());
            deductions = deductions.add(l.deductions());
        }
        BigDecimal isr = res.isr().toBigDecimal();
        BigDecimal isp = res.isp().toBigDecimal();
        BigDecimal ise = res.ise().toBigDecimal();
        BigDecimal scale = res.scale();
        ModalitaCalcolo m = new ModalitaCalcolo(incomes.setScale(2, RoundingMode.HALF_UP), res.figurativeIncome().toBigDecimal(),
                deductions.setScale(2, RoundingMode.HALF_UP), isr, isp, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, isp, ise, scale,
                BigDecimal.ZERO, scale);
        Valori v = new Valori(ise, scale, res.isee().toBigDecimal().add(delta), isr, isp);
        Calcolo c = new Calcolo("ISEEOrdinario", dsu.date(), v, m, List.of());
        return new Attestazione("INPS-ISEE-2024-00000001A-00", CF, dsu.date(), LocalDate.of(2024, 12, 31), null, false, List.of(),
                List.of(new Indicatore(TipoIndicatore.ORDINARIO, null, Indicatore.Esito.CALCOLATO, c)), List.of(), null);
    }
}

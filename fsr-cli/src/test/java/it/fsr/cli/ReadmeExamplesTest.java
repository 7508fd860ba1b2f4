package it.fsr.cli;

import static org.assertj.core.api.Assertions.assertThat;

import it.fsr.core.allocation.Allocation;
import it.fsr.core.allocation.AllocationEngine;
import it.fsr.core.allocation.AllocationRequest;
import it.fsr.core.allocation.Claim;
import it.fsr.core.money.Euro;
import it.fsr.core.money.Rate;
import it.fsr.core.parameter.DatedValue;
import it.fsr.core.parameter.ParameterSet;
import it.fsr.riparto.AmbitoRiparto;
import it.fsr.riparto.example.MonteOrfano2025;
import it.fsr.riparto.PlanComparison;
import it.fsr.riparto.RipartoParameters;
import it.fsr.riparto.RipartoPlan;
import it.fsr.riparto.RipartoScenario;
import it.fsr.isee.veneto.WorkStatus;
import it.fsr.isee.Disability;
import it.fsr.isee.dsu.Dsu;
import it.fsr.isee.dsu.DsuCalculator;
import it.fsr.isee.dsu.DsuMember;
import it.fsr.isee.Relationship;
import it.fsr.isee.dsu.DsuResult;
import it.fsr.isee.Purpose;
import it.fsr.isee.Variant;
import it.fsr.isee.veneto.ContributionDecision;
import it.fsr.isee.compartecipazione.Charge;
import it.fsr.isee.compartecipazione.Schedule;
import it.fsr.isee.compartecipazione.ScheduleCheck;
import it.fsr.isee.compartecipazione.ScheduleInput;
import it.fsr.isee.compartecipazione.User;
import it.fsr.isee.veneto.FattoreFamiglia;
import it.fsr.isee.veneto.FattoreFamigliaBatch;
import it.fsr.isee.veneto.HouseholdColumns;
import it.fsr.isee.veneto.HouseholdContributions;
import it.fsr.isee.veneto.ServiceYear;
import it.fsr.isee.veneto.Household;
import it.fsr.isee.IseeAttestation;
import it.fsr.isee.veneto.Member;
import it.fsr.isee.veneto.NurseryContribution;
import it.fsr.isee.veneto.RescaledIsee;
import it.fsr.inps.CodiceFiscale;
import it.fsr.inps.attestazione.Attestazione;
import it.fsr.inps.attestazione.AttestazioneUsata;
import it.fsr.inps.attestazione.AttestazioneXml;
import it.fsr.inps.attestazione.Difformita;
import it.fsr.inps.attestazione.Richiesta;
import it.fsr.inps.siuss.Beneficiario;
import it.fsr.inps.siuss.CodiciPrestazione;
import it.fsr.inps.siuss.Ente;
import it.fsr.inps.siuss.Flusso;
import it.fsr.inps.siuss.Prestazione;
import it.fsr.inps.siuss.SiussFlussi;
import it.fsr.lep.IstatComuni;
import it.fsr.lep.LepBatch;
import it.fsr.lep.LepParameters;
import it.fsr.lep.NurseryCoverage;
import it.fsr.lep.SocialWorkerReport;
import it.fsr.lep.SocialWorkerStatus;
import it.fsr.lep.SocialWorkers;
import java.io.StringReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Runs every Java snippet of the README (the snippets below are copied verbatim; a test checks it). */
class ReadmeExamplesTest {

    @Test
    void allocationEngine() {
        Allocation split = AllocationEngine.allocate(AllocationRequest.of(Euro.parse("100.00"),
                List.of(Claim.of("c", 1), Claim.of("a", 1), Claim.of("b", 1))));
        assert split.amountOf("a").equals(Euro.parse("33.34"));
        Allocation floor = AllocationEngine.allocate(AllocationRequest.of(Euro.parse("1000"),
                List.of(Claim.of("a", 50), Claim.of("b", 25).withCap(Euro.parse("200")), Claim.of("c", 10)))
                .withThreshold(Euro.parse("300")));
        assert floor.amountOf("c").isZero() && floor.remainder().isZero();
        assertThat(split.amountOf("a")).isEqualTo(Euro.parse("33.34"));
        assertThat(floor.amountOf("c").isZero() && floor.remainder().isZero()).isTrue();
    }

    @Test
    void riparto() {
        RipartoScenario scenario = MonteOrfano2025.scenario();           // or RipartoInput.scenario(name, text)
        RipartoPlan plan = AmbitoRiparto.compute(scenario, MonteOrfano2025.units());
        assert plan.reserve().equals(Euro.parse("21121.53"));
        String report = plan.toMarkdown(Locale.ITALIAN, true);          // or toText(...), toCsv()
        RipartoPlan twoPercent = AmbitoRiparto.compute(
                scenario.withSetAsides(Rate.ofPercent(2), Rate.ofPercent(8), Rate.ofPercent(2)), MonteOrfano2025.units());
        PlanComparison whatIf = PlanComparison.of(plan, twoPercent);
        assert whatIf.lines().get(0).difference().equals(Euro.parse("-12672.92"));
        assertThat(report).contains("Monte Orfano");
        assertThat(whatIf.lines().get(0).difference()).isEqualTo(Euro.parse("-12672.92"));
    }

    @Test
    void fattoreFamiglia() {
        LocalDate date = LocalDate.of(2021, 11, 19);                    // application date: the ages
        ServiceYear year = ServiceYear.parse("2021/22");                 // service year: the DGR edition
        Household family = Household.of("F2", date, Member.declarant(35, WorkStatus.WORKS),
                Member.child(2).withId("Anna").attendingNursery(), Member.child(7).withId("Luca"));
        IseeAttestation dsu = IseeAttestation.of(Euro.parse("10256.41"), new BigDecimal("2.34"), Euro.parse("24000.00"));
        RescaledIsee rescaled = FattoreFamiglia.rescale(family, dsu);   // FF scale 3.5, in melius
        assert rescaled.rescaled().equals(Euro.parse("6857.14"));
        HouseholdContributions perChild = NurseryContribution.decide(family, rescaled, year);
        ContributionDecision anna = perChild.decisions().get(0);       // one decision per child at the nido
        assert anna.memberId().equals("Anna") && anna.amount().equals(Euro.parse("471.43"));
        String why = anna.explanation().toText(Locale.ITALIAN);
        HouseholdColumns region = new HouseholdColumns().add(family, dsu);  // … and a million more
        FattoreFamigliaBatch.Result priced = FattoreFamigliaBatch.run(region, FattoreFamigliaBatch.Options.contribution(year));
        assert priced.contributionCents(0) == 47_143 && priced.childCount() == 1;
        assertThat(priced.contributionCents(0)).isEqualTo(47_143);
        assertThat(priced.childCount()).isEqualTo(1);
        assertThat(anna.amount()).isEqualTo(Euro.parse("471.43"));
        assertThat(perChild.total()).isEqualTo(Euro.parse("471.43"));
        assertThat(why).contains("Contributo decrescente");
    }

    @Test
    void lep() {
        SocialWorkerReport ambito = SocialWorkers.assess("Ambito A", 65_000, BigDecimal.valueOf(15), 2025,
                LepParameters.defaults());
        assert ambito.contribution797().equals(Euro.parse("160000.00"));
        assert ambito.status() == SocialWorkerStatus.LEP_MET;
        Euro montesilvano = NurseryCoverage.unitCost(2023, LepParameters.defaults()).amount(68);
        assert montesilvano.equals(Euro.parse("521426.69"));              // published: €521,427
        LepBatch.Result italy = LepBatch.run(IstatComuni.load(), 2025, LepParameters.defaults());
        assert italy.country().needed5000Pooled() == 11_887;
        assertThat(italy.country().needed5000Pooled()).isEqualTo(11_887);
    }

    @Test
    void parameters() {
        ParameterSet next = RipartoParameters.defaults().withOverlay("dgr-2026.csv", new StringReader("""
                name,value,valid_from,valid_until,source
                fsr.unit.minimumContribution,350.00,2026-01-01,2026-12-31,DGR XII/…/2026 (hypothetical)
                """));
        assert next.valueForYear(RipartoParameters.MINIMUM_CONTRIBUTION, 2026).equals(Euro.parse("350.00"));
        assert next.valueForYear(RipartoParameters.MINIMUM_CONTRIBUTION, 2025).equals(Euro.parse("300.00"));
        assertThat(next.valueForYear(RipartoParameters.MINIMUM_CONTRIBUTION, 2026)).isEqualTo(Euro.parse("350.00"));
    }

    /** The README's Monopoli schedule, one copy for the examples that use it. */
    static Schedule monopoliSchedule() {
        Schedule monopoli = ScheduleInput.read("monopoli.properties", """
                name=Monopoli SAD
                source=Comune di Monopoli, DCC 65 del 11/12/2017
                unit=ora
                cost=13,80
                isee=ordinario
                exempt_up_to=7.500,00
                segment.1=0|30.000,00|0|8,00
                full_cost_above=30.000,00
                """).schedule();
        return monopoli;
    }

    @Test
    void compartecipazione() {
        Schedule monopoli = monopoliSchedule();
        assert ScheduleCheck.check(monopoli).isEmpty();                  // no finding: monotone, within the cost, ISEE only
        Charge anna = monopoli.charge(new User("Anna", Euro.parse("15000"), null, new BigDecimal("37.5")));
        assert anna.fee().equals(Euro.parse("4.00")) && anna.comuneShare().equals(Euro.parse("367.50"));
        assertThat(ScheduleCheck.check(monopoli)).isEmpty();
        assertThat(anna.fee()).isEqualTo(Euro.parse("4.00"));
        assertThat(anna.comuneShare()).isEqualTo(Euro.parse("367.50"));
    }

    @Test
    void iseeFromTheDsu() {
        Dsu turin = Dsu.of("torino", LocalDate.of(2025, 6, 10), List.of(
                DsuMember.of("T1", Relationship.DECLARANT, 45, Disability.NONE, true).withEmployeeIncome(Euro.parse("15000")),
                DsuMember.of("T2", Relationship.SPOUSE, 43, Disability.NONE, true).withEmployeeIncome(Euro.parse("15000")),
                DsuMember.of("T3", Relationship.CHILD, 12, Disability.NONE, false),
                DsuMember.of("T4", Relationship.CHILD, 20, Disability.NONE, false)))
                .withRent(Euro.parse("8400")).withDeposits(Euro.parse("23000"), Euro.parse("21000"));
        DsuResult ordinario = DsuCalculator.compute(turin, Variant.ORDINARIO, Purpose.ORDINARIO);
        assert ordinario.isee().equals(Euro.parse("7368.42"));          // €3,000 per earner, not per household
        RescaledIsee fromDsu = FattoreFamiglia.rescale(
                Household.of("torino", LocalDate.of(2025, 6, 10), Member.declarant(45, WorkStatus.WORKS), Member.spouse(43, WorkStatus.WORKS),
                Member.child(12), Member.child(20).withStudent(false)), ordinario.toAttestation());
        assertThat(ordinario.isee()).isEqualTo(Euro.parse("7368.42"));
        assertThat(fromDsu.nationalIsee()).isEqualTo(Euro.parse("7368.42"));
    }

    @Test
    void theBeneficiaryAndTheResidentialMember() {
        DsuMember father = DsuMember.of("p", Relationship.DECLARANT, 70, Disability.NONE, true).withEmployeeIncome(Euro.parse("40000"));
        DsuMember son = DsuMember.of("f", Relationship.CHILD, 40, Disability.SEVERE, false).withPensionIncome(Euro.parse("5000"));
        Dsu home = Dsu.of("casa", LocalDate.of(2025, 6, 10), List.of(father, son.withBeneficiary(true)));
        DsuResult forTheSon = DsuCalculator.compute(home, Variant.SOCIOSANITARIO, Purpose.ORDINARIO);
        assert forTheSon.nucleus().equals(List.of("f")) && forTheSon.isee().equals(Euro.parse("2666.67"));  // his nucleo ristretto
        Dsu rsa = Dsu.of("rsa", LocalDate.of(2025, 6, 10), List.of(
                DsuMember.of("a", Relationship.DECLARANT, 80, Disability.NONE, false).withPensionIncome(Euro.parse("20000")),
                DsuMember.of("b", Relationship.SPOUSE, 82, Disability.NOT_SELF_SUFFICIENT, false).withPensionIncome(Euro.parse("10000"))
                        .withResidential(true)));                     // in convivenza anagrafica: +1 instead of the table step
        assert DsuCalculator.compute(rsa, Variant.ORDINARIO, Purpose.ORDINARIO).isee().equals(Euro.parse("11200.00"));
        assertThat(forTheSon.isee()).isEqualTo(Euro.parse("2666.67"));
        assertThat(DsuCalculator.compute(rsa, Variant.ORDINARIO, Purpose.ORDINARIO).scale()).isEqualByComparingTo("2.50");
    }

    /** The Comune's loop of the README: attestation in, contribution, SIUSS flow out. */
    @Test
    void inpsAndSiuss() throws IOException {
        byte[] inpsAnswer = Files.readAllBytes(Path.of("src/main/resources/examples/inps-attestazione.xml"));
        Schedule monopoli = monopoliSchedule();
        Attestazione att = AttestazioneXml.read(inpsAnswer);       // ConsultazioneISEE's XML, alone, in its answer, or base64
        assert att.verifica().concorda();                          // ISR, ISP, ISE, scale and ISEE recomputed, line by line
        CodiceFiscale annaCf = CodiceFiscale.of("RSSNNA40M60H501V", "beneficiario");  // checked by its control character
        AttestazioneUsata forSad = att.perServizio(new Richiesta(Variant.SOCIOSANITARIO, annaCf, LocalDate.of(2026, 3, 1),
                Difformita.NON_AMMESSE));                          // valid at the date, her nucleo ristretto, no omissioni
        assert forSad.attestazione().isee().equals(Euro.parse("13233.33"));
        Charge sad = monopoli.charge(new User("anna", forSad.attestazione().isee(), null, new BigDecimal("20")));
        Prestazione granted = Prestazione.daCompartecipazione(annaCf, "A2.07", "SAD-2026-0031", sad, forSad,
                LocalDate.of(2026, 3, 1), LocalDate.of(2026, 12, 31), 10);  // €276.00 a month: Comune 205.40, Anna 70.60
        Beneficiario anna = new Beneficiario(annaCf, "ROSSI", "ANNA", 1940, "H501", Beneficiario.Genere.FEMMINA, "380", null,
                List.of(new Beneficiario.Indirizzo("03", "097042", "380")));
        List<Flusso> flows = SiussFlussi.write(new Ente("C_E506", "Comune di Lecco", "E507", CodiceFiscale.of("00623530136", "operatore")),
                LocalDate.of(2026, 3, 5), 1, List.of(anna), List.of(granted), CodiciPrestazione.defaults(), SiussFlussi.Modalita.UPLOAD);
        assert flows.get(0).id().equals("C_E506.PSA.20260305.0000001");    // flows.get(0).xml(): valid PS_PSA_SINA201812.xsd
        assertThat(att.verifica().concorda()).isTrue();
        assertThat(forSad.attestazione().isee()).isEqualTo(Euro.parse("13233.33"));
        assertThat(granted.quotaEnte()).isEqualTo(Euro.parse("205.40"));
        assertThat(granted.quotaUtente()).isEqualTo(Euro.parse("70.60"));
        assertThat(flows.get(0).id()).isEqualTo("C_E506.PSA.20260305.0000001");
        SiussFlussi.validate(flows.get(0).xml());
    }

    @Test
    void everyReadmeSnippetIsInThisTest() throws IOException {
        List<String> readme = Files.readAllLines(Path.of("../README.md"), StandardCharsets.UTF_8);
        // this test's own examples, and the Spring Boot 4 application the README's service snippet comes from
        String self = Files.readString(Path.of("src/test/java/it/fsr/cli/ReadmeExamplesTest.java"), StandardCharsets.UTF_8)
                + Files.readString(Path.of("../fsr-spring-boot4-test/src/test/java/it/fsr/spring/boot4/VendorApp.java"), StandardCharsets.UTF_8);
        List<String> missing = new ArrayList<>();
        boolean inJava = false;
        int blocks = 0;
        for (String line : readme) {
            if (line.startsWith("```java")) {
                inJava = true;
                blocks++;
            } else if (line.startsWith("```")) {
                inJava = false;
            } else if (inJava && !line.isBlank() && !self.contains(line.strip())) {
                missing.add(line);
            }
        }
        assertThat(blocks).isEqualTo(10);
        assertThat(missing).isEmpty();
    }
}

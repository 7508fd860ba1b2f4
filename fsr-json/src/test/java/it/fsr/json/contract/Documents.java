package it.fsr.json.contract;

import it.fsr.core.allocation.Allocation;
import it.fsr.core.allocation.AllocationEngine;
import it.fsr.core.allocation.AllocationRequest;
import it.fsr.core.allocation.Claim;
import it.fsr.riparto.example.MonteOrfano2025;
import it.fsr.core.money.Euro;
import it.fsr.core.money.Rate;
import it.fsr.riparto.AmbitoRiparto;
import it.fsr.riparto.PlanComparison;
import it.fsr.riparto.RipartoPlan;
import it.fsr.riparto.RipartoScenario;
import it.fsr.riparto.ServiceUnit;
import it.fsr.core.validation.ValidationException;
import it.fsr.isee.veneto.BudgetCheck;
import it.fsr.isee.veneto.ContributionDecision;
import it.fsr.isee.Disability;
import it.fsr.isee.veneto.FattoreFamiglia;
import it.fsr.isee.veneto.FattoreFamigliaBatch;
import it.fsr.isee.veneto.Household;
import it.fsr.isee.veneto.HouseholdColumns;
import it.fsr.isee.veneto.HouseholdContributions;
import it.fsr.isee.IseeAttestation;
import it.fsr.isee.veneto.Member;
import it.fsr.isee.veneto.NurseryContribution;
import it.fsr.isee.veneto.RescaledIsee;
import it.fsr.isee.veneto.ServiceYear;
import it.fsr.isee.veneto.WorkStatus;
import it.fsr.isee.compartecipazione.Charge;
import it.fsr.isee.compartecipazione.Schedule;
import it.fsr.isee.compartecipazione.ScheduleCheck;
import it.fsr.isee.compartecipazione.ScheduleComparison;
import it.fsr.isee.compartecipazione.ScheduleInput;
import it.fsr.isee.compartecipazione.User;
import it.fsr.isee.dsu.Dsu;
import it.fsr.isee.dsu.DsuCalculator;
import it.fsr.isee.dsu.DsuMember;
import it.fsr.isee.Relationship;
import it.fsr.isee.dsu.DsuResult;
import it.fsr.isee.Purpose;
import it.fsr.isee.Variant;
import it.fsr.lep.LepParameters;
import it.fsr.lep.NurseryCoverage;
import it.fsr.lep.NurseryReport;
import it.fsr.lep.SocialWorkerReport;
import it.fsr.lep.SocialWorkers;
import it.fsr.lep.TransportCoverage;
import it.fsr.lep.TransportReport;
import it.fsr.piano.fundmap.FundMap;
import it.fsr.lep.monitoring.Rendicontazione;
import it.fsr.piano.pnrr.Tranches;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The documents every JSON adapter of fsr must write and read alike: every public result type fsr's calculators return,
 * the inputs a service receives, and the engines' outputs that are written and never read.
 */
public final class Documents {
    private static final LocalDate DATE = LocalDate.of(2021, 11, 19);

    private Documents() {
    }

    /** The readable values, by name: the value, its declared type and, for a list, its element type. */
    public static Map<String, Object[]> readable() {
        Map<String, Object[]> m = new LinkedHashMap<>();
        ServiceYear year = ServiceYear.parse("2021/22");
        Household family = Household.of("F2", DATE, Member.declarant(35, WorkStatus.WORKS),
                Member.child(2).withId("Anna").attendingNursery(), Member.child(7).withId("Luca"));
        IseeAttestation att = IseeAttestation.of(Euro.parse("10256.41"), new BigDecimal("2.34"), Euro.parse("24000.00"));
        RescaledIsee rescaled = FattoreFamiglia.rescale(family, att);
        HouseholdContributions contributions = NurseryContribution.decide(family, rescaled, year);
        put(m, "household", family, Household.class);
        put(m, "attestation", att, IseeAttestation.class);
        put(m, "rescaledIsee", rescaled, RescaledIsee.class);
        put(m, "householdContributions", contributions, HouseholdContributions.class);
        put(m, "contributionDecision", contributions.decisions().get(0), ContributionDecision.class);
        BudgetCheck.Result budget = BudgetCheck.check(Euro.parse("300"), BudgetCheck.applications(List.of(contributions)),
                BudgetCheck.Policy.RANKING);
        put(m, "budgetCheck", budget, BudgetCheck.Result.class);

        Dsu turin = Dsu.of("torino", LocalDate.of(2025, 6, 10), List.of(
                DsuMember.of("T1", Relationship.DECLARANT, 45, Disability.NONE, true).withEmployeeIncome(Euro.parse("15000")),
                DsuMember.of("T2", Relationship.SPOUSE, 43, Disability.NONE, true).withEmployeeIncome(Euro.parse("15000")),
                DsuMember.of("T3", Relationship.CHILD, 12, Disability.NONE, false),
                DsuMember.of("T4", Relationship.CHILD, 20, Disability.NONE, false)))
                .withRent(Euro.parse("8400")).withDeposits(Euro.parse("23000"), Euro.parse("21000"));
        put(m, "dsu", turin, Dsu.class);
        put(m, "dsuResult", DsuCalculator.compute(turin, Variant.ORDINARIO, Purpose.ORDINARIO), DsuResult.class);

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
        User anna = new User("Anna", Euro.parse("15000"), null, new BigDecimal("37.5"));
        put(m, "schedule", monopoli, Schedule.class);
        put(m, "user", anna, User.class);
        put(m, "charge", monopoli.charge(anna), Charge.class);
        put(m, "scheduleComparison", ScheduleComparison.of(monopoli, monopoli, List.of(anna)), ScheduleComparison.class);
        put(m, "scheduleFindings", ScheduleCheck.check(monopoli), List.class, ScheduleCheck.Finding.class);

        put(m, "socialWorkerReport", SocialWorkers.assess("Ambito A", 65_000, BigDecimal.valueOf(15), 2025, LepParameters.defaults()),
                SocialWorkerReport.class);
        put(m, "nurseryReport", NurseryCoverage.assess("Montesilvano", 1000, 250, 2025, LepParameters.defaults()), NurseryReport.class);
        put(m, "transportReport", TransportCoverage.assess("Comune X", 40, 30, 2025, LepParameters.defaults()), TransportReport.class);
        put(m, "tranches", Tranches.of(Euro.parse("211500")), List.class, Tranches.Tranche.class);
        Rendicontazione.Report report = Rendicontazione.Report.social("Adro", "Lombardia", Euro.parse("40000"), Euro.parse("30000"),
                Euro.parse("35000"), new BigDecimal("2"), 12_000, Euro.parse("30000"));
        put(m, "rendicontazione", Rendicontazione.assess(List.of(report), 2023, it.fsr.lep.LepParameters.defaults()), Rendicontazione.Result.class);

        AllocationRequest request = AllocationRequest.of(Euro.parse("1000"),
                List.of(Claim.of("a", 50), Claim.of("b", 25).withCap(Euro.parse("200")), Claim.of("c", 10))).withThreshold(Euro.parse("300"));
        put(m, "allocationRequest", request, AllocationRequest.class);
        put(m, "scenario", MonteOrfano2025.scenario(), RipartoScenario.class);
        put(m, "units", MonteOrfano2025.units(), List.class, ServiceUnit.class);
        put(m, "rate", Rate.ofPercent(new BigDecimal("28.88")), Rate.class);
        return m;
    }

    private static void put(Map<String, Object[]> m, String name, Object value, Class<?> type, Class<?>... element) {
        m.put(name, new Object[] {value, type, element.length == 0 ? null : element[0]});
    }

    /** The engines' outputs: written, never read. */
    public static Map<String, Object> writeOnly() {
        Map<String, Object> m = new LinkedHashMap<>();
        Allocation floor = AllocationEngine.allocate(AllocationRequest.of(Euro.parse("1000"),
                List.of(Claim.of("a", 50), Claim.of("b", 25).withCap(Euro.parse("200")), Claim.of("c", 10))).withThreshold(Euro.parse("300")));
        m.put("allocation", floor);
        RipartoPlan plan = AmbitoRiparto.compute(MonteOrfano2025.scenario(), MonteOrfano2025.units());
        m.put("ripartoPlan", plan);
        RipartoPlan twoPercent = AmbitoRiparto.compute(MonteOrfano2025.scenario()
                .withSetAsides(Rate.ofPercent(2), Rate.ofPercent(8), Rate.ofPercent(2)), MonteOrfano2025.units());
        m.put("planComparison", PlanComparison.of(plan, twoPercent));
        m.put("fundMap", FundMap.of(List.of(new FundMap.Line("FSR-ANZIANI", "DGR XII/4793/2025", 2025, plan.areas().get(1).allocated(), java.time.LocalDate.of(2025, 12, 31), java.util.Set.of("anziani"))), List.of(new FundMap.Service("SAD", "Anziani", 2025, Euro.parse("50000")))));
        Household family = Household.of("F2", DATE, Member.declarant(35, WorkStatus.WORKS), Member.child(2).withId("Anna").attendingNursery());
        m.put("ffBatch", FattoreFamigliaBatch.run(new HouseholdColumns().add(family,
                IseeAttestation.of(Euro.parse("10256.41"), new BigDecimal("2.34"))), FattoreFamigliaBatch.Options.contribution(ServiceYear.parse("2021/22"))));
        return m;
    }
}

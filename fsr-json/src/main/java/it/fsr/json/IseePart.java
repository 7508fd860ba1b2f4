package it.fsr.json;

import it.fsr.isee.IseeAttestation;
import it.fsr.isee.compartecipazione.Band;
import it.fsr.isee.compartecipazione.Schedule;
import it.fsr.isee.veneto.FattoreFamigliaBatch;
import it.fsr.isee.veneto.Household;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** fsr-isee's documents: registered only when fsr-isee is on the class path. */
final class IseePart implements Registry.Part {
    /** Created by the registry. */
    IseePart() {
    }

    @Override
    public void register(Registry r) {
        r.codec(IseeAttestation.class, IseeCodecs::writeAttestation, IseeCodecs::readAttestation);
        r.codec(Household.class, IseeCodecs::writeHousehold, IseeCodecs::readHousehold);
        r.codec(Schedule.class, IseeCodecs::writeSchedule, IseeCodecs::readSchedule);
        r.family(Band.class, IseeCodecs::writeBand, (t, path, c) -> IseeCodecs.band(t, path));
        Map<String, Function<FattoreFamigliaBatch.Result, Object>> batch = new LinkedHashMap<>();
        batch.put("totalContributions", FattoreFamigliaBatch.Result::totalContributions);
        batch.put("rows", res -> {
            List<FattoreFamigliaBatch.Row> rows = new ArrayList<>(res.size());
            for (int i = 0; i < res.size(); i++) {
                rows.add(res.row(i));
            }
            return rows;
        });
        batch.put("children", res -> {
            List<FattoreFamigliaBatch.ChildRow> kids = new ArrayList<>(res.childCount());
            for (int k = 0; k < res.childCount(); k++) {
                kids.add(res.child(k));
            }
            return kids;
        });
        r.writeOnly.put(FattoreFamigliaBatch.Result.class, WriteOnly.of(FattoreFamigliaBatch.Result.class, batch));
        // a member's line of the ISR: exact amounts (the ISR is rounded once), written as strings like every amount
        r.amountRecords.add(it.fsr.isee.dsu.MemberLine.class);
        r.schemas.put(IseeAttestation.class, IseeSchemas::attestation);
        r.schemas.put(Household.class, IseeSchemas::household);
        r.schemas.put(Schedule.class, IseeSchemas::schedule);
        r.schemas.put(Band.class, IseeSchemas::band);
        r.documents.addAll(List.of(it.fsr.isee.dsu.Dsu.class, Household.class, IseeAttestation.class, Schedule.class,
                it.fsr.isee.compartecipazione.User.class, it.fsr.isee.dsu.DsuResult.class, it.fsr.isee.veneto.RescaledIsee.class,
                it.fsr.isee.veneto.HouseholdContributions.class, it.fsr.isee.veneto.ContributionDecision.class,
                it.fsr.isee.veneto.BudgetCheck.Result.class, it.fsr.isee.compartecipazione.Charge.class,
                it.fsr.isee.compartecipazione.ScheduleComparison.class, it.fsr.isee.compartecipazione.ScheduleCheck.Finding.class,
                FattoreFamigliaBatch.Result.class));
    }
}

package it.fsr.json;

import it.fsr.piano.fundmap.FundMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** fsr-piano's documents: registered only when fsr-piano is on the class path. */
final class PianoPart implements Registry.Part {
    /** Created by the registry. */
    PianoPart() {
    }

    @Override
    public void register(Registry r) {
        Map<String, Function<FundMap, Object>> map = new LinkedHashMap<>();
        map.put("years", FundMap::years);
        map.put("lines", FundMap::lines);
        map.put("services", FundMap::services);
        map.put("assignments", FundMap::assignments);
        map.put("moneyAtRisk", FundMap::moneyAtRisk);
        r.writeOnly.put(FundMap.class, WriteOnly.of(FundMap.class, map));
        r.documents.addAll(List.of(it.fsr.piano.pnrr.Tranches.Tranche.class, FundMap.class));
    }
}

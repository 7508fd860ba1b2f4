package it.fsr.json;

import java.util.List;

/** fsr-lep's documents (records all, read and written by the record codec): registered only when fsr-lep is on the class path. */
final class LepPart implements Registry.Part {
    /** Created by the registry. */
    LepPart() {
    }

    @Override
    public void register(Registry r) {
        r.documents.addAll(List.of(it.fsr.lep.SocialWorkerReport.class, it.fsr.lep.NurseryReport.class, it.fsr.lep.TransportReport.class,
                it.fsr.lep.monitoring.Rendicontazione.Result.class));
    }
}

/**
 * The fsr kernel: exact money, the allocation engine, dated parameters, explanations, validation and
 * messages, and the text input of the domains (CSV, properties). It holds no rule of any act; the domains
 * (riparto, ISEE, LEP, the Ambito's programming) stand on it.
 */
module it.fsr.core {
    exports it.fsr.core.money;
    exports it.fsr.core.allocation;
    exports it.fsr.core.parameter;
    exports it.fsr.core.explain;
    exports it.fsr.core.validation;
    // the CSV reader is the domains' input parsers' and the command line's, not API
    exports it.fsr.core.csv to it.fsr.riparto, it.fsr.isee, it.fsr.lep, it.fsr.piano, it.fsr.inps;
    // the thread helper of the readers and batches, not API
    exports it.fsr.core.parallel to it.fsr.riparto, it.fsr.isee, it.fsr.lep, it.fsr.piano;
}

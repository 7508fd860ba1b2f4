/**
 * The fsr kernel (exact money, the allocation engine, dated parameters, explanations, validation,
 * CSV reading) and the FSR riparto of Regione Lombardia.
 */
module it.fsr.core {
    exports it.fsr.core.money;
    exports it.fsr.core.allocation;
    exports it.fsr.core.parameter;
    exports it.fsr.core.explain;
    exports it.fsr.core.validation;
    // the CSV reader is the command line's and the input parsers', not API
    exports it.fsr.core.csv to it.fsr.isee, it.fsr.lep;
    exports it.fsr.core.riparto;
}

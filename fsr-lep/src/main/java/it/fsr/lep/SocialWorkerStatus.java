package it.fsr.lep;

/** Where a Comune or Ambito stands against the social-worker ratios (L. 178/2020 c. 797). */
public enum SocialWorkerStatus {
    /** Fewer workers than 1 per 6,500 inhabitants. */
    BELOW_OBJECTIVE,
    /** At least 1 per 6,500 (the service objective for 2026), below 1 per 5,000. */
    OBJECTIVE_MET,
    /** At least 1 per 5,000 (the LEP), below 1 per 4,000. */
    LEP_MET,
    /** At least 1 per 4,000 (the further objective). */
    FURTHER_OBJECTIVE_MET
}

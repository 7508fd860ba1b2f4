package it.fsr.isee.veneto;

/**
 * A member's work status in the reference year. {@link #WORKS} means at least six months of work or
 * business activity (DPCM 159/2013 all. 1, maggiorazione b).
 */
public enum WorkStatus {
    /** Worked at least six months. */
    WORKS,
    /** Unemployed (disoccupato). */
    UNEMPLOYED,
    /** Not working for another reason (student, homemaker, retired…). */
    NOT_WORKING
}

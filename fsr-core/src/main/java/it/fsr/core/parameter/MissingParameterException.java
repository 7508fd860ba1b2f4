package it.fsr.core.parameter;

import java.util.List;

import it.fsr.core.validation.Violation;

/**
 * No value of a legal parameter is in force for the date, year or window a calculation asks for: the act
 * for that period is not loaded (or not yet adopted). This is not bad user input: the caller must load
 * the parameter (a parameters file of the new act, {@link ParameterSet#withOverlay(java.nio.file.Path)}) or ask for a period the act covers. A value
 * published for one year or window is never carried into the next one.
 *
 * <p>Distinct from {@link it.fsr.core.validation.ValidationException} so that a service can map bad
 * input to a client error and a missing parameter to a server-side one. The message renders as
 * {@code name = period: why}, like a violation. Immutable.
 */
public final class MissingParameterException extends it.fsr.core.validation.FsrException {
    private static final long serialVersionUID = 1L;

    /** The stable code of this problem. */
    public static final String CODE = "FSR-PARAM-MISSING";

    private final String parameter;
    private final String period;
    private final String reason;

    /**
     * Creates the exception.
     *
     * @param parameter the parameter's name
     * @param period    the date, year or window asked for, as text
     * @param reason    why no value applies (e.g. "no value in force on this date")
     */
    public MissingParameterException(String parameter, Object period, String reason) {
        super(parameter + " = " + period + ": " + reason);
        this.parameter = parameter;
        this.period = String.valueOf(period);
        this.reason = reason;
    }

    /** The name of the parameter to load. */
    public String parameter() {
        return parameter;
    }

    /** The problem as a violation (field = the parameter, value = the period), for reports. */
    public Violation violation() {
        return new Violation(parameter, period, reason, CODE, List.of(parameter, period));
    }

    /** {@value #CODE}. */
    @Override
    public String code() {
        return CODE;
    }

    /** The one violation of {@link #violation()}. */
    @Override
    public List<Violation> violations() {
        return List.of(violation());
    }

    /** False: the service lacks the act for the period, the caller's input is not at fault. */
    @Override
    public boolean isInputProblem() {
        return false;
    }
}

package it.fsr.lep;

import it.fsr.core.money.Euro;
import it.fsr.core.money.Rate;
import it.fsr.core.parameter.ParameterKey;
import it.fsr.core.parameter.ParameterSet;
import java.time.LocalDate;
import java.util.List;

/**
 * The LEP parameters and yearly resources of the FSC (from 2025 the FELS, L. 213/2023 c. 494-501), with
 * their dates and sources (the OpenCivitas/Sose page on the FSC LEP and service objectives, and the laws it cites).
 */
public final class LepParameters {
    private static final String C791 = "L. 178/2020 art. 1 c. 791-792; nota metodologica CTFS (GU 19/12/2022)";

    /** Inhabitants per social worker: the LEP. */
    static final ParameterKey<Integer> SOCIAL_LEP_RATIO = ParameterKey.of("lep.social.lepRatio", Integer.class, "inhabitants per social worker: LEP");
    /** Inhabitants per social worker: the service objective (2026). */
    public static final ParameterKey<Integer> SOCIAL_OBJECTIVE_RATIO = ParameterKey.of("lep.social.objectiveRatio", Integer.class, "inhabitants per social worker: service objective");
    /** Inhabitants per social worker: the further objective. */
    static final ParameterKey<Integer> SOCIAL_FURTHER_RATIO = ParameterKey.of("lep.social.furtherRatio", Integer.class, "inhabitants per social worker: further objective");
    /** c. 797: per worker between the objective and the LEP ratio. */
    static final ParameterKey<Euro> SOCIAL_C797_FIRST = ParameterKey.of("lep.social.c797.first", Euro.class, "c. 797 contribution per worker from 1:6,500 to 1:5,000");
    /** c. 797: per worker between the LEP and the further ratio. */
    static final ParameterKey<Euro> SOCIAL_C797_SECOND = ParameterKey.of("lep.social.c797.second", Euro.class, "c. 797 contribution per worker from 1:5,000 to 1:4,000");
    /** FSC social share resources, RSO Comuni. */
    static final ParameterKey<Euro> SOCIAL_RESOURCES = ParameterKey.of("lep.social.resources", Euro.class, "FSC social share, RSO Comuni, yearly resources");
    /** Nursery coverage threshold under which Comuni get resources. */
    static final ParameterKey<Rate> NURSERY_THRESHOLD = ParameterKey.of("lep.nursery.threshold", Rate.class, "nursery coverage threshold of the year");
    /** Nursery LEP coverage. */
    static final ParameterKey<Rate> NURSERY_LEP = ParameterKey.of("lep.nursery.lep", Rate.class, "nursery LEP coverage (places / children 3-36 months)");
    /** Nursery yearly resources. */
    static final ParameterKey<Euro> NURSERY_RESOURCES = ParameterKey.of("lep.nursery.resources", Euro.class, "nursery yearly resources");
    /** Nursery: Σ additional users of the year's decree (for the cost per user). */
    static final ParameterKey<Long> NURSERY_USERS = ParameterKey.of("lep.nursery.users", Long.class, "nursery: additional users of the year's decree");
    /** Nursery national target of additional children served. */
    static final ParameterKey<Long> NURSERY_NATIONAL_TARGET = ParameterKey.of("lep.nursery.nationalTarget", Long.class, "additional children served nationally");
    /** Transport target coverage. */
    static final ParameterKey<Rate> TRANSPORT_TARGET = ParameterKey.of("lep.transport.target", Rate.class, "transport coverage target of the year");
    /** Transport yearly resources. */
    static final ParameterKey<Euro> TRANSPORT_RESOURCES = ParameterKey.of("lep.transport.resources", Euro.class, "transport of pupils with disabilities, yearly resources");
    /** Transport: Σ additional users of the year's decree. */
    static final ParameterKey<Long> TRANSPORT_USERS = ParameterKey.of("lep.transport.users", Long.class, "transport: additional users of the year's decree");
    /** Transport national target of additional pupils. */
    static final ParameterKey<Long> TRANSPORT_NATIONAL_TARGET = ParameterKey.of("lep.transport.nationalTarget", Long.class, "additional pupils transported nationally");

    /** Every key of this catalogue, with or without a shipped value. */
    static final List<ParameterKey<?>> KEYS = List.of(
            SOCIAL_LEP_RATIO,
            SOCIAL_OBJECTIVE_RATIO,
            SOCIAL_FURTHER_RATIO,
            SOCIAL_C797_FIRST,
            SOCIAL_C797_SECOND,
            SOCIAL_RESOURCES,
            NURSERY_THRESHOLD,
            NURSERY_LEP,
            NURSERY_RESOURCES,
            NURSERY_USERS,
            NURSERY_NATIONAL_TARGET,
            TRANSPORT_TARGET,
            TRANSPORT_RESOURCES,
            TRANSPORT_USERS,
            TRANSPORT_NATIONAL_TARGET);

    private static final ParameterSet DEFAULTS = ParameterSet.fromResources(name -> LepParameters.class.getResourceAsStream(name), KEYS, "lep.csv");

    private LepParameters() {
    }

    /** The defaults, with their sources. */
    public static ParameterSet defaults() {
        return DEFAULTS;
    }
}

package it.fsr.lep;

import it.fsr.core.money.Euro;
import it.fsr.core.money.Rate;
import it.fsr.core.parameter.DatedValue;
import it.fsr.core.parameter.Parameter;
import it.fsr.core.parameter.ParameterKey;
import it.fsr.core.parameter.ParameterSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The LEP parameters and yearly resources of the FSC (from 2025 the FELS, L. 213/2023 c. 494-501), with
 * their dates and sources (the OpenCivitas/Sose page on the FSC LEP and service objectives, and the laws it cites).
 */
public final class LepParameters {
    private static final String C797 = "L. 178/2020 art. 1 c. 797";
    private static final String C791 = "L. 178/2020 art. 1 c. 791-792; nota metodologica CTFS (GU 19/12/2022)";
    private static final String C172 = "L. 234/2021 art. 1 c. 172-173";
    private static final String C174 = "L. 234/2021 art. 1 c. 174";

    /** Inhabitants per social worker: the LEP. */
    public static final ParameterKey<Integer> SOCIAL_LEP_RATIO = ParameterKey.of("lep.social.lepRatio", Integer.class, "inhabitants per social worker: LEP");
    /** Inhabitants per social worker: the service objective (2026). */
    public static final ParameterKey<Integer> SOCIAL_OBJECTIVE_RATIO = ParameterKey.of("lep.social.objectiveRatio", Integer.class, "inhabitants per social worker: service objective");
    /** Inhabitants per social worker: the further objective. */
    public static final ParameterKey<Integer> SOCIAL_FURTHER_RATIO = ParameterKey.of("lep.social.furtherRatio", Integer.class, "inhabitants per social worker: further objective");
    /** c. 797: per worker between the objective and the LEP ratio. */
    public static final ParameterKey<Euro> SOCIAL_C797_FIRST = ParameterKey.of("lep.social.c797.first", Euro.class, "c. 797 contribution per worker from 1:6,500 to 1:5,000");
    /** c. 797: per worker between the LEP and the further ratio. */
    public static final ParameterKey<Euro> SOCIAL_C797_SECOND = ParameterKey.of("lep.social.c797.second", Euro.class, "c. 797 contribution per worker from 1:5,000 to 1:4,000");
    /** FSC social share resources, RSO Comuni. */
    public static final ParameterKey<Euro> SOCIAL_RESOURCES = ParameterKey.of("lep.social.resources", Euro.class, "FSC social share, RSO Comuni, yearly resources");
    /** Nursery coverage threshold under which Comuni get resources. */
    public static final ParameterKey<Rate> NURSERY_THRESHOLD = ParameterKey.of("lep.nursery.threshold", Rate.class, "nursery coverage threshold of the year");
    /** Nursery LEP coverage. */
    public static final ParameterKey<Rate> NURSERY_LEP = ParameterKey.of("lep.nursery.lep", Rate.class, "nursery LEP coverage (places / children 3-36 months)");
    /** Nursery yearly resources. */
    public static final ParameterKey<Euro> NURSERY_RESOURCES = ParameterKey.of("lep.nursery.resources", Euro.class, "nursery yearly resources");
    /** Nursery: Σ additional users of the year's decree (for the cost per user). */
    public static final ParameterKey<Long> NURSERY_USERS = ParameterKey.of("lep.nursery.users", Long.class, "nursery: additional users of the year's decree");
    /** Nursery national target of additional children served. */
    public static final ParameterKey<Long> NURSERY_NATIONAL_TARGET = ParameterKey.of("lep.nursery.nationalTarget", Long.class, "additional children served nationally");
    /** Transport target coverage. */
    public static final ParameterKey<Rate> TRANSPORT_TARGET = ParameterKey.of("lep.transport.target", Rate.class, "transport coverage target of the year");
    /** Transport yearly resources. */
    public static final ParameterKey<Euro> TRANSPORT_RESOURCES = ParameterKey.of("lep.transport.resources", Euro.class, "transport of pupils with disabilities, yearly resources");
    /** Transport: Σ additional users of the year's decree. */
    public static final ParameterKey<Long> TRANSPORT_USERS = ParameterKey.of("lep.transport.users", Long.class, "transport: additional users of the year's decree");
    /** Transport national target of additional pupils. */
    public static final ParameterKey<Long> TRANSPORT_NATIONAL_TARGET = ParameterKey.of("lep.transport.nationalTarget", Long.class, "additional pupils transported nationally");

    private static final ParameterSet DEFAULTS;

    static {
        List<Parameter<?>> l = new ArrayList<>();
        LocalDate y2021 = LocalDate.of(2021, 1, 1);
        l.add(Parameter.of(SOCIAL_LEP_RATIO, DatedValue.from(5000, y2021, C797 + " (LEP 1:5.000)")));
        l.add(Parameter.of(SOCIAL_OBJECTIVE_RATIO, DatedValue.from(6500, y2021, C797 + " (obiettivo di servizio 1:6.500 entro il 2026)")));
        l.add(Parameter.of(SOCIAL_FURTHER_RATIO, DatedValue.from(4000, y2021, C797 + " (obiettivo ulteriore 1:4.000)")));
        l.add(Parameter.of(SOCIAL_C797_FIRST, DatedValue.from(Euro.ofEuros(40000), y2021, C797)));
        l.add(Parameter.of(SOCIAL_C797_SECOND, DatedValue.from(Euro.ofEuros(20000), y2021, C797)));
        long[] social = {215_923_000, 254_923_000, 299_923_000, 345_923_000, 390_923_000, 442_923_000, 501_923_000, 559_923_000,
            618_923_000, 650_923_000};
        List<DatedValue<Euro>> s = new ArrayList<>();
        for (int i = 0; i < social.length; i++) {
            s.add(DatedValue.fromYear(Euro.ofEuros(social[i]), 2021 + i, C791 + (i == social.length - 1 ? " (650 milioni annui dal 2030)" : "")));
        }
        l.add(Parameter.of(SOCIAL_RESOURCES, s));
        l.add(Parameter.of(NURSERY_THRESHOLD, DatedValue.fromYear(Rate.parsePercent("28.88"), 2022, C172 + " (soglia 28,88% nel 2022-2024)"),
                DatedValue.fromYear(Rate.ofPercent(33), 2025, C172 + " (33% dal 2025)")));
        l.add(Parameter.of(NURSERY_LEP, DatedValue.fromYear(Rate.ofPercent(33), 2022, C172 + " (LEP 33% entro il 2027)")));
        long[][] nursery = {{2022, 120_000_000}, {2023, 175_000_000}, {2024, 230_000_000}, {2025, 300_000_000}, {2026, 450_000_000},
            {2027, 1_100_000_000}};
        List<DatedValue<Euro>> n = new ArrayList<>();
        for (long[] r : nursery) {
            n.add(DatedValue.fromYear(Euro.ofEuros(r[1]), (int) r[0], C172 + (r[0] == 2027 ? " (1.100 milioni annui dal 2027)" : "")));
        }
        l.add(Parameter.of(NURSERY_RESOURCES, n));
        l.add(Parameter.of(NURSERY_USERS, DatedValue.fromYear(15_639L, 2022, "DM 19/07/2022 (riparto 2022)"),
                DatedValue.fromYear(22_822L, 2023, "DM 26/04/2023 (riparto 2023, come riassunto dalla stampa)")));
        l.add(Parameter.of(NURSERY_NATIONAL_TARGET, DatedValue.fromYear(142_000L, 2027, C172 + " (+142.000 bambini serviti dal 2027, obiettivo nazionale riportato da Sose/OpenCivitas)")));
        l.add(Parameter.of(TRANSPORT_TARGET, DatedValue.fromYear(Rate.parsePercent("11.59"), 2025, "riparto 2025 (11,59%, 22.784 utenti, 5.301 Comuni)"),
                DatedValue.fromYear(Rate.parsePercent("20.9"), 2027, C174 + " (20,9% entro il 2027; 10,6% raggiunto nel 2022)")));
        String seedVsLaw = " (120 milioni annui dal 2027 secondo il testo di legge riportato; la pagina Sose/OpenCivitas sul FSC indica 127 milioni: si adotta la cifra di legge)";
        long[][] transport = {{2022, 30_000_000}, {2023, 50_000_000}, {2024, 80_000_000}, {2025, 100_000_000}, {2026, 100_000_000},
            {2027, 120_000_000}};
        List<DatedValue<Euro>> t = new ArrayList<>();
        for (long[] r : transport) {
            t.add(DatedValue.fromYear(Euro.ofEuros(r[1]), (int) r[0], C174 + (r[0] == 2027 ? seedVsLaw : "")));
        }
        l.add(Parameter.of(TRANSPORT_RESOURCES, t));
        l.add(Parameter.of(TRANSPORT_USERS, DatedValue.fromYear(8_632L, 2022, "DM 30/05/2022 (riparto 2022)"),
                DatedValue.fromYear(14_373L, 2023, "riparto 2023"), DatedValue.fromYear(22_784L, 2025, "riparto 2025 (4.389,04 euro per utente)")));
        l.add(Parameter.of(TRANSPORT_NATIONAL_TARGET, DatedValue.fromYear(26_000L, 2027, C174 + " (+26.000 alunni dal 2027, obiettivo nazionale riportato da Sose/OpenCivitas)")));
        DEFAULTS = ParameterSet.of(l);
    }

    private LepParameters() {
    }

    /** The defaults, with their sources. */
    public static ParameterSet defaults() {
        return DEFAULTS;
    }
}

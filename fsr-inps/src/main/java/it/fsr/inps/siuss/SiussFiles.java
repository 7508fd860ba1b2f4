package it.fsr.inps.siuss;

import it.fsr.core.csv.CsvRow;
import it.fsr.core.csv.CsvTable;
import it.fsr.core.money.Euro;
import it.fsr.core.validation.ValidationException;
import it.fsr.core.validation.Violation;
import it.fsr.core.validation.Violations;
import it.fsr.inps.CodiceFiscale;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The command line's {@code siuss}: the prestazioni granted and their beneficiaries in two CSV (or Excel) files, read
 * whole and turned into SIUSS flows by {@link SiussFlussi}, every problem at {@code file:line: column}. Stateless.
 *
 * <p>Decisions ({@code codice_fiscale, codice_prestazione, protocollo_domanda, prova_mezzi, carattere}; optional
 * {@code operazione} (inserimento|cancellazione), {@code protocollo_dsu, data_dsu, data_inizio, data_fine,
 * data_erogazione, importo, mesi, importo_mensile, quota_ente, quota_utente, quota_ssn, soglia_isee, presa_in_carico}
 * (si|no), {@code area_utenza} (famiglia-minori|disabilita|poverta)); {@code prova_mezzi} is isee, altra, esente or
 * nessuna; {@code carattere} periodica or occasionale.
 *
 * <p>Beneficiaries ({@code codice_fiscale, cognome, nome, anno_nascita, luogo_nascita, genere, cittadinanza,
 * codice_nazione}; optional {@code seconda_cittadinanza, codice_regione, codice_comune}); {@code genere} M or F.
 */
public final class SiussFiles {
    /** The decisions file's required columns. */
    public static final List<String> D_REQUIRED = List.of("codice_fiscale", "codice_prestazione", "protocollo_domanda", "prova_mezzi", "carattere");
    /** Its optional columns. */
    public static final List<String> D_OPTIONAL = List.of("operazione", "protocollo_dsu", "data_dsu", "data_inizio", "data_fine", "data_erogazione",
            "importo", "mesi", "importo_mensile", "quota_ente", "quota_utente", "quota_ssn", "soglia_isee", "presa_in_carico", "area_utenza");
    /** The beneficiaries file's required columns. */
    public static final List<String> B_REQUIRED = List.of("codice_fiscale", "cognome", "nome", "anno_nascita", "luogo_nascita", "genere",
            "cittadinanza", "codice_nazione");
    /** Its optional columns. */
    public static final List<String> B_OPTIONAL = List.of("seconda_cittadinanza", "codice_regione", "codice_comune");
    private static final Map<String, Prestazione.ProvaMezzi> PROVA = Map.of("isee", Prestazione.ProvaMezzi.ISEE, "1", Prestazione.ProvaMezzi.ISEE,
            "altra", Prestazione.ProvaMezzi.ALTRA, "2", Prestazione.ProvaMezzi.ALTRA, "esente", Prestazione.ProvaMezzi.ESENTE, "3",
            Prestazione.ProvaMezzi.ESENTE, "nessuna", Prestazione.ProvaMezzi.NESSUNA, "4", Prestazione.ProvaMezzi.NESSUNA);
    private static final Map<String, Prestazione.Carattere> CARATTERE = Map.of("periodica", Prestazione.Carattere.PERIODICA, "1",
            Prestazione.Carattere.PERIODICA, "occasionale", Prestazione.Carattere.OCCASIONALE, "2", Prestazione.Carattere.OCCASIONALE);
    private static final Map<String, Prestazione.AreaUtenza> AREA = Map.of("famiglia-minori", Prestazione.AreaUtenza.FAMIGLIA_MINORI, "1",
            Prestazione.AreaUtenza.FAMIGLIA_MINORI, "disabilita", Prestazione.AreaUtenza.DISABILITA, "2", Prestazione.AreaUtenza.DISABILITA, "poverta",
            Prestazione.AreaUtenza.POVERTA, "3", Prestazione.AreaUtenza.POVERTA);

    private SiussFiles() {
    }

    /**
     * The flows of the two files.
     *
     * @throws ValidationException every problem of both files and of the records, at their lines
     */
    public static List<Flusso> flussi(String decisionsFile, String decisions, String beneficiariesFile, String beneficiaries, Ente ente,
            LocalDate dataInvio, int progressivo, CodiciPrestazione codici, SiussFlussi.Modalita modalita) {
        Violations v = new Violations();
        List<Beneficiario> bs = new ArrayList<>();
        List<Integer> bLines = new ArrayList<>();
        List<Prestazione> ps = new ArrayList<>();
        List<Integer> pLines = new ArrayList<>();
        CsvTable bt = null;
        CsvTable dt = null;
        try {
            bt = CsvTable.parse(beneficiariesFile, beneficiaries);
            bt.requireColumns(B_REQUIRED, B_OPTIONAL);
        } catch (ValidationException e) {
            e.violations().forEach(v::add);
            bt = null;
        }
        try {
            dt = CsvTable.parse(decisionsFile, decisions);
            dt.requireColumns(D_REQUIRED, D_OPTIONAL);
        } catch (ValidationException e) {
            e.violations().forEach(v::add);
            dt = null;
        }
        if (bt != null) {
            for (CsvRow r : bt.rows()) {
                Beneficiario b = beneficiario(r, v);
                if (b != null) {
                    bs.add(b);
                    bLines.add(r.line());
                }
            }
        }
        if (dt != null) {
            for (CsvRow r : dt.rows()) {
                Prestazione p = prestazione(r, v);
                if (p != null) {
                    ps.add(p);
                    pLines.add(r.line());
                }
            }
        }
        if (bt == null || dt == null) {
            v.throwIfAny();
        }
        // the records' rules too, at once with the files' problems; a beneficiary whose row is wrong is not also said missing
        boolean beneficiariesWrong = !v.isEmpty();
        try {
            List<Flusso> flows = SiussFlussi.write(ente, dataInvio, progressivo, bs, ps, codici, modalita, i -> decisionsFile + ":" + pLines.get(i) + ": ",
                    i -> beneficiariesFile + ":" + bLines.get(i) + ": ");
            v.throwIfAny();
            return flows;
        } catch (ValidationException e) {
            e.violations().stream().filter(x -> !(beneficiariesWrong && x.code().equals("FSR-SIUSS-BENEFICIARY"))).forEach(v::add);
            v.throwIfAny();
            throw e;
        }
    }

    private static Beneficiario beneficiario(CsvRow r, Violations v) {
        CodiceFiscale cf = cf(r, v);
        String cognome = r.requiredText("cognome", v);
        String nome = r.requiredText("nome", v);
        Long anno = r.integer("anno_nascita", true, v);
        String luogo = r.requiredText("luogo_nascita", v);
        String g = r.requiredText("genere", v);
        Beneficiario.Genere genere = g == null ? null : switch (g.trim().toUpperCase(Locale.ROOT)) {
            case "M", "1" -> Beneficiario.Genere.MASCHIO;
            case "F", "2" -> Beneficiario.Genere.FEMMINA;
            default -> {
                v.addCoded("FSR-NOT-ONE-OF", r.field("genere"), g, "M, F");
                yield null;
            }
        };
        String citt = r.requiredText("cittadinanza", v);
        String nazione = r.requiredText("codice_nazione", v);
        if (cf == null || cognome == null || nome == null || anno == null || luogo == null || genere == null || citt == null || nazione == null) {
            return null;
        }
        try {
            return new Beneficiario(cf, cognome, nome, anno.intValue(), luogo.toUpperCase(Locale.ROOT), genere, citt,
                    r.text("seconda_cittadinanza").orElse(null),
                    List.of(new Beneficiario.Indirizzo(r.text("codice_regione").orElse(null), r.text("codice_comune").orElse(null), nazione)));
        } catch (ValidationException e) {
            for (Violation x : e.violations()) {
                v.add(x.at(r.field(x.field())));
            }
            return null;
        }
    }

    private static CodiceFiscale cf(CsvRow r, Violations v) {
        String s = r.requiredText("codice_fiscale", v);
        if (s == null) {
            return null;
        }
        String problem = CodiceFiscale.problem(s);
        if (problem != null) {
            v.add(Violation.coded(problem, r.field("codice_fiscale"), CodiceFiscale.mask(s)));
            return null;
        }
        return CodiceFiscale.of(s, "codice_fiscale");
    }

    private static <T> T choice(CsvRow r, String column, Map<String, T> values, boolean required, Violations v) {
        String s = required ? r.requiredText(column, v) : r.text(column).orElse(null);
        if (s == null) {
            return null;
        }
        T t = values.get(s.trim().toLowerCase(Locale.ROOT).replace('à', 'a'));
        if (t == null) {
            v.addCoded("FSR-NOT-ONE-OF", r.field(column), s, String.join(", ", values.keySet().stream().filter(k -> !k.matches("[0-9]")).sorted().toList()));
        }
        return t;
    }

    private static Prestazione prestazione(CsvRow r, Violations v) {
        int before = v.list().size();
        CodiceFiscale cf = cf(r, v);
        String codice = r.requiredText("codice_prestazione", v);
        String protocollo = r.requiredText("protocollo_domanda", v);
        Prestazione.ProvaMezzi prova = choice(r, "prova_mezzi", PROVA, true, v);
        Prestazione.Carattere carattere = choice(r, "carattere", CARATTERE, true, v);
        Prestazione.AreaUtenza area = choice(r, "area_utenza", AREA, false, v);
        Boolean presa = r.text("presa_in_carico").isPresent() ? r.yesNo("presa_in_carico", null, v) : Boolean.FALSE;
        String op = r.text("operazione").orElse("inserimento").trim().toLowerCase(Locale.ROOT);
        if (!op.equals("inserimento") && !op.equals("cancellazione") && !op.equals("i") && !op.equals("c")) {
            v.addCoded("FSR-NOT-ONE-OF", r.field("operazione"), op, "inserimento, cancellazione");
        }
        String protDsu = r.text("protocollo_dsu").orElse(null);
        LocalDate dataDsu = r.date("data_dsu", false, v);
        LocalDate inizio = r.date("data_inizio", false, v);
        LocalDate fine = r.date("data_fine", false, v);
        LocalDate erogazione = r.date("data_erogazione", false, v);
        Euro importo = r.amount("importo", false, false, v);
        Long mesi = r.integer("mesi", false, v);
        Euro mensile = r.amount("importo_mensile", false, false, v);
        Euro qe = r.amount("quota_ente", false, false, v);
        Euro qu = r.amount("quota_utente", false, false, v);
        Euro qs = r.amount("quota_ssn", false, false, v);
        Euro soglia = r.amount("soglia_isee", false, false, v);
        if (v.list().size() > before || cf == null || codice == null || protocollo == null || prova == null || carattere == null || presa == null) {
            return null;
        }
        return new Prestazione(cf, op.startsWith("c"), prova, carattere, protDsu, dataDsu, codice.trim(), protocollo.trim(), inizio, fine, erogazione,
                importo, mesi == null ? null : (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, mesi)), mensile, qe, qu, qs, soglia,
                presa, area);
    }
}

package it.fsr.inps.siuss;

import it.fsr.core.money.Euro;
import it.fsr.core.validation.ValidationException;
import it.fsr.core.validation.Violation;
import it.fsr.core.validation.Violations;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Writes the SIUSS flows PS-PSA of the prestazioni granted (DM 206/2014; D.Lgs. 147/2017 art. 24; INPS, WaaS SIUSS
 * specifica tecnica v2.0.1, allegato B), every rule of the record checked first and every flow validated against
 * INPS's published schema {@code PS_PSA_SINA201812.xsd} (MIT, embedded) before it is returned: a problem anywhere
 * and no flow at all. Stateless and thread-safe.
 *
 * <p>The rules checked, with every problem at once: the code in force at the prestazione's date; a periodic one with
 * its start and monthly amount, a one-off one with its payment date and amount (more than zero); the end in the start's
 * year; the DSU's protocol and date both or neither, required under the ISEE; the shares summing to the amount, the
 * ente's and the health service's more than zero; the area with the presa in carico; the texts within the record's
 * lengths; each beneficiary in the list, their codice fiscale checked by its control character.
 */
public final class SiussFlussi {
    /** INPS's namespace of the flows. */
    public static final String NAMESPACE = "http://inps.it/Casellario";
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private static volatile Schema schema;

    /** How the flows are cut. */
    public enum Modalita {
        /** One flow per type with every beneficiary: the upload of an XML file in INPS's web application. */
        UPLOAD,
        /** One beneficiary and one prestazione per flow: the application cooperation of WaaS ({@code GET /flussi}). */
        COOPERAZIONE
    }

    private SiussFlussi() {
    }

    /**
     * The flows of {@code prestazioni}.
     *
     * @param ente         the ente that transmits
     * @param dataInvio    the flows' date (in their id)
     * @param progressivo  the first daily progressive number (1 to 9,999,999)
     * @param beneficiari  the beneficiaries, each once
     * @param prestazioni  the prestazioni, each of a listed beneficiary
     * @param codici       the code table
     * @param modalita     how the flows are cut
     * @throws ValidationException every problem at once, field by field ({@code prestazione[3].quota_ente})
     */
    public static List<Flusso> write(Ente ente, LocalDate dataInvio, int progressivo, List<Beneficiario> beneficiari, List<Prestazione> prestazioni,
            CodiciPrestazione codici, Modalita modalita) {
        return write(ente, dataInvio, progressivo, beneficiari, prestazioni, codici, modalita, i -> "prestazione[" + (i + 1) + "].",
                i -> "beneficiario[" + (i + 1) + "].");
    }

    /**
     * As {@link #write(Ente, LocalDate, int, List, List, CodiciPrestazione, Modalita)}, each problem placed by
     * {@code where} (a file's line) instead of the list's index.
     */
    public static List<Flusso> write(Ente ente, LocalDate dataInvio, int progressivo, List<Beneficiario> beneficiari, List<Prestazione> prestazioni,
            CodiciPrestazione codici, Modalita modalita, IntFunction<String> where, IntFunction<String> whereBeneficiario) {
        Violations v = new Violations();
        v.requireNonNull(ente, "ente");
        v.requireNonNull(dataInvio, "data_invio");
        v.requireNonNull(codici, "codici");
        v.requireNonNull(modalita, "modalita");
        if (progressivo < 1 || progressivo > 9_999_999) {
            v.addCoded("FSR-RANGE", "progressivo", progressivo, "1", "9999999");
        }
        v.throwIfAny();
        Map<String, Beneficiario> byCf = new LinkedHashMap<>();
        for (int i = 0; i < beneficiari.size(); i++) {
            Beneficiario b = beneficiari.get(i);
            if (byCf.putIfAbsent(b.codiceFiscale().value(), b) != null) {
                v.addCoded("FSR-DUPLICATE", whereBeneficiario.apply(i) + "codice_fiscale", b.codiceFiscale().toString());
            }
        }
        for (int i = 0; i < prestazioni.size(); i++) {
            check(prestazioni.get(i), where.apply(i), byCf, codici, v);
        }
        if (prestazioni.isEmpty()) {
            v.addCoded("FSR-CSV-NO-ROWS", "prestazioni", 0);
        }
        v.throwIfAny();
        // PSA: under the ISEE (1, 3); PS: the others
        List<List<Prestazione>> groups = new ArrayList<>();
        List<String> types = new ArrayList<>();
        for (String type : List.of("PSA", "PS")) {
            List<Prestazione> of = prestazioni.stream().filter(p -> type(p).equals(type)).toList();
            if (of.isEmpty()) {
                continue;
            }
            if (modalita == Modalita.UPLOAD) {
                groups.add(of);
                types.add(type);
            } else {
                for (Prestazione p : of) {
                    groups.add(List.of(p));
                    types.add(type);
                }
            }
        }
        if (progressivo + groups.size() - 1 > 9_999_999) {
            throw new ValidationException(List.of(Violation.coded("FSR-RANGE", "progressivo", progressivo, "1", "9999999")));
        }
        List<Flusso> out = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            String id = ente.codice() + "." + types.get(g) + "." + dataInvio.format(DAY) + "." + String.format("%07d", progressivo + g);
            if (id.length() > 50) {
                throw new ValidationException(List.of(Violation.coded("FSR-SIUSS-TEXT", "ente.codice", ente.codice(), "50")));
            }
            out.add(flusso(id, types.get(g), ente, groups.get(g), byCf, codici));
        }
        return List.copyOf(out);
    }

    private static String type(Prestazione p) {
        return p.provaMezzi() == Prestazione.ProvaMezzi.ISEE || p.provaMezzi() == Prestazione.ProvaMezzi.ESENTE ? "PSA" : "PS";
    }

    private static LocalDate reference(Prestazione p) {
        return p.carattere() == Prestazione.Carattere.PERIODICA ? p.dataInizio() : p.dataErogazione();
    }

    /** Every rule of the record for one prestazione, each problem at {@code at + field}. */
    static void check(Prestazione p, String at, Map<String, Beneficiario> beneficiari, CodiciPrestazione codici, Violations v) {
        if (!beneficiari.containsKey(p.beneficiario().value())) {
            v.addCoded("FSR-SIUSS-BENEFICIARY", at + "codice_fiscale", p.beneficiario().toString());
        }
        LocalDate ref = reference(p);
        Euro amount;
        if (p.carattere() == Prestazione.Carattere.PERIODICA) {
            if (p.dataInizio() == null || p.importoMensile() == null || !p.importoMensile().isPositive()) {
                v.addCoded("FSR-SIUSS-PERIODIC", at + (p.dataInizio() == null ? "data_inizio" : "importo_mensile"),
                        p.importoMensile() == null ? "" : p.importoMensile());
            }
            if (p.dataFine() != null && p.dataInizio() != null && (p.dataFine().getYear() != p.dataInizio().getYear() || p.dataFine().isBefore(p.dataInizio()))) {
                v.addCoded("FSR-SIUSS-YEAR", at + "data_fine", p.dataFine());
            }
            amount = p.importoMensile();
        } else {
            if (p.dataErogazione() == null || p.importo() == null || !p.importo().isPositive()) {
                v.addCoded("FSR-SIUSS-PERIODIC", at + (p.dataErogazione() == null ? "data_erogazione" : "importo"), p.importo() == null ? "" : p.importo());
            }
            amount = p.importo();
        }
        if (p.mesi() != null && (p.mesi() < 1 || p.mesi() > 12)) {
            v.addCoded("FSR-RANGE", at + "mesi", p.mesi(), "1", "12");
        }
        if (ref != null && codici.on(p.codice(), ref).isEmpty()) {
            v.addCoded("FSR-SIUSS-CODE", at + "codice_prestazione", p.codice(), ref, String.join(" ", codici.inVigore(ref)));
        }
        if ((p.protocolloDsu() == null) != (p.dataDsu() == null)) {
            v.addCoded("FSR-SIUSS-DSU", at + (p.protocolloDsu() == null ? "protocollo_dsu" : "data_dsu"), "");
        }
        if (p.protocolloDsu() != null && !p.protocolloDsu().matches("INPS-ISEE-[0-9]{4}-[0-9]{8}[A-Z]-[0-9]{2}")) {
            v.addCoded("FSR-INPS-PROTOCOL", at + "protocollo_dsu", p.protocolloDsu());
        }
        if (p.provaMezzi() == Prestazione.ProvaMezzi.ISEE && p.protocolloDsu() == null) {
            v.addCoded("FSR-SIUSS-ISEE-REQUIRED", at + "protocollo_dsu", "");
        }
        if (p.quotaEnte() != null || p.quotaUtente() != null || p.quotaSsn() != null) {
            Euro sum = Euro.ZERO;
            for (Euro q : new Euro[] {p.quotaEnte(), p.quotaUtente(), p.quotaSsn()}) {
                sum = q == null ? sum : sum.plus(q);
            }
            if (amount != null && !sum.equals(amount)) {
                v.addCoded("FSR-SIUSS-QUOTE", at + "quota_ente", sum, sum, amount);
            }
            if (p.quotaEnte() != null && !p.quotaEnte().isPositive()) {
                v.addCoded("FSR-RANGE", at + "quota_ente", p.quotaEnte(), "0,01", "");
            }
            if (p.quotaSsn() != null && !p.quotaSsn().isPositive()) {
                v.addCoded("FSR-RANGE", at + "quota_ssn", p.quotaSsn(), "0,01", "");
            }
            if (p.quotaUtente() != null && p.quotaUtente().isNegative()) {
                v.addCoded("FSR-RANGE", at + "quota_utente", p.quotaUtente(), "0", "");
            }
        }
        if (p.sogliaIsee() != null && p.sogliaIsee().isNegative()) {
            v.addCoded("FSR-RANGE", at + "soglia_isee", p.sogliaIsee(), "0", "");
        }
        if (p.presaInCarico() && p.area() == null) {
            v.addCoded("FSR-SIUSS-AREA", at + "area_utenza", "");
        }
        if (p.protocolloDomanda().isBlank() || p.protocolloDomanda().length() > 32) {
            v.addCoded("FSR-SIUSS-TEXT", at + "protocollo_domanda", p.protocolloDomanda(), "1-32");
        }
    }

    private static Flusso flusso(String id, String type, Ente ente, List<Prestazione> prestazioni, Map<String, Beneficiario> byCf,
            CodiciPrestazione codici) {
        Map<String, List<Prestazione>> byBeneficiary = new LinkedHashMap<>();
        for (Prestazione p : prestazioni) {
            byBeneficiary.computeIfAbsent(p.beneficiario().value(), k -> new ArrayList<>()).add(p);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(bytes, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
            w.writeStartElement("Flusso");
            w.writeDefaultNamespace(NAMESPACE);
            w.writeStartElement("IdentificazioneFlusso");
            w.writeAttribute("Nome", id);
            w.writeEmptyElement("Ente");
            w.writeAttribute("Codice", ente.codice());
            if (ente.denominazione() != null) {
                w.writeAttribute("Denominazione", ente.denominazione());
            }
            w.writeAttribute("Indirizzo", ente.codiceCatastale());
            w.writeAttribute("CFOperatore", ente.operatore().value());
            w.writeEndElement();
            for (Map.Entry<String, List<Prestazione>> e : byBeneficiary.entrySet()) {
                Beneficiario b = byCf.get(e.getKey());
                w.writeStartElement("Beneficiario");
                w.writeAttribute("CodiceFiscale", b.codiceFiscale().value());
                w.writeEmptyElement("Anagrafica");
                w.writeAttribute("Cognome", b.cognome());
                w.writeAttribute("Nome", b.nome());
                w.writeAttribute("AnnoNascita", String.valueOf(b.annoNascita()));
                w.writeAttribute("LuogoNascita", b.luogoNascita());
                w.writeAttribute("Genere", b.genere().code());
                w.writeAttribute("CodiceCittadinanza", b.cittadinanza());
                if (b.secondaCittadinanza() != null) {
                    w.writeAttribute("CodiceSecondaCittadinanza", b.secondaCittadinanza());
                }
                for (Beneficiario.Indirizzo i : b.indirizzi()) {
                    w.writeEmptyElement("Indirizzo");
                    if (i.codiceRegione() != null) {
                        w.writeAttribute("CodiceRegione", i.codiceRegione());
                    }
                    if (i.codiceComune() != null) {
                        w.writeAttribute("CodiceComune", i.codiceComune());
                    }
                    w.writeAttribute("CodiceNazione", i.codiceNazione());
                }
                for (Prestazione p : e.getValue()) {
                    prestazione(w, p, codici);
                }
                w.writeEndElement();
            }
            w.writeEndElement();
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException ex) {
            throw new IllegalStateException("the JDK's XML writer failed on memory", ex);
        }
        byte[] xml = bytes.toByteArray();
        validate(xml);
        return new Flusso(id, type, byBeneficiary.size(), prestazioni.size(), xml);
    }

    private static void prestazione(XMLStreamWriter w, Prestazione p, CodiciPrestazione codici) throws XMLStreamException {
        w.writeEmptyElement("PrestazioniSociali");
        w.writeAttribute("TipoOperazione", p.cancellazione() ? "C" : "I");
        w.writeAttribute("PresenzaProvaMezzi", p.provaMezzi().code());
        w.writeAttribute("CaratterePrestazione", p.carattere().code());
        if (p.protocolloDsu() != null) {
            w.writeAttribute("NumeroProtocolloDSU", p.protocolloDsu());
            w.writeAttribute("AnnoProtocolloDSU", p.protocolloDsu().substring(10, 14));
            w.writeAttribute("DataDSU", p.dataDsu().toString());
        }
        w.writeAttribute("CodicePrestazione", p.codice());
        w.writeAttribute("DenominazionePrestazione", codici.on(p.codice(), reference(p)).orElseThrow().denominazione());
        w.writeAttribute("ProtocolloDomanda", p.protocolloDomanda());
        if (p.dataInizio() != null) {
            w.writeAttribute("DataInizioPrestazione", p.dataInizio().toString());
        }
        if (p.dataFine() != null) {
            w.writeAttribute("DataFinePrestazione", p.dataFine().toString());
        }
        if (p.dataErogazione() != null) {
            w.writeAttribute("DataErogazionePrestazione", p.dataErogazione().toString());
        }
        amount(w, "ImportoPrestazione", p.importo());
        if (p.mesi() != null) {
            w.writeAttribute("PeriodoErogazione", String.valueOf(p.mesi()));
        }
        amount(w, "ImportoMensile", p.importoMensile());
        amount(w, "ImportoQuotaEnte", p.quotaEnte());
        amount(w, "ImportoQuotaUtente", p.quotaUtente());
        amount(w, "ImportoQuotaSSN", p.quotaSsn());
        amount(w, "ImportoSogliaISEE", p.sogliaIsee());
        w.writeAttribute("PresaCarico", p.presaInCarico() ? "1" : "2");
        if (p.area() != null) {
            w.writeAttribute("AreaUtenza", p.area().code());
        }
    }

    private static void amount(XMLStreamWriter w, String name, Euro e) throws XMLStreamException {
        if (e != null) {
            w.writeAttribute(name, e.toBigDecimal().toPlainString());
        }
    }

    /**
     * Validates {@code xml} against INPS's {@code PS_PSA_SINA201812.xsd}.
     *
     * @throws ValidationException FSR-XML-SCHEMA with the line, the column and the schema's reason (values elided)
     */
    public static void validate(byte[] xml) {
        Validator validator = schema().newValidator();
        try {
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            validator.validate(new StreamSource(new ByteArrayInputStream(xml)));
        } catch (SAXParseException e) {
            String reason = String.valueOf(e.getMessage()).replaceAll("'[^']*'", "'…'");
            throw new ValidationException(List.of(Violation.coded("FSR-XML-SCHEMA", "flusso:" + e.getLineNumber() + ":" + e.getColumnNumber(), "",
                    reason)));
        } catch (SAXException | IOException e) {
            throw new ValidationException(List.of(Violation.coded("FSR-XML-SCHEMA", "flusso", "", e.getClass().getSimpleName())));
        }
    }

    private static Schema schema() {
        Schema s = schema;
        if (s == null) {
            try (InputStream in = SiussFlussi.class.getResourceAsStream("PS_PSA_SINA201812.xsd")) {
                SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
                f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
                f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
                f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
                s = f.newSchema(new StreamSource(in));
                schema = s;
            } catch (SAXException | IOException e) {
                throw new IllegalStateException("INPS's embedded schema cannot be read", e);
            }
        }
        return s;
    }
}

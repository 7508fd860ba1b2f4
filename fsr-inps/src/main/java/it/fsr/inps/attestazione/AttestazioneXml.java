package it.fsr.inps.attestazione;

import it.fsr.core.validation.ValidationException;
import it.fsr.core.validation.Violation;
import it.fsr.inps.CodiceFiscale;
import it.fsr.inps.xml.Reading;
import it.fsr.inps.xml.Xml;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Reads an INPS ISEE attestation: the {@code Attestazione} element of schema {@code ISEE_Attestazione} (namespace
 * {@code http://inps.it/ISEERiforma}), alone, inside INPS's {@code EsitoAttestazione}, inside the SOAP response of
 * {@code ConsultazioneAttestazione} (its {@code XmlEsitoAttestazione}, base64), or as base64 text. Every element
 * and attribute is read or refused by name: an element fsr does not know is an error, never skipped. Names and
 * addresses are not kept. Stateless.
 */
public final class AttestazioneXml {
    /** INPS's namespace of the ISEE schemas. */
    public static final String NAMESPACE = "http://inps.it/ISEERiforma";
    private static final Set<String> RAPPORTI = Set.of("D", "C", "F", "MA", "FC", "FNC", "P", "GNC");
    private static final Set<String> PERSON = Set.of("Cognome", "Nome", "CodiceFiscale");
    private static final Set<String> PERSON_ISEE = Set.of("Cognome", "Nome", "CodiceFiscale", "ISEE");
    private static final Set<String> VALORI = Set.of("ISE", "ScalaEquivalenza", "ISEE", "ISR", "ISP");
    private static final Set<String> MODALITA = Set.of("SommaRedditiComponenti", "SommaRedditiComponentiCorrente", "RedditoFigurativoPatrimonioMobiliare",
            "Detrazioni", "ISR", "PatrimonioMobiliare", "DetrazionePatrimonioMobiliare", "PatrimonioImmobiliare", "DetrazionePatrimonioImmobiliare", "ISP",
            "ISE", "ParametroNucleo", "Maggiorazioni", "ScalaEquivalenza");

    private AttestazioneXml() {
    }

    /** Reads the attestation in {@code in} (at most {@link Xml#MAX_BYTES}). */
    public static Attestazione read(InputStream in) {
        return read(Xml.readBounded(in, "attestazione"));
    }

    /**
     * Reads the attestation in {@code bytes}.
     *
     * @throws ValidationException every problem at once: not XML, not the schema's, a codice fiscale that fails its
     *                             check, a figure that is not a number
     */
    public static Attestazione read(byte[] bytes) {
        Document doc = Xml.parse(bytes, "attestazione");
        Element root = doc.getDocumentElement();
        Element b64 = Xml.find(root, "XmlEsitoAttestazione");
        if (b64 != null) {
            root = Xml.parse(Xml.base64(b64.getTextContent(), "XmlEsitoAttestazione"), "XmlEsitoAttestazione").getDocumentElement();
        }
        Element att = "Attestazione".equals(root.getLocalName()) ? root : Xml.child(root, "Attestazione");
        if (att == null && "EsitoAttestazione".equals(root.getLocalName())) {
            throw new ValidationException(List.of(Violation.coded("FSR-INPS-NO-ATTESTATION", "EsitoAttestazione", "")));
        }
        if (att == null || !NAMESPACE.equals(att.getNamespaceURI())) {
            throw new ValidationException(List.of(Violation.coded("FSR-XML-NOT-SCHEMA", root.getLocalName(), "", "Attestazione (" + NAMESPACE + ")")));
        }
        return new Parser().attestazione(att);
    }

    private static final class Parser {
        private final Reading r = new Reading();
        private final List<Indicatore> indicatori = new ArrayList<>();

        Attestazione attestazione(Element a) {
            r.shape(a, Set.of("Ordinario", "Ridotto", "Variazione", "OmissioneDifformita"),
                    Set.of("CodiceFiscaleDichiarante", "NumeroProtocolloDSU", "DataPresentazione", "DataValidita", "ProtocolloMittente",
                            "DataScadenzaDSUCorrente"));
            CodiceFiscale dichiarante = cf(a, "CodiceFiscaleDichiarante");
            String protocollo = protocollo(a, "NumeroProtocolloDSU");
            LocalDate presentazione = r.date(a, "DataPresentazione", true);
            LocalDate validita = r.date(a, "DataValidita", true);
            LocalDate scadenzaCorrente = r.date(a, "DataScadenzaDSUCorrente", false);
            List<Componente> nucleo = new ArrayList<>();
            boolean corrente = false;
            Element ord = Xml.child(a, "Ordinario");
            if (ord != null) {
                corrente = "SI".equals(r.oneOf(ord, "Corrente", false, Set.of("SI")));
                ordinario(ord, nucleo);
            }
            for (Element rid : Xml.children(a, "Ridotto")) {
                corrente |= "SI".equals(r.oneOf(rid, "Corrente", false, Set.of("SI")));
                ridotto(rid);
            }
            List<Omissione> omissioni = new ArrayList<>();
            for (Element o : Xml.children(a, "OmissioneDifformita")) {
                r.shape(o, Set.of("Rapporto", "RedditoAE"), Set.of("TipoOmissioneDifformita", "CodiceFiscale", "DataControlloAE"));
                String tipo = r.oneOf(o, "TipoOmissioneDifformita", true,
                        Set.of("PatrimoniMobiliari", "RedditiScostamento", "PatrimoniMobiliariSottoSoglia", "PatrimoniMobiliariSopraSoglia"));
                CodiceFiscale cf = cf(o, "CodiceFiscale");
                r.date(o, "DataControlloAE", true);
                for (Element rp : Xml.children(o, "Rapporto")) {
                    r.shape(rp, Set.of(), Set.of("Sezione", "TipoRapporto", "Identificativo", "CodiceFiscaleOperatore", "DescrizioneOperatoreFinanziario",
                            "Saldo3112", "ConsistenzaMedia", "Valore", "DataInizio", "DataFine"));
                }
                for (Element ae : Xml.children(o, "RedditoAE")) {
                    r.shape(ae, Set.of(), Set.of("TipoModelloAE", "RedditoComplessivoIRPEFAE", "RedditoLavoroDipendenteAE", "RedditoPensioneAE",
                            "RedditoAgrarioAE", "RedditiImpostaSostitutivaAE"));
                }
                // the detail of the rapporti and of the incomes found by the Agenzia is read by INPS's citizen, not by the
                // ente's calculation: fsr records the omissione's type and member
                if (tipo != null && cf != null) {
                    omissioni.add(new Omissione(tipo, cf));
                }
            }
            Variazione variazione = null;
            Element var = Xml.child(a, "Variazione");
            if (var != null) {
                r.shape(var, Set.of("DiscordanzeContestazione"), Set.of("TipoVariazione", "NumeroProtocolloDSUVariata", "DataPresentazioneDSUVariata",
                        "NumeroProtocolloMittenteDSUVariata", "NoteVariazione"));
                for (Element dc : Xml.children(var, "DiscordanzeContestazione")) {
                    r.shape(dc, Set.of(), Set.of("CFDiscordanza", "TipologiaDiscordanza", "SpecificaDiscordanza"));
                }
                String tipo = r.oneOf(var, "TipoVariazione", true, Set.of("Contestazione", "Ricalcolo", "Integrazione"));
                String prot = protocollo(var, "NumeroProtocolloDSUVariata");
                LocalDate data = r.date(var, "DataPresentazioneDSUVariata", true);
                if (tipo != null && prot != null && data != null) {
                    variazione = new Variazione(tipo, prot, data);
                }
            }
            r.violations().throwIfAny();
            return new Attestazione(protocollo, dichiarante, presentazione, validita, scadenzaCorrente, corrente, nucleo, indicatori, omissioni,
                    variazione);
        }

        private void ordinario(Element ord, List<Componente> nucleo) {
            r.shape(ord, Set.of("NucleoFamiliare", "ISEEOrdinario", "ISEEMin", "ISEEUni", "ISEESocioSanRes"),
                    Set.of("Corrente", "DataPresentazioneModuloSostitutivo", "ProtocolloDSUModuloSostitutivo"));
            Element nf = r.required(ord, "NucleoFamiliare");
            if (nf != null) {
                r.shape(nf, Set.of("ComponenteNucleo"), Set.of());
                for (Element c : Xml.children(nf, "ComponenteNucleo")) {
                    r.shape(c, Set.of(), Set.of("RapportoConDichiarante", "Cognome", "Nome", "CodiceFiscale"));
                    String rapporto = r.oneOf(c, "RapportoConDichiarante", true, RAPPORTI);
                    CodiceFiscale cf = cf(c, "CodiceFiscale");
                    if (rapporto != null && cf != null) {
                        nucleo.add(new Componente(cf, rapporto));
                    }
                }
            }
            Element io = r.required(ord, "ISEEOrdinario");
            if (io != null) {
                r.shape(io, Set.of("Valori", "ModalitaCalcoloISEEOrdinario"), Set.of("DataRilascio"));
                Calcolo c = calcolo(io, "ModalitaCalcoloISEEOrdinario", List.of());
                if (c != null) {
                    indicatori.add(new Indicatore(TipoIndicatore.ORDINARIO, null, Indicatore.Esito.CALCOLATO, c));
                }
            }
            block(ord, "ISEEMin", "ComponenteMinorenne", TipoIndicatore.MINORENNI, Set.of("ISEEMinAttr", "ISEEMinAgg"));
            block(ord, "ISEEUni", "StudenteUniversitario", TipoIndicatore.UNIVERSITARIO,
                    Set.of("ISEEUniAttr", "ISEEUniAgg", "ISEEUniStudAttratto", "ISEEUniStudAttrattoCompAttratta", "ISEEUniStudAttrattoCompAggiuntiva"));
            block(ord, "ISEESocioSanRes", "ComponenteSocioSanitarieRes", TipoIndicatore.SOCIOSANITARIO_RESIDENZIALE,
                    Set.of("ISEESocioSanRes", "ISEEOrdAgg", "ISEESocioSanResAgg"));
        }

        /** A block of per-person indicators: each person's choice of ISEEOrd, a computed element, or ISEENonCalcolabile. */
        private void block(Element parent, String name, String person, TipoIndicatore tipo, Set<String> computed) {
            Element blk = Xml.child(parent, name);
            if (blk == null) {
                return;
            }
            r.shape(blk, Set.of(person), Set.of());
            for (Element p : Xml.children(blk, person)) {
                Set<String> allowed = new java.util.HashSet<>(computed);
                allowed.add("ISEEOrd");
                allowed.add("ISEENonCalcolabile");
                r.shape(p, allowed, PERSON_ISEE);
                indicatore(p, tipo, computed, "ISEEOrd", Indicatore.Esito.COME_ORDINARIO);
            }
        }

        private void indicatore(Element p, TipoIndicatore tipo, Set<String> computed, String same, Indicatore.Esito sameEsito) {
            CodiceFiscale cf = cf(p, "CodiceFiscale");
            r.decimal(p, "ISEE", false);
            List<Element> choice = Xml.children(p);
            if (choice.size() != 1) {
                r.violations().addCoded("FSR-XML-CHOICE", Xml.path(p), choice.size());
                return;
            }
            Element e = choice.get(0);
            String n = e.getLocalName();
            if (n.equals(same)) {
                r.shape(e, Set.of(), Set.of());
                add(tipo, cf, sameEsito, null);
            } else if (n.equals("ISEENonCalcolabile")) {
                r.shape(e, Set.of(), Set.of());
                add(tipo, cf, Indicatore.Esito.NON_CALCOLABILE, null);
            } else if (computed.contains(n)) {
                Set<String> children = new java.util.HashSet<>(Set.of("Valori", "ComponenteAttratta", "ComponenteAgguntiva", "ComponenteAggiuntiva",
                        "NucleoFamiliareAttratto"));
                Element modalita = null;
                for (Element c : Xml.children(e)) {
                    if (c.getLocalName().startsWith("ModalitaCalcolo")) {
                        children.add(c.getLocalName());
                        modalita = c;
                    }
                }
                r.shape(e, children, Set.of("DataRilascio"));
                List<BigDecimal> ca = new ArrayList<>();
                for (Element c : Xml.children(e)) {
                    String cn = c.getLocalName();
                    if (cn.equals("ComponenteAttratta") || cn.equals("ComponenteAgguntiva") || cn.equals("ComponenteAggiuntiva")) {
                        componenteAggiuntiva(c, cn.equals("ComponenteAttratta") ? null : ca);
                    } else if (cn.equals("NucleoFamiliareAttratto")) {
                        r.shape(c, Set.of("ElementoNucleoAttratto"), Set.of());
                        for (Element el : Xml.children(c, "ElementoNucleoAttratto")) {
                            r.shape(el, Set.of(), Set.of("RapportoConDichiarante", "Cognome", "Nome", "CodiceFiscale"));
                            r.oneOf(el, "RapportoConDichiarante", true, RAPPORTI);
                            cf(el, "CodiceFiscale");
                        }
                    }
                }
                if (modalita == null) {
                    r.violations().addCoded("FSR-XML-MISSING-ELEMENT", Xml.path(e) + "/ModalitaCalcolo…", "");
                    return;
                }
                Calcolo c = calcolo(e, modalita.getLocalName(), ca);
                if (c != null) {
                    add(tipo, cf, Indicatore.Esito.CALCOLATO, c);
                }
            } else {
                r.violations().addCoded("FSR-XML-UNKNOWN-ELEMENT", Xml.path(e), "", Xml.path(p));
            }
        }

        private void add(TipoIndicatore tipo, CodiceFiscale cf, Indicatore.Esito esito, Calcolo c) {
            if (cf != null) {
                indicatori.add(new Indicatore(tipo, cf, esito, c));
            }
        }

        /** A componente attratta or aggiuntiva (all. 2): its value is added to the ISEE when it is aggiuntiva. */
        private void componenteAggiuntiva(Element c, List<BigDecimal> values) {
            r.shape(c, Set.of("ComponenteAttrattaAggiuntiva"), Set.of());
            for (Element x : Xml.children(c, "ComponenteAttrattaAggiuntiva")) {
                r.shape(x, Set.of(), Set.of("Cognome", "Nome", "CodiceFiscale", "ProtocolloDSURiferimento", "ValoreComponenteAggiuntiva",
                        "ProtocolloDSUComponenteAggiuntiva", "ProtocolloMittenteComponenteAggiuntiva"));
                cf(x, "CodiceFiscale");
                BigDecimal value = r.decimal(x, "ValoreComponenteAggiuntiva", false);
                if (values != null && value != null) {
                    values.add(value);
                }
            }
        }

        private void ridotto(Element rid) {
            r.shape(rid, Set.of("NucleoRistretto", "ISEERistretto", "ISEESocioSanResRistretto"),
                    Set.of("CodiceFiscaleBeneficiario", "Corrente", "DataPresentazioneModuloSostitutivo", "ProtocolloDSUModuloSostitutivo"));
            CodiceFiscale beneficiario = cf(rid, "CodiceFiscaleBeneficiario");
            Element nr = r.required(rid, "NucleoRistretto");
            if (nr != null) {
                r.shape(nr, Set.of("ComponenteNucleoRistretto"), Set.of());
                for (Element c : Xml.children(nr, "ComponenteNucleoRistretto")) {
                    r.shape(c, Set.of(), Set.of("RelazioneConBeneficiario", "Cognome", "Nome", "CodiceFiscale"));
                    r.oneOf(c, "RelazioneConBeneficiario", true, Set.of("B", "C", "F", "FC", "FNC", "MA"));
                    cf(c, "CodiceFiscale");
                }
            }
            Element ir = Xml.child(rid, "ISEERistretto");
            if (ir != null) {
                r.shape(ir, Set.of("Valori", "ModalitaCalcoloISEERistretto"), Set.of("DataRilascio"));
                Calcolo c = calcolo(ir, "ModalitaCalcoloISEERistretto", List.of());
                if (c != null) {
                    add(TipoIndicatore.RISTRETTO, beneficiario, Indicatore.Esito.CALCOLATO, c);
                }
            }
            Element ssr = Xml.child(rid, "ISEESocioSanResRistretto");
            if (ssr != null) {
                r.shape(ssr, Set.of("ComponenteSocioSanitarieRes"), Set.of());
                Element p = r.required(ssr, "ComponenteSocioSanitarieRes");
                if (p != null) {
                    Set<String> computed = Set.of("ISEESocioSanResRistretto", "ISEERistrettoAgg", "ISEESocioSanResRistrettoAgg");
                    Set<String> allowed = new java.util.HashSet<>(computed);
                    allowed.add("ISEERistretto");
                    allowed.add("ISEENonCalcolabile");
                    r.shape(p, allowed, PERSON_ISEE);
                    indicatore(p, TipoIndicatore.SOCIOSANITARIO_RESIDENZIALE_RISTRETTO, computed, "ISEERistretto", Indicatore.Esito.COME_RISTRETTO);
                }
            }
        }

        private Calcolo calcolo(Element e, String modalitaName, List<BigDecimal> ca) {
            LocalDate rilascio = r.date(e, "DataRilascio", true);
            Element v = r.required(e, "Valori");
            Element m = r.required(e, modalitaName);
            if (v == null || m == null) {
                return null;
            }
            r.shape(v, Set.of(), VALORI);
            r.shape(m, Set.of(), MODALITA);
            BigDecimal[] vals = new BigDecimal[5];
            int k = 0;
            for (String a : List.of("ISE", "ScalaEquivalenza", "ISEE", "ISR", "ISP")) {
                vals[k++] = r.decimal(v, a, true);
            }
            BigDecimal[] mods = new BigDecimal[13];
            k = 0;
            for (String a : List.of("SommaRedditiComponenti", "RedditoFigurativoPatrimonioMobiliare", "Detrazioni", "ISR", "PatrimonioMobiliare",
                    "DetrazionePatrimonioMobiliare", "PatrimonioImmobiliare", "DetrazionePatrimonioImmobiliare", "ISP", "ISE", "ParametroNucleo",
                    "Maggiorazioni", "ScalaEquivalenza")) {
                mods[k++] = r.decimal(m, a, true);
            }
            r.decimal(m, "SommaRedditiComponentiCorrente", false);
            for (BigDecimal b : vals) {
                if (b == null) {
                    return null;
                }
            }
            for (BigDecimal b : mods) {
                if (b == null) {
                    return null;
                }
            }
            return new Calcolo(e.getLocalName(), rilascio, new Valori(vals[0], vals[1], vals[2], vals[3], vals[4]),
                    new ModalitaCalcolo(mods[0], mods[1], mods[2], mods[3], mods[4], mods[5], mods[6], mods[7], mods[8], mods[9], mods[10], mods[11],
                            mods[12]), ca);
        }

        private CodiceFiscale cf(Element e, String name) {
            return r.codiceFiscale(e, name, true);
        }

        private String protocollo(Element e, String name) {
            String s = r.text(e, name, true);
            if (s != null && !s.matches("INPS-ISEE-[0-9]{4}-[0-9]{8}[A-Z]-[0-9]{2}")) {
                r.violations().add(Violation.coded("FSR-INPS-PROTOCOL", Xml.path(e) + "@" + name, s));
                return null;
            }
            return s;
        }
    }
}

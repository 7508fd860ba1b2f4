package it.fsr.inps.dsu;

import it.fsr.core.money.Euro;
import it.fsr.core.parameter.ParameterSet;
import it.fsr.core.validation.ValidationException;
import it.fsr.core.validation.Violation;
import it.fsr.inps.CodiceFiscale;
import it.fsr.inps.attestazione.AttestazioneXml;
import it.fsr.inps.xml.Reading;
import it.fsr.inps.xml.Xml;
import it.fsr.isee.Disability;
import it.fsr.isee.Purpose;
import it.fsr.isee.Relationship;
import it.fsr.isee.dsu.Dsu;
import it.fsr.isee.dsu.DsuMember;
import it.fsr.isee.dsu.DsuParameters;
import it.fsr.isee.dsu.IseeTotals;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.w3c.dom.Element;

/**
 * Reads a DSU written in INPS's schema {@code ISEE_Dichiarazione} 1.3 (namespace {@code http://inps.it/ISEERiforma},
 * as CAFs and the INPS portal transmit it) into fsr's {@link Dsu}, computed then by
 * {@link it.fsr.isee.dsu.DsuCalculator} like the CSV one. Stateless.
 *
 * <p>What is read, and how (each a reading of the DSU's quadri onto DPCM 159/2013 artt. 4-5; scelta di fsr where the
 * schema is silent, said here):
 * <ul>
 * <li>The date: the first {@code Sottoscrizione}'s {@code DataSottoscrizione}; the id: its {@code ProtocolloMittente}.</li>
 * <li>Quadro A, the members in order, with ids {@code C1, C2, …} (no codice fiscale inside fsr's results):
 * D declarant, C spouse, F/MA/FC/FNC child, P other; age at the DSU's date from the date of birth; quadro FC7 the
 * disability (DIM medium, DIG severe, NAS not self-sufficient); {@code FlagConvivenzaAnagrafica} in residential care;
 * {@code CondizioniNucleo@FlagLavoroGenitori} the parents' work (required when minors are in the nucleus);
 * {@code NumeroFigli}, when given, must be the children counted.</li>
 * <li>Incomes: FC8 {@code LavoroDipendente} employee, {@code Pensione} pension, the rest of {@code RedditoIRPEF} plus
 * {@code RedditiImpSost} other income; FC4 the substitute-tax, exempt, land, foreign and AIRE incomes as other income,
 * {@code TrattamentiAssistenziali} (FC4 and FC8) public benefits; FC5 {@code AssegniFigli} and
 * {@code AssegniConiuge} maintenance paid; FC8 {@code SpeseDetrazione} and {@code SpeseDeduzione} the disability
 * expenses (capped by the rule).</li>
 * <li>Quadro FC2: rapporti 01 and 03 (current and deposit accounts) at {@code Saldo3112} and
 * {@code ConsistenzaMedia}; every other at {@code Valore} as other financial assets; {@code Incremento} the increases
 * of art. 5 c. 4 lett. a). Quadro FC3: each property at its IMU value times the share owned (half-up to the cent),
 * the main home ({@code FlagAbitazione}) with its residual mortgage, the others net of theirs (at least 0).
 * Quadro B: the rent of a registered lease ({@code Locazione@Canone}).</li>
 * </ul>
 * Refused by name, never ignored (FSR-DSU-XML-UNSUPPORTED): an operation other than a new DSU, the quadri C, D and E
 * (università, genitore non convivente, residenziale), the integrations, the ISEE corrente, a GNC member, and the
 * amounts fsr's DSU has no field for (FC4 IRAP and FC8 agricultural income, FC5 {@code AssegniGenitore}, FC7 retta and
 * assistance, FC8 domestic helpers): the DSU's CSV carries them. From the bond exclusion's date, rapporti 02 and 07
 * (which may hold the government and postal bonds the schema does not separate) are refused too
 * (FSR-DSU-XML-BONDS). Names, addresses, vehicles and the subscription's other data do not enter the ISEE and are not
 * kept.
 */
public final class DsuXml {
    private static final Map<String, Relationship> RAPPORTI = Map.of("D", Relationship.DECLARANT, "C", Relationship.SPOUSE, "F",
            Relationship.CHILD, "MA", Relationship.CHILD, "FC", Relationship.CHILD, "FNC", Relationship.CHILD, "P", Relationship.OTHER, "GNC",
            Relationship.NON_COHABITING_PARENT);
    private static final Set<String> UNSUPPORTED = Set.of("Universitario", "GenitoreNonConvivente", "Residenziale");
    private static final Set<String> TOP_UNSUPPORTED = Set.of("IntegrazioneComponenteAggiuntiva", "IntegrazioneRedditi", "IntegrazioneResidenziale",
            "ISEECorrente");

    private DsuXml() {
    }

    /** Reads the DSU in {@code in} (at most {@link Xml#MAX_BYTES}) with fsr's parameters. */
    public static Dsu read(InputStream in) {
        return read(Xml.readBounded(in, "dsu"), DsuParameters.defaults());
    }

    /**
     * Reads the DSU in {@code bytes}.
     *
     * @param parameters the parameters that date the bond exclusion
     * @throws ValidationException every problem at once
     */
    public static Dsu read(byte[] bytes, ParameterSet parameters) {
        Element root = Xml.parse(bytes, "dsu").getDocumentElement();
        if (!"Dichiarazione".equals(root.getLocalName()) || !AttestazioneXml.NAMESPACE.equals(root.getNamespaceURI())) {
            throw new ValidationException(List.of(Violation.coded("FSR-XML-NOT-SCHEMA", root.getLocalName(), "",
                    "Dichiarazione (" + AttestazioneXml.NAMESPACE + ")")));
        }
        return new Parser(parameters).dsu(root);
    }

    private static final class Parser {
        private final Reading r = new Reading();
        private final ParameterSet parameters;
        private Euro depositsBalance = Euro.ZERO;
        private Euro depositsAverage = Euro.ZERO;
        private Euro otherFinancial = Euro.ZERO;
        private Euro homeValue = Euro.ZERO;
        private Euro homeMortgage = Euro.ZERO;
        private Euro otherRealEstate = Euro.ZERO;
        private Euro increases;
        private List<Element> bondRapporti = new ArrayList<>();

        Parser(ParameterSet parameters) {
            this.parameters = parameters;
        }

        private static final Set<String> ADDRESS = Set.of("Indirizzo", "Civico", "CodiceComune", "Provincia", "Cap", "Telefono", "Cellulare",
                "IndirizzoEMail");
        private static final Set<String> PERSON = Set.of("Cognome", "Nome", "DataNascita", "Cittadinanza", "Sesso", "ProvinciaNascita",
                "CodiceComuneNascita");

        /** An address: not used by the ISEE, its shape checked. */
        private void address(Element e) {
            if (e != null) {
                r.shape(e, Set.of(), ADDRESS);
            }
        }

        private void unsupported(Element e) {
            r.violations().addCoded("FSR-DSU-XML-UNSUPPORTED", Xml.path(e), "");
        }

        Dsu dsu(Element d) {
            r.shape(d, Set.of("Operazione", "NucleoFamiliare", "ModelloBase", "IntegrazioneComponenteAggiuntiva", "IntegrazioneRedditi",
                    "IntegrazioneResidenziale", "ISEECorrente", "Sottoscrizione"), Set.of("CodiceFiscaleDichiarante"));
            cf(d, "CodiceFiscaleDichiarante");
            Element op = r.required(d, "Operazione");
            if (op != null) {
                r.shape(op, Set.of(), Set.of("Tipo", "CodiceFiscaleRiferimento", "NumeroProtocolloRiferimento"));
                String tipo = r.oneOf(op, "Tipo", true, Set.of("N", "A", "I", "S", "C", "R", "X"));
                if (tipo != null && !tipo.equals("N")) {
                    r.violations().add(Violation.coded("FSR-DSU-XML-OPERATION", Xml.path(op) + "@Tipo", tipo));
                }
            }
            for (Element e : Xml.children(d)) {
                if (TOP_UNSUPPORTED.contains(e.getLocalName())) {
                    unsupported(e);
                }
            }
            LocalDate date = null;
            String id = null;
            List<Element> sub = Xml.children(d, "Sottoscrizione");
            if (sub.isEmpty()) {
                r.violations().addCoded("FSR-XML-MISSING-ELEMENT", "Dichiarazione/Sottoscrizione", "");
            }
            for (Element s : sub) {
                Element delegato = Xml.child(s, "Delegato");
                if (delegato != null) {
                    r.shape(delegato, Set.of("DatiDelegato", "IndirizzoDelegato"), Set.of());
                    Element dd = Xml.child(delegato, "DatiDelegato");
                    if (dd != null) {
                        r.shape(dd, Set.of(), PERSON);
                    }
                    address(Xml.child(delegato, "IndirizzoDelegato"));
                }
                r.shape(s, Set.of("Delegato"), Set.of("CodiceFiscaleSottoscrittore", "ProtocolloMittente", "LuogoSottoscrizione", "DataSottoscrizione",
                        "NoteSottoscrizione", "FlagImpedimentoTemporaneo", "FlagRappresentanzaLegale", "FlagPEC", "IndirizzoPEC",
                        "FlagAutorizzazioneRitiro", "NumeroRicevuta", "ProtocolloInpsDSUCorrente"));
                LocalDate sd = r.date(s, "DataSottoscrizione", true);
                String pm = r.text(s, "ProtocolloMittente", true);
                if (date == null) {
                    date = sd;
                    id = pm;
                }
            }
            // the ordinary modello base and, when given, the ridotto's beneficiary
            Element ord = null;
            String beneficiary = null;
            for (Element mb : Xml.children(d, "ModelloBase")) {
                r.shape(mb, Set.of("NucleoRistretto", "CondizioniNucleo", "Abitazione", "Universitario", "GenitoreNonConvivente", "Residenziale"),
                        Set.of("Tipo"));
                String tipo = r.oneOf(mb, "Tipo", true, Set.of("ORD", "RID"));
                for (Element e : Xml.children(mb)) {
                    if (UNSUPPORTED.contains(e.getLocalName())) {
                        unsupported(e);
                    }
                }
                if ("ORD".equals(tipo) && ord == null) {
                    ord = mb;
                } else if ("RID".equals(tipo)) {
                    Element nr = r.required(mb, "NucleoRistretto");
                    if (nr != null) {
                        r.shape(nr, Set.of("ComponenteNucleoRistretto"), Set.of());
                        for (Element c : Xml.children(nr, "ComponenteNucleoRistretto")) {
                            r.shape(c, Set.of(), Set.of("CodiceFiscale", "FlagBeneficiario", "RelazioneConBeneficiario"));
                            CodiceFiscale cf = cf(c, "CodiceFiscale");
                            if (Boolean.TRUE.equals(r.bool(c, "FlagBeneficiario", true)) && cf != null) {
                                beneficiary = cf.value();
                            }
                            r.text(c, "RelazioneConBeneficiario", true);
                        }
                    }
                }
            }
            if (ord == null) {
                r.violations().addCoded("FSR-XML-MISSING-ELEMENT", "Dichiarazione/ModelloBase[@Tipo='ORD']", "");
            }
            Euro rent = ord == null ? Euro.ZERO : rent(ord);
            // quadro A
            List<DsuMember> members = new ArrayList<>();
            Element nf = r.required(d, "NucleoFamiliare");
            int minors = 0;
            int children = 0;
            List<Integer> parents = new ArrayList<>();
            if (nf != null && date != null) {
                r.shape(nf, Set.of("ComponenteNucleo"), Set.of());
                int k = 0;
                for (Element c : Xml.children(nf, "ComponenteNucleo")) {
                    k++;
                    DsuMember m = member(c, "C" + k, date, beneficiary);
                    if (m != null) {
                        if (m.relationship() == Relationship.CHILD) {
                            children++;
                            if (m.age() < 18) {
                                minors++;
                            }
                        } else if (m.relationship() == Relationship.DECLARANT || m.relationship() == Relationship.SPOUSE) {
                            parents.add(members.size());
                        }
                        members.add(m);
                    }
                }
            }
            Element cond = ord == null ? null : Xml.child(ord, "CondizioniNucleo");
            Boolean worked = null;
            if (cond != null) {
                r.shape(cond, Set.of(), Set.of("FlagLavoroGenitori", "FlagUnicoGenitore", "NumeroFigli", "NumeroFigliConviventi"));
                worked = r.bool(cond, "FlagLavoroGenitori", true);
                r.bool(cond, "FlagUnicoGenitore", true);
                BigDecimal n = r.decimal(cond, "NumeroFigli", false);
                if (n != null && n.compareTo(BigDecimal.valueOf(children)) != 0 && nf != null) {
                    r.violations().add(Violation.coded("FSR-DSU-XML-CHILDREN", Xml.path(cond) + "@NumeroFigli", n.toPlainString(), n.toPlainString(),
                            children));
                }
                r.decimal(cond, "NumeroFigliConviventi", false);
            } else if (minors > 0) {
                r.violations().addCoded("FSR-DSU-XML-WORK", "ModelloBase/CondizioniNucleo", "");
            }
            if (date != null && !bondRapporti.isEmpty()) {
                Euro exclusion = IseeTotals.bondExclusion(date, Purpose.ORDINARIO, parameters);
                if (exclusion.isPositive()) {
                    for (Element b : bondRapporti) {
                        r.violations().add(Violation.coded("FSR-DSU-XML-BONDS", Xml.path(b) + "@TipoRapporto", b.getAttribute("TipoRapporto"), date));
                    }
                }
            }
            r.violations().throwIfAny();
            if (Boolean.TRUE.equals(worked)) {
                for (int i : parents) {
                    members.set(i, withWorked(members.get(i)));
                }
            }
            return Dsu.of(id, date, members).withRent(rent).withHome(homeValue, homeMortgage).withOtherRealEstate(otherRealEstate)
                    .withDeposits(depositsBalance, depositsAverage).withFinancial(otherFinancial, Euro.ZERO).withAssetIncreases(increases);
        }

        private static DsuMember withWorked(DsuMember m) {
            return new DsuMember(m.id(), m.relationship(), m.age(), m.disability(), true, m.residential(), m.beneficiary(), m.gncCase(),
                    m.dependent(), m.employeeIncome(), m.pensionIncome(), m.otherIncome(), m.publicBenefits(), m.maintenanceReceived(),
                    m.maintenancePaid(), m.disabilityExpenses(), m.agriculturalIncome());
        }

        private Euro rent(Element mb) {
            Element ab = r.required(mb, "Abitazione");
            if (ab == null) {
                return Euro.ZERO;
            }
            r.shape(ab, Set.of("IndirizzoAbitazione", "Locazione"), Set.of("TipoAbitazione", "ResidenzaRiferimento"));
            address(Xml.child(ab, "IndirizzoAbitazione"));
            String tipo = r.oneOf(ab, "TipoAbitazione", true, Set.of("000", "001", "999"));
            Element loc = Xml.child(ab, "Locazione");
            if (loc == null) {
                if ("001".equals(tipo)) {
                    r.violations().addCoded("FSR-XML-MISSING-ELEMENT", Xml.path(ab) + "/Locazione", "");
                }
                return Euro.ZERO;
            }
            r.shape(loc, Set.of("Intestatario"), Set.of("Data", "Serie", "Numero", "CodUfficio", "Canone"));
            for (Element in : Xml.children(loc, "Intestatario")) {
                r.shape(in, Set.of(), Set.of("CodiceFiscale"));
            }
            r.text(loc, "Canone", true);
            return r.wholeEuro(loc, "Canone");
        }

        private DsuMember member(Element c, String id, LocalDate date, String beneficiary) {
            r.shape(c, Set.of("FoglioComponenteNucleo"), Set.of("RapportoConDichiarante", "FlagAssenzaReddito"));
            String rapporto = r.oneOf(c, "RapportoConDichiarante", true, RAPPORTI.keySet());
            r.bool(c, "FlagAssenzaReddito", true);
            if ("GNC".equals(rapporto)) {
                unsupported(c);
                return null;
            }
            Element f = r.required(c, "FoglioComponenteNucleo");
            if (f == null || rapporto == null) {
                return null;
            }
            r.shape(f, Set.of("DatiComponente", "PatrimonioMobiliare", "PatrimonioImmobiliare", "RedditiDaDichiarare", "AssegniPeriodici", "Veicoli",
                    "Disabilita", "AltriRedditi"), Set.of("CodiceFiscale"));
            CodiceFiscale cf = cf(f, "CodiceFiscale");
            Element dc = r.required(f, "DatiComponente");
            int age = -1;
            boolean residential = false;
            if (dc != null) {
                r.shape(dc, Set.of("Anagrafica", "Residenza"), Set.of("FlagConvivenzaAnagrafica", "AttivitaSoggetto"));
                address(Xml.child(dc, "Residenza"));
                residential = Boolean.TRUE.equals(r.bool(dc, "FlagConvivenzaAnagrafica", true));
                r.text(dc, "AttivitaSoggetto", false);
                Element an = r.required(dc, "Anagrafica");
                if (an != null) {
                    r.shape(an, Set.of(), PERSON);
                    LocalDate birth = r.date(an, "DataNascita", true);
                    if (birth != null) {
                        if (birth.isAfter(date)) {
                            r.violations().add(Violation.coded("FSR-XML-NOT-DATE", Xml.path(an) + "@DataNascita", birth));
                        } else {
                            age = Period.between(birth, date).getYears();
                        }
                    }
                }
            }
            Disability disability = Disability.NONE;
            Element dis = Xml.child(f, "Disabilita");
            if (dis != null) {
                r.shape(dis, Set.of(), Set.of("GradoDisabilita", "EnteCertif", "DocCertif", "DataCertif", "FlagPrestResidenziale", "RettaVersata",
                        "SpeseAssistenza"));
                String g = r.oneOf(dis, "GradoDisabilita", true, Set.of("DIM", "DIG", "NAS"));
                disability = g == null ? Disability.NONE : switch (g) {
                    case "DIM" -> Disability.MEDIUM;
                    case "DIG" -> Disability.SEVERE;
                    default -> Disability.NOT_SELF_SUFFICIENT;
                };
                zeroOrUnsupported(dis, "RettaVersata");
                zeroOrUnsupported(dis, "SpeseAssistenza");
            }
            Euro employee = Euro.ZERO;
            Euro pension = Euro.ZERO;
            Euro other = Euro.ZERO;
            Euro benefits = Euro.ZERO;
            Euro maintenancePaid = Euro.ZERO;
            Euro disabilityExpenses = Euro.ZERO;
            Element fc4 = Xml.child(f, "RedditiDaDichiarare");
            if (fc4 != null) {
                r.shape(fc4, Set.of(), Set.of("RedditoImpSost", "RedditiEsentiImposta", "RedditiIRAP", "RedditiFondiari", "RedditiTassatiEstero",
                        "RedditiAIRE", "RedditiFondiariEstero", "TrattamentiAssistenziali"));
                for (String a : List.of("RedditoImpSost", "RedditiEsentiImposta", "RedditiFondiari", "RedditiTassatiEstero", "RedditiAIRE",
                        "RedditiFondiariEstero")) {
                    other = other.plus(r.wholeEuro(fc4, a));
                }
                zeroOrUnsupported(fc4, "RedditiIRAP");
                benefits = benefits.plus(r.wholeEuro(fc4, "TrattamentiAssistenziali"));
            }
            Element fc5 = Xml.child(f, "AssegniPeriodici");
            if (fc5 != null) {
                r.shape(fc5, Set.of(), Set.of("AssegniFigli", "AssegniConiuge", "AssegniGenitore"));
                maintenancePaid = r.wholeEuro(fc5, "AssegniFigli").plus(r.wholeEuro(fc5, "AssegniConiuge"));
                zeroOrUnsupported(fc5, "AssegniGenitore");
            }
            Element fc8 = Xml.child(f, "AltriRedditi");
            if (fc8 != null) {
                r.shape(fc8, Set.of(), Set.of("FlagEsonerato", "FlagIntegrazione", "FlagRettifica", "RedditoIRPEF", "LavoroDipendente", "Pensione",
                        "RedditiAgrari", "RedditiImpSost", "TrattamentiAssistenziali", "SpeseDetrazione", "SpeseDeduzione", "SpeseCollabDomestici"));
                r.bool(fc8, "FlagEsonerato", true);
                r.bool(fc8, "FlagIntegrazione", true);
                r.bool(fc8, "FlagRettifica", true);
                employee = r.wholeEuro(fc8, "LavoroDipendente");
                pension = r.wholeEuro(fc8, "Pensione");
                Euro irpef = r.wholeEuro(fc8, "RedditoIRPEF");
                if (irpef.compareTo(employee.plus(pension)) < 0 && Xml.attr(fc8, "RedditoIRPEF") != null) {
                    r.violations().add(Violation.coded("FSR-DSU-XML-INCOME", Xml.path(fc8) + "@RedditoIRPEF", Xml.attr(fc8, "RedditoIRPEF")));
                } else if (Xml.attr(fc8, "RedditoIRPEF") != null) {
                    other = other.plus(irpef.minus(employee).minus(pension));
                }
                other = other.plus(r.wholeEuro(fc8, "RedditiImpSost"));
                benefits = benefits.plus(r.wholeEuro(fc8, "TrattamentiAssistenziali"));
                disabilityExpenses = r.wholeEuro(fc8, "SpeseDetrazione").plus(r.wholeEuro(fc8, "SpeseDeduzione"));
                zeroOrUnsupported(fc8, "RedditiAgrari");
                zeroOrUnsupported(fc8, "SpeseCollabDomestici");
            }
            Element veicoli = Xml.child(f, "Veicoli");
            if (veicoli != null) {
                // vehicles do not enter the ISEE: their shape is checked, nothing more
                r.shape(veicoli, Set.of("Veicolo"), Set.of());
                for (Element ve : Xml.children(veicoli, "Veicolo")) {
                    r.shape(ve, Set.of(), Set.of("TipoVeicolo", "Targa"));
                }
            }
            Element fc2 = Xml.child(f, "PatrimonioMobiliare");
            if (fc2 != null) {
                mobiliare(fc2);
            }
            Element fc3 = Xml.child(f, "PatrimonioImmobiliare");
            if (fc3 != null) {
                immobiliare(fc3);
            }
            if (age < 0) {
                return null;
            }
            return DsuMember.of(id, RAPPORTI.get(rapporto), age, disability, false).withResidential(residential)
                    .withBeneficiary(cf != null && cf.value().equals(beneficiary)).withEmployeeIncome(employee).withPensionIncome(pension)
                    .withOtherIncome(other).withPublicBenefits(benefits).withMaintenance(Euro.ZERO, maintenancePaid).withDisabilityExpenses(disabilityExpenses);
        }

        private void zeroOrUnsupported(Element e, String name) {
            if (r.wholeEuro(e, name).isPositive()) {
                r.violations().addCoded("FSR-DSU-XML-UNSUPPORTED", Xml.path(e) + "@" + name, Xml.attr(e, name));
            }
        }

        private void mobiliare(Element fc2) {
            r.shape(fc2, Set.of("Rapporto", "Incremento"), Set.of("FlagPossessoRapportoFinanziario", "FlagIncremento"));
            r.bool(fc2, "FlagPossessoRapportoFinanziario", true);
            for (Element rp : Xml.children(fc2, "Rapporto")) {
                r.shape(rp, Set.of(), Set.of("TipoRapporto", "Identificativo", "CodiceFiscaleOperatore", "Saldo3112", "ConsistenzaMedia", "Valore",
                        "DataInizio", "DataFine"));
                String tipo = r.oneOf(rp, "TipoRapporto", true, Set.of("01", "02", "03", "04", "05", "06", "07", "09", "23", "99"));
                if (tipo == null) {
                    continue;
                }
                if (tipo.equals("01") || tipo.equals("03")) {
                    r.text(rp, "Saldo3112", true);
                    r.text(rp, "ConsistenzaMedia", true);
                    depositsBalance = depositsBalance.plus(r.wholeEuro(rp, "Saldo3112"));
                    depositsAverage = depositsAverage.plus(r.wholeEuro(rp, "ConsistenzaMedia"));
                } else {
                    r.text(rp, "Valore", true);
                    otherFinancial = otherFinancial.plus(r.wholeEuro(rp, "Valore"));
                    if (tipo.equals("02") || tipo.equals("07")) {
                        bondRapporti.add(rp);
                    }
                }
            }
            Boolean flag = r.bool(fc2, "FlagIncremento", false);
            Element inc = Xml.child(fc2, "Incremento");
            if (inc != null) {
                r.shape(inc, Set.of(), Set.of("IncrementoImmobiliare", "IncrementoMobiliare"));
            }
            if (flag != null) {
                Euro add = flag && inc != null ? r.wholeEuro(inc, "IncrementoImmobiliare").plus(r.wholeEuro(inc, "IncrementoMobiliare")) : Euro.ZERO;
                increases = increases == null ? add : increases.plus(add);
            }
        }

        private void immobiliare(Element fc3) {
            r.shape(fc3, Set.of("Patrimonio"), Set.of());
            for (Element p : Xml.children(fc3, "Patrimonio")) {
                r.shape(p, Set.of(), Set.of("TipoPatrimonio", "CodiceComuneStato", "QuotaPosseduta", "ValoreImu", "MutuoResiduo", "FlagAbitazione"));
                r.text(p, "TipoPatrimonio", true);
                r.text(p, "ValoreImu", true);
                BigDecimal quota = r.decimal(p, "QuotaPosseduta", true);
                Euro imu = r.wholeEuro(p, "ValoreImu");
                Euro mutuo = r.wholeEuro(p, "MutuoResiduo");
                Boolean home = r.bool(p, "FlagAbitazione", true);
                if (quota == null || home == null) {
                    continue;
                }
                if (quota.signum() <= 0 || quota.compareTo(BigDecimal.valueOf(100)) > 0) {
                    r.violations().add(Violation.coded("FSR-XML-NOT-DECIMAL", Xml.path(p) + "@QuotaPosseduta", quota.toPlainString()));
                    continue;
                }
                Euro share = Euro.of(imu.toBigDecimal().multiply(quota).divide(BigDecimal.valueOf(100)), RoundingMode.HALF_UP);
                if (home) {
                    homeValue = homeValue.plus(share);
                    homeMortgage = homeMortgage.plus(mutuo);
                } else {
                    otherRealEstate = otherRealEstate.plus(share.minus(mutuo).max(Euro.ZERO));
                }
            }
        }

        private CodiceFiscale cf(Element e, String name) {
            return r.codiceFiscale(e, name, true);
        }
    }
}

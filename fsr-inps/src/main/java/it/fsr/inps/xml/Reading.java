package it.fsr.inps.xml;

import it.fsr.core.money.Euro;
import it.fsr.core.validation.Violation;
import it.fsr.core.validation.Violations;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;
import java.util.regex.Pattern;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;

/**
 * Reading one XML document against the shape fsr knows, every problem collected in one {@link Violations}: an
 * element or an attribute fsr does not know is an error naming it (never skipped: a figure fsr did not read would
 * move money silently), a number or a date that is not one is an error naming the attribute as written.
 * Not thread-safe: one per document.
 */
public final class Reading {
    private static final Pattern DECIMAL = Pattern.compile("[+-]?([0-9]{1,20})(\\.[0-9]{0,20})?|[+-]?\\.[0-9]{1,20}");
    private final Violations v = new Violations();

    /** The problems found so far. */
    public Violations violations() {
        return v;
    }

    /**
     * Checks that {@code e} has only the children and attributes named (XML namespaces' own attributes aside);
     * reports each other one by its path.
     */
    public void shape(Element e, Set<String> children, Set<String> attributes) {
        for (Element c : Xml.children(e)) {
            if (!children.contains(c.getLocalName())) {
                v.addCoded("FSR-XML-UNKNOWN-ELEMENT", Xml.path(c), "", Xml.path(e));
            }
        }
        NamedNodeMap attrs = e.getAttributes();
        for (int i = 0; i < attrs.getLength(); i++) {
            Attr a = (Attr) attrs.item(i);
            String name = a.getLocalName() == null ? a.getName() : a.getLocalName();
            if ("http://www.w3.org/2000/xmlns/".equals(a.getNamespaceURI()) || "http://www.w3.org/2001/XMLSchema-instance".equals(a.getNamespaceURI())) {
                continue;
            }
            if (!attributes.contains(name)) {
                v.addCoded("FSR-XML-UNKNOWN-ATTRIBUTE", Xml.path(e) + "@" + name, "", Xml.path(e));
            }
        }
    }

    /** A required child, or null with the problem reported. */
    public Element required(Element e, String name) {
        Element c = Xml.child(e, name);
        if (c == null) {
            v.addCoded("FSR-XML-MISSING-ELEMENT", Xml.path(e) + "/" + name, "");
        }
        return c;
    }

    /** A required attribute's text, or null with the problem reported. */
    public String text(Element e, String name, boolean required) {
        String s = Xml.attr(e, name);
        if (s == null && required) {
            v.addCoded("FSR-XML-MISSING-ATTRIBUTE", Xml.path(e) + "@" + name, "");
        }
        return s;
    }

    /** An {@code xs:decimal} attribute, or null (absent, or reported when not a decimal). */
    public BigDecimal decimal(Element e, String name, boolean required) {
        String s = text(e, name, required);
        if (s == null) {
            return null;
        }
        String t = s.trim();
        if (!DECIMAL.matcher(t).matches()) {
            v.add(Violation.coded("FSR-XML-NOT-DECIMAL", Xml.path(e) + "@" + name, s));
            return null;
        }
        return new BigDecimal(t.startsWith("+") ? t.substring(1) : t);
    }

    /** A whole-euro amount ({@code xs:unsignedInt}), or zero when absent and not required. */
    public Euro wholeEuro(Element e, String name) {
        String s = Xml.attr(e, name);
        if (s == null) {
            return Euro.ZERO;
        }
        String t = s.trim();
        if (!t.matches("\\+?[0-9]{1,10}") || Long.parseLong(t.startsWith("+") ? t.substring(1) : t) > 4_294_967_295L) {
            v.add(Violation.coded("FSR-XML-NOT-AMOUNT", Xml.path(e) + "@" + name, s));
            return Euro.ZERO;
        }
        return Euro.ofEuros(Long.parseLong(t.startsWith("+") ? t.substring(1) : t));
    }

    /** An {@code xs:date} attribute, or null (absent, or reported when not a date). */
    public LocalDate date(Element e, String name, boolean required) {
        String s = text(e, name, required);
        if (s == null) {
            return null;
        }
        try {
            return LocalDate.parse(s.trim());
        } catch (DateTimeParseException ex) {
            v.add(Violation.coded("FSR-XML-NOT-DATE", Xml.path(e) + "@" + name, s));
            return null;
        }
    }

    /** An {@code xs:boolean} attribute, or null (absent, or reported). */
    public Boolean bool(Element e, String name, boolean required) {
        String s = text(e, name, required);
        if (s == null) {
            return null;
        }
        switch (s.trim()) {
            case "true", "1" -> {
                return Boolean.TRUE;
            }
            case "false", "0" -> {
                return Boolean.FALSE;
            }
            default -> {
                v.add(Violation.coded("FSR-XML-NOT-BOOLEAN", Xml.path(e) + "@" + name, s));
                return null;
            }
        }
    }

    /** An attribute that must be one of {@code allowed}, or null (absent, or reported). */
    public String oneOf(Element e, String name, boolean required, Set<String> allowed) {
        String s = text(e, name, required);
        if (s != null && !allowed.contains(s)) {
            v.add(Violation.coded("FSR-XML-NOT-ONE-OF", Xml.path(e) + "@" + name, s, String.join(", ", new java.util.TreeSet<>(allowed))));
            return null;
        }
        return s;
    }

    /** A codice fiscale attribute checked by its control character, or null (absent, or reported masked). */
    public it.fsr.inps.CodiceFiscale codiceFiscale(Element e, String name, boolean required) {
        String s = text(e, name, required);
        if (s == null) {
            return null;
        }
        String problem = it.fsr.inps.CodiceFiscale.problem(s);
        if (problem != null) {
            v.add(Violation.coded(problem, Xml.path(e) + "@" + name, it.fsr.inps.CodiceFiscale.mask(s)));
            return null;
        }
        return it.fsr.inps.CodiceFiscale.of(s, name);
    }
}

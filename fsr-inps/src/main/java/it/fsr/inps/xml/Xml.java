package it.fsr.inps.xml;

import it.fsr.core.validation.ValidationException;
import it.fsr.core.validation.Violation;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * fsr-inps's one reading of an XML document: bounded in size, without DTDs, external entities or XInclude (an
 * XML from outside may not make fsr read a file or a URL, or expand a billion laughs), namespace aware; a
 * document that is not well formed is a {@link ValidationException} naming its line and column. Stateless.
 */
public final class Xml {
    /** The largest document read: an attestation or a DSU is a few kilobytes, a flow of a year some megabytes. */
    public static final int MAX_BYTES = 32 * 1024 * 1024;

    private Xml() {
    }

    /** The bytes of {@code in}, refused beyond {@link #MAX_BYTES} without reading further. */
    public static byte[] readBounded(InputStream in, String field) {
        try {
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw new ValidationException(List.of(Violation.coded("FSR-XML-TOO-LARGE", field, bytes.length + "+", MAX_BYTES)));
            }
            return bytes;
        } catch (IOException e) {
            throw new ValidationException(List.of(Violation.coded("FSR-XML-UNREADABLE", field, "", e.getClass().getSimpleName())));
        }
    }

    /**
     * The XML in {@code bytes}, or in their base64 text when they do not begin with {@code <} (INPS's web service
     * returns the attestation as {@code xs:base64Binary}).
     */
    public static Document parse(byte[] bytes, String field) {
        int first = 0;
        while (first < bytes.length && (bytes[first] == ' ' || bytes[first] == '\n' || bytes[first] == '\r' || bytes[first] == '\t')) {
            first++;
        }
        // a UTF-8 byte order mark before the declaration
        if (bytes.length - first >= 3 && (bytes[first] & 0xFF) == 0xEF && (bytes[first + 1] & 0xFF) == 0xBB && (bytes[first + 2] & 0xFF) == 0xBF) {
            return dom(bytes, field);
        }
        if (first < bytes.length && bytes[first] != '<') {
            return dom(base64(new String(bytes, StandardCharsets.US_ASCII), field), field);
        }
        return dom(bytes, field);
    }

    /** The bytes of a base64 text (line breaks allowed), or an error naming the field. */
    public static byte[] base64(String text, String field) {
        try {
            return Base64.getMimeDecoder().decode(text.trim());
        } catch (IllegalArgumentException e) {
            throw new ValidationException(List.of(Violation.coded("FSR-XML-NOT-XML", field, "", "")));
        }
    }

    private static Document dom(byte[] bytes, String field) {
        try {
            DocumentBuilder b = factory().newDocumentBuilder();
            b.setErrorHandler(new ErrorHandler() {
                @Override
                public void warning(SAXParseException e) {
                }

                @Override
                public void error(SAXParseException e) throws SAXException {
                    throw e;
                }

                @Override
                public void fatalError(SAXParseException e) throws SAXException {
                    throw e;
                }
            });
            b.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("external entity");
            });
            return b.parse(new ByteArrayInputStream(bytes));
        } catch (SAXParseException e) {
            throw new ValidationException(List.of(Violation.coded("FSR-XML-MALFORMED", field, "", e.getLineNumber(), e.getColumnNumber())));
        } catch (SAXException | IOException e) {
            throw new ValidationException(List.of(Violation.coded("FSR-XML-MALFORMED", field, "", 0, 0)));
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser cannot be configured", e);
        }
    }

    private static DocumentBuilderFactory factory() {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setXIncludeAware(false);
        f.setExpandEntityReferences(false);
        try {
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        } catch (ParserConfigurationException | IllegalArgumentException e) {
            throw new IllegalStateException("the JDK's XML parser refuses a safety feature", e);
        }
        return f;
    }

    /** The child elements of {@code e}, in order. */
    public static List<Element> children(Element e) {
        List<Element> out = new ArrayList<>();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.ELEMENT_NODE) {
                out.add((Element) n);
            }
        }
        return out;
    }

    /** The child elements of {@code e} named {@code name}, in order. */
    public static List<Element> children(Element e, String name) {
        List<Element> out = new ArrayList<>();
        for (Element c : children(e)) {
            if (name.equals(c.getLocalName())) {
                out.add(c);
            }
        }
        return out;
    }

    /** The first child named {@code name}, or null. */
    public static Element child(Element e, String name) {
        for (Element c : children(e)) {
            if (name.equals(c.getLocalName())) {
                return c;
            }
        }
        return null;
    }

    /** The first element named {@code name} anywhere under {@code e} (depth first), or null. */
    public static Element find(Element e, String name) {
        if (name.equals(e.getLocalName())) {
            return e;
        }
        for (Element c : children(e)) {
            Element f = find(c, name);
            if (f != null) {
                return f;
            }
        }
        return null;
    }

    /** The attribute, or null when absent. */
    public static String attr(Element e, String name) {
        return e.hasAttribute(name) ? e.getAttribute(name) : null;
    }

    /** The path of {@code e} from the root, {@code Attestazione/Ordinario/ISEEOrdinario}. */
    public static String path(Element e) {
        StringBuilder b = new StringBuilder(e.getLocalName());
        for (Node p = e.getParentNode(); p instanceof Element pe; p = pe.getParentNode()) {
            b.insert(0, pe.getLocalName() + "/");
        }
        return b.toString();
    }
}

package it.fsr.inps.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import it.fsr.core.validation.ValidationException;
import it.fsr.core.validation.Violation;
import it.fsr.inps.attestazione.AttestazioneXml;
import it.fsr.inps.dsu.DsuXml;
import it.fsr.isee.dsu.DsuParameters;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Nothing read past: on every element of the test documents an attribute fsr does not know is an error naming that
 * element, a child element fsr does not know is one too, and every attribute taken away is either an error naming it
 * (when the schema requires it) or a document still read.
 */
class EveryNodeTest {
    interface Reader extends Consumer<byte[]> {
    }

    static final Reader ATTESTATION = AttestazioneXml::read;
    static final Reader DSU = bytes -> DsuXml.read(bytes, DsuParameters.defaults());

    @Test
    void everyElementOfTheAttestationsIsChecked() throws Exception {
        for (String name : List.of("/it/fsr/inps/attestazione/minorenni.xml", "/it/fsr/inps/attestazione/sociosanitario.xml",
                "/it/fsr/inps/attestazione/difformita.xml")) {
            everyNode(name, ATTESTATION);
        }
    }

    @Test
    void everyElementOfTheDsuIsChecked() throws Exception {
        everyNode("/it/fsr/inps/dsu/famiglia.xml", DSU);
    }

    static void everyNode(String resource, Reader reader) throws Exception {
        Document original = parse(resource);
        List<Element> elements = new ArrayList<>();
        collect(original.getDocumentElement(), elements);
        assertThat(elements).hasSizeGreaterThan(5);
        for (int i = 0; i < elements.size(); i++) {
            // an unknown attribute on element i
            Document d = parse(resource);
            Element e = element(d, i);
            e.setAttribute("Sconosciuto", "1");
            expect(reader, d, "FSR-XML-UNKNOWN-ATTRIBUTE", e.getLocalName() + "@Sconosciuto", resource);
            // an unknown child of element i
            d = parse(resource);
            e = element(d, i);
            e.appendChild(d.createElementNS(e.getNamespaceURI(), "Sconosciuto"));
            expect(reader, d, e.getLocalName().equals("ISEEOrd") || e.getLocalName().equals("ISEENonCalcolabile") || e.getLocalName().equals("ISEERistretto")
                    ? null : "FSR-XML-UNKNOWN-ELEMENT", "Sconosciuto", resource);
            // each attribute of element i taken away: an error naming it, or still read
            NamedNodeMap attrs = element(parse(resource), i).getAttributes();
            for (int k = 0; k < attrs.getLength(); k++) {
                String a = ((Attr) attrs.item(k)).getName();
                if (a.startsWith("xmlns")) {
                    continue;
                }
                d = parse(resource);
                e = element(d, i);
                e.removeAttribute(a);
                try {
                    reader.accept(bytes(d));
                } catch (ValidationException x) {
                    assertThat(x.violations()).as(resource + " without " + e.getLocalName() + "@" + a)
                            .anySatisfy(v -> assertThat(v.field()).contains(a.equals("CodiceFiscale") ? "" : a));
                }
            }
        }
    }

    private static void expect(Reader reader, Document d, String code, String field, String resource) throws Exception {
        try {
            reader.accept(bytes(d));
            if (code != null) {
                fail(resource + ": " + field + " was read past");
            }
        } catch (ValidationException x) {
            if (code == null) {
                return;
            }
            assertThat(x.violations()).as(resource + " " + field).extracting(Violation::code).contains(code);
            assertThat(x.violations()).anySatisfy(v -> assertThat(v.field()).contains(field));
        }
    }

    private static void collect(Element e, List<Element> out) {
        out.add(e);
        NodeList children = e.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i).getNodeType() == Node.ELEMENT_NODE) {
                collect((Element) children.item(i), out);
            }
        }
    }

    private static Element element(Document d, int i) {
        List<Element> all = new ArrayList<>();
        collect(d.getDocumentElement(), all);
        return all.get(i);
    }

    private static Document parse(String resource) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        try (InputStream in = EveryNodeTest.class.getResourceAsStream(resource)) {
            return f.newDocumentBuilder().parse(in);
        }
    }

    private static byte[] bytes(Document d) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TransformerFactory.newInstance().newTransformer().transform(new DOMSource(d), new StreamResult(out));
        return out.toByteArray();
    }

    static InputStream stream(byte[] b) {
        return new ByteArrayInputStream(b);
    }
}

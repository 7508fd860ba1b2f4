package it.fsr.inps.xml;

import static org.assertj.core.api.Assertions.assertThat;

import it.fsr.core.money.Euro;
import it.fsr.core.validation.ValidationException;
import it.fsr.core.validation.Violation;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * The XML reader's edges: the size bound to the byte, a document behind blanks or a byte order mark or in base64, inputs
 * too short to be one; the readers of INPS's attribute types at their bounds.
 */
class XmlEdgesTest {
    private static String code(Runnable r) {
        try {
            r.run();
            return null;
        } catch (ValidationException e) {
            return e.violations().get(0).code();
        }
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void theBoundIsTheLastByteAllowed() {
        byte[] max = new byte[Xml.MAX_BYTES];
        assertThat(Xml.readBounded(new ByteArrayInputStream(max), "f")).hasSize(Xml.MAX_BYTES);
        assertThat(code(() -> Xml.readBounded(new ByteArrayInputStream(new byte[Xml.MAX_BYTES + 1]), "f"))).isEqualTo("FSR-XML-TOO-LARGE");
    }

    @Test
    void aDocumentBehindBlanksABomOrInBase64() {
        assertThat(Xml.parse(bytes(" \n\t\r<a/>"), "f").getDocumentElement().getLocalName()).isEqualTo("a");
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '<', 'b', '/', '>'};
        assertThat(Xml.parse(bom, "f").getDocumentElement().getLocalName()).isEqualTo("b");
        String b64 = Base64.getEncoder().encodeToString(bytes("<c/>"));
        assertThat(Xml.parse(bytes("  " + b64), "f").getDocumentElement().getLocalName()).isEqualTo("c");
        // too short or blank: never read past the end, always an error of fsr's
        for (String s : new String[] {"", " ", "   ", "<", "\n<", "ab"}) {
            assertThat(code(() -> Xml.parse(bytes(s), "f"))).as("'%s'", s).isNotNull();
        }
        assertThat(code(() -> Xml.parse(new byte[] {(byte) 0xEF, (byte) 0xBB}, "f"))).isNotNull();
        // a byte order mark alone is no document, read as XML (not as base64)
        assertThat(code(() -> Xml.parse(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "f"))).isEqualTo("FSR-XML-MALFORMED");
        assertThat(code(() -> Xml.parse(bytes("   "), "f"))).isEqualTo("FSR-XML-MALFORMED");
    }

    private static Element element(String xml) {
        return Xml.parse(bytes(xml), "f").getDocumentElement();
    }

    @Test
    void eachAttributeTypeAtItsBounds() {
        Reading r = new Reading();
        Element e = element("<a xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:schemaLocation=\"x\" t=\"1\" f=\"0\" tt=\"true\" "
                + "ff=\"false\" max=\"4294967295\" over=\"4294967296\" plus=\"+12\"><b/></a>");
        assertThat(r.bool(e, "t", true)).isTrue();
        assertThat(r.bool(e, "f", true)).isFalse();
        assertThat(r.bool(e, "tt", true)).isTrue();
        assertThat(r.bool(e, "ff", true)).isFalse();
        assertThat(r.wholeEuro(e, "max")).isEqualTo(Euro.ofEuros(4_294_967_295L));
        assertThat(r.wholeEuro(e, "plus")).isEqualTo(Euro.ofEuros(12));
        assertThat(r.wholeEuro(e, "absent")).isEqualTo(Euro.ZERO);
        assertThat(r.violations().isEmpty()).isTrue();
        assertThat(r.wholeEuro(e, "over")).isEqualTo(Euro.ZERO);
        assertThat(r.violations().list()).extracting(Violation::code).containsExactly("FSR-XML-NOT-AMOUNT");
        // the namespace declarations and the schema instance's attributes are no attributes of the record
        Reading shape = new Reading();
        shape.shape(e, Set.of("b"), Set.of("t", "f", "tt", "ff", "max", "over", "plus"));
        assertThat(shape.violations().isEmpty()).isTrue();
        shape.shape(e, Set.of(), Set.of("t"));
        assertThat(shape.violations().list()).extracting(Violation::code).contains("FSR-XML-UNKNOWN-ELEMENT", "FSR-XML-UNKNOWN-ATTRIBUTE");
        Reading req = new Reading();
        assertThat(req.required(e, "b")).isNotNull();
        assertThat(req.violations().isEmpty()).isTrue();
        assertThat(req.required(e, "c")).isNull();
        assertThat(req.violations().list()).singleElement().satisfies(v -> {
            assertThat(v.code()).isEqualTo("FSR-XML-MISSING-ELEMENT");
            assertThat(v.field()).endsWith("/c");
        });
    }
}

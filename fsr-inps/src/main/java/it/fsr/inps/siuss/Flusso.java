package it.fsr.inps.siuss;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A SIUSS flow written and validated: its identifier as INPS defines it
 * ({@code {codice ente}.{PS|PSA}.{aaaammgg}.{progressivo di 7 cifre}}), its type and its XML (UTF-8).
 *
 * @param id           the flow's name and id ({@code IdentificazioneFlusso@Nome}, WaaS {@code id_flusso})
 * @param tipo         {@code PSA} (prestazioni sociali agevolate, under a means test) or {@code PS}
 * @param beneficiari  how many beneficiaries it holds
 * @param prestazioni  how many prestazioni it holds
 * @param xml          the document
 */
public record Flusso(String id, String tipo, int beneficiari, int prestazioni, byte[] xml) {
    /** Copies the bytes. */
    public Flusso {
        xml = xml.clone();
    }

    @Override
    public byte[] xml() {
        return xml.clone();
    }

    /** The XML in base64, as the WaaS SIUSS API's {@code flusso} property carries it. */
    public String base64() {
        return Base64.getEncoder().encodeToString(xml);
    }

    /** The XML as text. */
    public String text() {
        return new String(xml, StandardCharsets.UTF_8);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Flusso f && f.id.equals(id) && f.tipo.equals(tipo) && java.util.Arrays.equals(f.xml, xml);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    /** The id and the counts: never a codice fiscale. */
    @Override
    public String toString() {
        return "Flusso[" + id + ", beneficiari=" + beneficiari + ", prestazioni=" + prestazioni + "]";
    }
}

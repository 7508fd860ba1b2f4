package it.fsr.inps.attestazione;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One indicator as INPS computed it: the element that carries it ({@code ISEEOrdinario}, {@code ISEEMinAttr},
 * {@code ISEERistretto}…), its release date, its figures, how they were computed and the value of each
 * componente aggiuntiva added to it (DPCM 159/2013 all. 2), as printed.
 */
public record Calcolo(String elemento, LocalDate dataRilascio, Valori valori, ModalitaCalcolo modalita, List<BigDecimal> componentiAggiuntive) {
    /** Copies the list. */
    public Calcolo {
        java.util.Objects.requireNonNull(elemento, "elemento");
        java.util.Objects.requireNonNull(valori, "valori");
        java.util.Objects.requireNonNull(modalita, "modalita");
        componentiAggiuntive = List.copyOf(componentiAggiuntive);
    }

    @Override
    public String toString() {
        return "Calcolo[" + elemento + "]";
    }
}

package it.fsr.cli;

import it.fsr.inps.CodiceFiscale;
import it.fsr.inps.XmlFiles;
import it.fsr.inps.attestazione.AttestazioneXml;
import it.fsr.inps.attestazione.RigaVerifica;
import it.fsr.inps.attestazione.Verifica;
import it.fsr.inps.siuss.CodiciPrestazione;
import it.fsr.inps.siuss.Ente;
import it.fsr.inps.siuss.Flusso;
import it.fsr.inps.siuss.SiussFiles;
import it.fsr.inps.siuss.SiussFlussi;
import it.fsr.isee.dsu.DsuParameters;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The public administration's formats on the command line: {@code isee verifica} (INPS's arithmetic of attestations
 * checked by {@link it.fsr.inps.attestazione.Attestazione#verifica}) and {@code siuss} (the flows of the prestazioni
 * granted, written by {@link SiussFiles}). Arguments in, the library's result out.
 */
final class InpsCommands {
    private InpsCommands() {
    }

    private static final List<String> VERIFICA = List.of("file", "protocollo", "indicatori", "righe", "differenze", "esito", "dettaglio");

    /** {@code isee verifica --attestazione A.xml|FOLDER}: a row per attestation; exit 1 when a line differs. */
    static Output verifica(List<String> rest) {
        Args a = new Args(rest, Set.of("attestazione"));
        String given = a.get("attestazione");
        if (given == null) {
            throw new UsageException("isee verifica needs --attestazione FILE.xml (or a folder of them)",
                    "isee verifica richiede --attestazione FILE.xml (o una cartella di attestazioni)");
        }
        Path path = Path.of(given);
        if (!Files.isDirectory(path)) {
            path = Args.regularFile(given);
        }
        List<XmlFiles.Read<Verifica>> read = XmlFiles.read(path, bytes -> AttestazioneXml.read(bytes).verifica(RunParameters.current()));
        Table table = new Table(VERIFICA);
        int differing = 0;
        for (XmlFiles.Read<Verifica> r : read) {
            Verifica v = r.value();
            long indicatori = v.righe().stream().map(RigaVerifica::indicatore).distinct().count();
            String detail = v.differenze().stream().map(d -> d.indicatore() + " " + d.voce() + ": " + d.stampato().toPlainString() + " ≠ "
                    + (d.ricalcolato() == null ? "?" : d.ricalcolato().toPlainString()) + " (" + d.regola() + "; " + d.fonte() + ")")
                    .collect(Collectors.joining(" | "));
            table.add(List.of(r.file(), v.protocollo(), indicatori, v.righe().size(), v.differenze().size(), v.concorda() ? "concorda" : "differisce",
                    detail), null, r.file());
            differing += v.concorda() ? 0 : 1;
        }
        Output out = Output.of(table.render(a.format(), a.lang(), false, a.outputDialect(it.fsr.core.explain.CsvDialect.PLAIN)));
        if (differing > 0) {
            throw new Partial(out, differing + " attestation(s) whose arithmetic differs from fsr's",
                    differing + " attestazioni i cui calcoli differiscono da quelli di fsr");
        }
        return out;
    }

    /**
     * {@code siuss --decisioni D.csv --beneficiari B.csv --ente CODE --sede BELFIORE --operatore CF [--denominazione NAME]
     * [--data-invio D] [--progressivo N] [--cooperazione] [--cartella DIR]}: one flow (upload), or with
     * {@code --cooperazione} one per prestazione into {@code --cartella}.
     */
    static Output siuss(List<String> rest, LocalDate today) {
        Args a = new Args(rest, Set.of("decisioni", "beneficiari", "ente", "sede", "operatore", "denominazione", "data-invio", "progressivo",
                "cooperazione", "cartella"));
        for (String required : List.of("ente", "sede", "operatore")) {
            if (a.get(required) == null) {
                throw new UsageException("siuss needs --" + required, "siuss richiede --" + required);
            }
        }
        int progressivo;
        try {
            progressivo = a.get("progressivo") == null ? 1 : Integer.parseInt(a.get("progressivo"));
        } catch (NumberFormatException e) {
            throw new UsageException("--progressivo " + a.get("progressivo") + ": a whole number from 1", "--progressivo " + a.get("progressivo")
                    + ": un numero intero da 1");
        }
        LocalDate sent = a.get("data-invio") == null ? today : a.date(today, "data-invio");
        CodiceFiscale operatore = CodiceFiscale.of(a.get("operatore"), "--operatore");
        Ente ente = new Ente(a.get("ente"), a.get("denominazione"), a.get("sede"), operatore);
        boolean cooperation = a.flag("cooperazione");
        List<Flusso> flows = SiussFiles.flussi(a.fileName("decisioni"), a.file("decisioni"), a.fileName("beneficiari"), a.file("beneficiari"), ente,
                sent, progressivo, CodiciPrestazione.defaults(), cooperation ? SiussFlussi.Modalita.COOPERAZIONE : SiussFlussi.Modalita.UPLOAD);
        if (a.get("cartella") != null) {
            Path dir = Path.of(a.get("cartella"));
            if (!Files.isDirectory(dir)) {
                throw new UsageException("--cartella " + a.get("cartella") + ": not a folder", "--cartella " + a.get("cartella") + ": non è una cartella");
            }
            List<String> written = new ArrayList<>();
            for (Flusso f : flows) {
                Path target = dir.resolve(f.id() + ".xml");
                try {
                    Path temp = Files.createTempFile(dir, ".fsr-", ".tmp");
                    Files.write(temp, f.xml());
                    Files.move(temp, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                written.add(f.id() + ".xml: " + f.beneficiari() + " beneficiari, " + f.prestazioni() + " prestazioni");
            }
            return Output.of(String.join("\n", written) + "\n");
        }
        if (flows.size() > 1) {
            throw new UsageException(flows.size() + " flows (PS and PSA, or --cooperazione): write them with --cartella DIR",
                    flows.size() + " flussi (PS e PSA, o --cooperazione): scriverli con --cartella CARTELLA");
        }
        return out -> {
            out.write(flows.get(0).xml(), 0, flows.get(0).xml().length);
            out.flush();
        };
    }
}

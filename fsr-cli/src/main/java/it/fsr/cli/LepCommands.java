package it.fsr.cli;

import it.fsr.core.money.Euro;
import it.fsr.core.money.EuroFormat;
import it.fsr.core.parameter.ParameterSet;
import it.fsr.core.validation.ValidationException;
import it.fsr.lep.LepParameters;
import it.fsr.lep.NurseryReport;
import it.fsr.lep.SocialWorkerReport;
import it.fsr.lep.TransportReport;
import it.fsr.lep.io.LepFiles;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** {@code lep sociale|nidi|trasporto}: the files are read and assessed by {@link LepFiles}. */
final class LepCommands {
    private LepCommands() {
    }

    static String run(List<String> rest, int currentYear) {
        if (rest.isEmpty()) {
            throw new UsageException("lep needs a subcommand: sociale, nidi, trasporto or rendicontazione");
        }
        List<String> args = rest.subList(1, rest.size());
        return switch (rest.get(0)) {
            case "sociale" -> sociale(args, currentYear);
            case "nidi" -> nidi(args);
            case "trasporto" -> trasporto(args);
            case "rendicontazione" -> rendicontazione(args);
            default -> throw new UsageException("unknown lep subcommand " + rest.get(0) + ": use sociale, nidi, trasporto or rendicontazione");
        };
    }

    /**
     * {@code lep sociale}: one row per Comune; with an {@code ambito} column, one more row per Ambito
     * ({@code ambito:NAME}) and the per-Comune {@code contribution_797} left blank (never summed).
     */
    static String sociale(List<String> rest, int currentYear) {
        Args a = new Args(rest, Set.of("comuni", "year"));
        LepFiles.Sociale s = LepFiles.sociale(a.fileName("comuni"), a.file("comuni"), a.year(currentYear), RunParameters.current());
        List<String> header = new java.util.ArrayList<>(List.of("id", "inhabitants_per_worker", "needed_6500", "needed_5000", "needed_4000",
                "gap_6500", "gap_5000", "gap_4000", "status", "contribution_797"));
        if (s.pooled()) {
            header.add("contribution_797_share"); // information: the Comune's part of its Ambito's contribution, never summed again
        }
        Table table = new Table(header);
        for (SocialWorkerReport r : s.comuni()) {
            add(table, r, s.pooled() ? "" : r.contribution797(), s.pooled() ? s.shares().get(r.id()) : null);
        }
        for (SocialWorkerReport r : s.ambiti()) {
            add(table, r, r.contribution797(), s.pooled() ? "" : null);
        }
        return table.render(a.format(), a.lang(), a.flag("explain"), a.outputDialect(s.dialect()));
    }

    private static void add(Table table, SocialWorkerReport s, Object contribution, Object share) {
        List<Object> row = new java.util.ArrayList<>(List.of(s.id(), s.inhabitantsPerWorker().map(Object.class::cast).orElse(""), s.needed6500(),
                s.needed5000(), s.needed4000(), s.gap6500(), s.gap5000(), s.gap4000(), s.status().name().toLowerCase(Locale.ROOT), contribution));
        if (share != null) {
            row.add(share);
        }
        table.add(row, s.explanation(), s.id());
    }

    /** {@code lep rendicontazione}: per Comune and share what is justified and recovered, then the totals per region. */
    static String rendicontazione(List<String> rest) {
        Args a = new Args(rest, Set.of("comuni", "year"));
        LepFiles.Rendiconto r = LepFiles.rendicontazione(a.fileName("comuni"), a.file("comuni"), requiredYear(a), RunParameters.current());
        Table table = new Table(List.of("comune", "region", "share", "assigned", "justified", "to_recover", "reason"));
        for (it.fsr.lep.monitoring.Rendicontazione.Outcome o : r.result().outcomes()) {
            table.add(List.of(o.report().comune(), o.report().region() == null ? "" : o.report().region(),
                    o.report().share().name().toLowerCase(Locale.ROOT), o.report().assigned(), o.justified(), o.toRecover(), o.reason()), null,
                    o.report().comune());
        }
        for (it.fsr.lep.monitoring.Rendicontazione.Totals t : r.result().byRegion()) {
            table.add(List.of("", t.name(), t.share().name().toLowerCase(Locale.ROOT), t.assigned(), t.justified(), t.toRecover(), "total"),
                    null, t.name());
        }
        return table.render(a.format(), a.lang(), false, a.outputDialect(r.dialect()));
    }

    private static int requiredYear(Args a) {
        if (a.get("year") == null) {
            throw new UsageException("missing option --year");
        }
        return a.year(0);
    }

    private static Euro total(Args a) {
        if (a.get("total") == null) {
            return null;
        }
        try {
            Euro e = EuroFormat.parse(a.get("total"));
            if (e.isNegative()) {
                throw new UsageException("--total must not be negative (value: " + a.get("total") + ")");
            }
            return e;
        } catch (ValidationException e) {
            throw new UsageException("--total: " + e.violations().get(0).message() + " (value: " + a.get("total") + ")");
        }
    }

    static String nidi(List<String> rest) {
        Args a = new Args(rest, Set.of("comuni", "year", "total"));
        LepFiles.Nidi n = LepFiles.nidi(a.fileName("comuni"), a.file("comuni"), requiredYear(a), total(a), RunParameters.current());
        Table table = new Table(List.of("id", "coverage", "threshold", "places_needed_threshold", "places_needed_33", "additional_users", "amount"));
        for (LepFiles.NurseryRow row : n.comuni()) {
            NurseryReport r = row.report();
            table.add(List.of(r.id(), r.coveragePercent(), r.threshold(), r.placesNeededThreshold(), r.placesNeededLep(),
                    row.additionalUsers().isPresent() ? (Object) row.additionalUsers().getAsLong() : "", row.amount().map(Object.class::cast).orElse("")),
                    r.explanation(), r.id());
        }
        for (NurseryReport r : n.bacini()) {
            table.add(List.of("bacino:" + r.id(), r.coveragePercent(), r.threshold(), r.placesNeededThreshold(), r.placesNeededLep(), "", ""),
                    r.explanation(), "bacino " + r.id());
        }
        return table.render(a.format(), a.lang(), a.flag("explain"), a.outputDialect(n.dialect()));
    }

    static String trasporto(List<String> rest) {
        Args a = new Args(rest, Set.of("comuni", "year", "total"));
        LepFiles.Trasporto t = LepFiles.trasporto(a.fileName("comuni"), a.file("comuni"), requiredYear(a), total(a), RunParameters.current());
        Table table = new Table(List.of("id", "coverage", "target", "users_needed", "additional_users", "amount"));
        for (LepFiles.TransportRow row : t.comuni()) {
            TransportReport r = row.report();
            table.add(List.of(r.id(), r.coveragePercent(), r.target().map(Object.class::cast).orElse(""),
                    r.usersNeeded().isPresent() ? (Object) r.usersNeeded().getAsLong() : "",
                    row.additionalUsers().isPresent() ? (Object) row.additionalUsers().getAsLong() : "", row.amount().map(Object.class::cast).orElse("")),
                    r.target().isPresent() ? r.explanation() : null, r.id());
        }
        return table.render(a.format(), a.lang(), a.flag("explain"), a.outputDialect(t.dialect()));
    }
}

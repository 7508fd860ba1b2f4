package it.fsr.cli;

import it.fsr.core.explain.CsvDialect;

import it.fsr.core.csv.CsvWriter;
import it.fsr.core.explain.Explanation;
import it.fsr.core.explain.ValueFormat;
import it.fsr.core.money.Euro;
import it.fsr.core.money.Rate;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A command's output: a header and rows of values, with each row's optional explanation; rendered as
 * CSV (plain numbers, {@code ,} separator, percentages as plain numbers), Markdown or aligned text
 * (numbers in the report's language).
 */
final class Table {
    private final List<String> header;
    private final List<List<Object>> rows = new ArrayList<>();
    private final List<Explanation> explanations = new ArrayList<>();
    private final List<String> labels = new ArrayList<>();

    Table(List<String> header) {
        this.header = List.copyOf(header);
    }

    void add(List<Object> row, Explanation explanation, String label) {
        if (row.size() != header.size()) {
            throw new IllegalArgumentException("row of " + row.size() + " cells for " + header.size() + " columns");
        }
        rows.add(new ArrayList<>(row));
        explanations.add(explanation);
        labels.add(label);
    }

    String render(Args.Format format, Locale lang, boolean explain) {
        return render(format, lang, explain, CsvDialect.PLAIN);
    }

    /** Renders; the CSV in {@code dialect} ({@code ;} and decimal comma for Italian Excel). */
    String render(Args.Format format, Locale lang, boolean explain, CsvDialect dialect) {
        StringBuilder sb = new StringBuilder();
        switch (format) {
            case CSV -> {
                List<String> h = new ArrayList<>(header);
                if (explain) {
                    h.add("explanation");
                }
                sb.append(CsvWriter.line(h, dialect));
                for (int i = 0; i < rows.size(); i++) {
                    List<String> cells = new ArrayList<>();
                    for (Object o : rows.get(i)) {
                        cells.add(plain(o));
                    }
                    if (explain) {
                        Explanation e = explanations.get(i);
                        cells.add(e == null ? "" : e.toText(lang).strip().replace("\n", " | ").replaceAll(" {2,}", " "));
                    }
                    sb.append(CsvWriter.line(cells, dialect));
                }
            }
            case HTML -> sb.append(html(lang, explain));
            case MD -> {
                sb.append("| ").append(String.join(" | ", header.stream().map(h -> it.fsr.core.explain.Markdown.escape(Vocabolario.column(h, lang))).toList()))
                        .append(" |\n|");
                header.forEach(x -> sb.append("---|"));
                sb.append('\n');
                for (List<Object> r : rows) {
                    sb.append("| ");
                    for (int c = 0; c < r.size(); c++) {
                        sb.append(c == 0 ? "" : " | ").append(it.fsr.core.explain.Markdown.escape(human(r.get(c), lang)));
                    }
                    sb.append(" |\n");
                }
                appendExplanations(sb, lang, explain, true);
            }
            case TEXT -> {
                int[] w = new int[header.size()];
                List<List<String>> cells = new ArrayList<>();
                for (List<Object> r : rows) {
                    List<String> cr = new ArrayList<>();
                    for (Object o : r) {
                        cr.add(human(o, lang));
                    }
                    cells.add(cr);
                }
                List<String> titles = header.stream().map(h -> Vocabolario.column(h, lang)).toList();
                for (int c = 0; c < w.length; c++) {
                    w[c] = titles.get(c).length();
                    for (List<String> r : cells) {
                        w[c] = Math.max(w[c], r.get(c).length());
                    }
                }
                line(sb, titles, w);
                for (List<String> r : cells) {
                    line(sb, r, w);
                }
                appendExplanations(sb, lang, explain, false);
            }
        }
        return sb.toString();
    }

    private void appendExplanations(StringBuilder sb, Locale lang, boolean explain, boolean md) {
        if (!explain) {
            return;
        }
        for (int i = 0; i < rows.size(); i++) {
            Explanation e = explanations.get(i);
            if (e == null) {
                continue;
            }
            sb.append('\n').append(md ? "### " + it.fsr.core.explain.Markdown.escape(labels.get(i)) : labels.get(i)).append('\n');
            sb.append(md ? e.toMarkdown(lang) : e.toText(lang));
        }
    }

    private static void line(StringBuilder sb, List<String> cells, int[] w) {
        StringBuilder l = new StringBuilder();
        for (int c = 0; c < cells.size(); c++) {
            l.append(c == 0 ? "" : "  ").append(String.format("%-" + w[c] + "s", cells.get(c)));
        }
        sb.append(l.toString().stripTrailing()).append('\n');
    }

    static String plain(Object o) {
        if (o == null) {
            return "";
        }
        if (o instanceof Euro e) {
            return e.toString();
        }
        if (o instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (o instanceof Rate r) {
            return r.percent().toPlainString();
        }
        return o.toString();
    }

    private static String human(Object o, Locale lang) {
        if (o == null) {
            return "";
        }
        if (o instanceof Euro || o instanceof BigDecimal || o instanceof Rate) {
            return ValueFormat.format(o, lang);
        }
        return Vocabolario.value(o.toString(), lang);
    }

    /** The columns a report charts, in order of preference: the money each row receives or pays. */
    private static final List<String> CHARTED = List.of("amount", "contribution", "isee_final", "user_total", "contribution_797", "to_recover", "assigned",
            "isee_ff", "resources", "isee", "current_isee", "differenze");

    /** This table alone as HTML, with its totals row, for a report of several sections. */
    String htmlTable(Locale lang) {
        return Html.table(header, rows, totals(lang), lang);
    }

    /** Every row's explanation as text, under its label. */
    String explanationsText(Locale lang) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < rows.size(); i++) {
            if (explanations.get(i) != null) {
                text.append(labels.get(i)).append('\n').append(explanations.get(i).toText(lang)).append('\n');
            }
        }
        return text.toString();
    }

    /** The report: this table under the run's title, a chart of its main amount, a totals row, the acts of its figures. */
    private String html(Locale lang, boolean explain) {
        String chart = chart(lang);
        return Html.page(lang, List.of(new Html.Section(null, chart, Html.table(header, rows, totals(lang), lang))), Html.sources(explanations),
                explain ? explanationsText(lang) : null);
    }

    /** The totals row: the sum of each column of amounts (not of ISEEs or fees), or null when none. */
    private List<Object> totals(Locale lang) {
        boolean it = lang == Locale.ITALIAN;
        List<Object> totals = null;
        if (rows.size() > 1) {
            totals = new ArrayList<>();
            boolean any = false;
            for (int c = 0; c < header.size(); c++) {
                Euro sum = null;
                boolean all = true;
                for (List<Object> r : rows) {
                    Object o = r.get(c);
                    if (o instanceof Euro e) {
                        sum = sum == null ? e : sum.plus(e);
                    } else if (o != null && !"".equals(o)) {
                        all = false;
                    }
                }
                boolean summed = c > 0 && all && sum != null && !header.get(c).startsWith("isee") && !header.get(c).equals("fee")
                        && !header.get(c).startsWith("fee_") && !header.get(c).equals("per_project");
                totals.add(c == 0 ? (it ? "Totale" : "Total") : summed ? sum : null);
                any |= summed;
            }
            if (!any) {
                totals = null;
            }
        }
        return totals;
    }

    String chart(Locale lang) {
        boolean it = lang == Locale.ITALIAN;
        int fee = header.indexOf("fee");
        int iseeUsed = header.indexOf("isee_used");
        if (fee >= 0 && iseeUsed >= 0) {
            List<BigDecimal> xs = new ArrayList<>();
            List<BigDecimal> ys = new ArrayList<>();
            for (List<Object> r : rows) {
                BigDecimal x = Html.number(r.get(iseeUsed));
                BigDecimal y = Html.number(r.get(fee));
                if (x != null && y != null) {
                    xs.add(x);
                    ys.add(y);
                }
            }
            return Html.line(it ? "Tariffa per unità secondo l'ISEE di ogni utente" : "Fee per unit over each user's ISEE", xs, ys, lang);
        }
        int coverage = header.indexOf("coverage");
        int target = header.indexOf("target") >= 0 ? header.indexOf("target") : header.indexOf("threshold");
        int column = -1;
        if (coverage >= 0 && target >= 0) {
            column = coverage;
        } else {
            for (String c : CHARTED) {
                if (header.indexOf(c) >= 0) {
                    column = header.indexOf(c);
                    break;
                }
            }
        }
        if (column < 0) {
            return null;
        }
        List<String> names = new ArrayList<>();
        List<BigDecimal> values = new ArrayList<>();
        List<BigDecimal> targets = coverage >= 0 && target >= 0 ? new ArrayList<>() : null;
        boolean euro = false;
        for (List<Object> r : rows) {
            BigDecimal v = Html.number(r.get(column));
            if (v == null) {
                continue;
            }
            euro |= r.get(column) instanceof Euro;
            names.add(Html.cell(r.get(0), lang) + (header.size() > 1 && header.get(1).equals("member_id") && r.get(1) != null ? " " + r.get(1) : ""));
            values.add(v);
            if (targets != null) {
                targets.add(Html.number(r.get(target)));
            }
        }
        String what = Vocabolario.column(header.get(column), lang);
        String caption = targets != null ? (it ? what + " per ente; in rosso l'obiettivo" : what + " per entity; the target in red")
                : (it ? what + " per riga" : what + " per row");
        return Html.bars(caption, names, values, targets, lang, euro);
    }

}

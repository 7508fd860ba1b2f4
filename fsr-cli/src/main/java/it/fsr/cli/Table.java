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
            case MD -> {
                sb.append("| ").append(String.join(" | ", header.stream().map(it.fsr.core.explain.Markdown::escape).toList())).append(" |\n|");
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
                for (int c = 0; c < w.length; c++) {
                    w[c] = header.get(c).length();
                    for (List<String> r : cells) {
                        w[c] = Math.max(w[c], r.get(c).length());
                    }
                }
                line(sb, header, w);
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
        return o.toString();
    }

}

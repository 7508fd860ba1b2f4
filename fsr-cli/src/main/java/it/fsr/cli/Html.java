package it.fsr.cli;

import it.fsr.core.explain.Explanation;
import it.fsr.core.explain.Step;
import it.fsr.core.explain.ValueFormat;
import it.fsr.core.money.Euro;
import it.fsr.core.money.Rate;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The report a clerk attaches to a determina or shows the Assemblea dei Sindaci: one self-contained HTML page (no
 * script, no external file), A4 print styles, a title with the command and its inputs, the date, the acts the figures
 * come from, each table with its totals row, and charts drawn by fsr as inline SVG. Printed to PDF by a browser.
 */
final class Html {
    private Html() {
    }

    /** What the page says of the run: the command's title and the inputs, set by the command line for this run. */
    record Context(String title, List<String> inputs, LocalDate date) {
    }

    static final ThreadLocal<Context> CONTEXT = new ThreadLocal<>();

    /** One part of the page: a heading, an optional chart, a table. */
    record Section(String heading, String chart, String table) {
    }

    private static final String STYLE = """
            @page { size: A4; margin: 14mm 12mm; }
            body { font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 9.5pt; color: #111; margin: 0; }
            h1 { font-size: 15pt; margin: 0 0 4pt 0; }
            h2 { font-size: 11.5pt; margin: 14pt 0 6pt 0; border-bottom: 1px solid #999; }
            p.meta { margin: 0 0 2pt 0; color: #333; }
            table { border-collapse: collapse; width: 100%; margin: 6pt 0; }
            thead { display: table-header-group; }
            tr { page-break-inside: avoid; }
            th, td { border: 1px solid #bbb; padding: 2pt 4pt; vertical-align: top; }
            th { background: #e8eef4; text-align: left; font-weight: bold; }
            td.n { text-align: right; white-space: nowrap; }
            tr.total td { font-weight: bold; background: #f3f3f3; }
            figure { margin: 6pt 0; page-break-inside: avoid; }
            figcaption { font-size: 8.5pt; color: #444; }
            svg text { font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 8px; fill: #222; }
            ul.sources { font-size: 8.5pt; }
            .explain { font-size: 8.5pt; white-space: pre-wrap; font-family: 'DejaVu Sans Mono', monospace; }
            """;

    /** The page. */
    static String page(Locale lang, List<Section> sections, Set<String> sources, String explanations) {
        boolean it = lang == Locale.ITALIAN;
        Context c = CONTEXT.get();
        String title = c == null ? "fsr" : c.title();
        StringBuilder b = new StringBuilder(8192);
        b.append("<!DOCTYPE html>\n<html lang=\"").append(it ? "it" : "en").append("\"><head><meta charset=\"utf-8\"><title>").append(esc(title))
                .append("</title><style>").append(STYLE).append("</style></head><body>\n<header><h1>").append(esc(title)).append("</h1>\n");
        if (c != null) {
            for (String input : c.inputs()) {
                b.append("<p class=\"meta\">").append(esc(input)).append("</p>\n");
            }
            b.append("<p class=\"meta\">").append(it ? "Elaborato il " : "Computed on ").append(c.date().format(java.time.format.DateTimeFormatter.ofPattern(it ? "d/M/yyyy" : "yyyy-MM-dd"))).append(it ? " con fsr " : " with fsr ")
                    .append(esc(Cli.versionNumber())).append("</p>\n");
        }
        b.append("</header>\n");
        for (Section s : sections) {
            b.append("<section>");
            if (s.heading() != null) {
                b.append("<h2>").append(esc(s.heading())).append("</h2>");
            }
            if (s.chart() != null) {
                b.append(s.chart());
            }
            b.append(s.table()).append("</section>\n");
        }
        if (explanations != null && !explanations.isBlank()) {
            b.append("<section><h2>").append(it ? "Passaggi del calcolo" : "Steps of the computation").append("</h2><div class=\"explain\">")
                    .append(esc(explanations)).append("</div></section>\n");
        }
        if (!sources.isEmpty()) {
            b.append("<footer><h2>").append(it ? "Fonti" : "Sources").append("</h2><ul class=\"sources\">");
            for (String s : sources) {
                b.append("<li>").append(esc(s)).append("</li>");
            }
            b.append("</ul></footer>\n");
        }
        return b.append("</body></html>\n").toString();
    }

    /** Every source named by the steps of {@code explanations}, once, in order. */
    static Set<String> sources(List<Explanation> explanations) {
        Set<String> out = new LinkedHashSet<>();
        for (Explanation e : explanations) {
            if (e != null) {
                e.steps().forEach(s -> collect(s, out));
            }
        }
        return out;
    }

    private static void collect(Step s, Set<String> out) {
        if (s.source() != null && !s.source().isBlank()) {
            out.add(s.source().strip());
        }
        s.children().forEach(c -> collect(c, out));
    }

    /** A table: Italian headers, numbers right-aligned in the report's language, a totals row when {@code totals} has one. */
    static String table(List<String> header, List<List<Object>> rows, List<Object> totals, Locale lang) {
        StringBuilder b = new StringBuilder();
        b.append("<table><thead><tr>");
        for (String h : header) {
            b.append("<th>").append(esc(Vocabolario.column(h, lang))).append("</th>");
        }
        b.append("</tr></thead><tbody>");
        for (List<Object> r : rows) {
            row(b, r, lang, false);
        }
        if (totals != null) {
            row(b, totals, lang, true);
        }
        return b.append("</tbody></table>").toString();
    }

    private static void row(StringBuilder b, List<Object> r, Locale lang, boolean total) {
        b.append(total ? "<tr class=\"total\">" : "<tr>");
        for (Object o : r) {
            boolean n = number(o) != null;
            b.append(n ? "<td class=\"n\">" : "<td>").append(esc(cell(o, lang))).append("</td>");
        }
        b.append("</tr>");
    }

    static String cell(Object o, Locale lang) {
        if (o == null) {
            return "";
        }
        if (o instanceof Euro || o instanceof BigDecimal || o instanceof Rate) {
            return ValueFormat.format(o, lang);
        }
        return Vocabolario.value(o.toString(), lang);
    }

    /** The number a cell holds (euro, decimal, percent, whole number), or null. */
    static BigDecimal number(Object o) {
        if (o instanceof Euro e) {
            return e.toBigDecimal();
        }
        if (o instanceof BigDecimal d) {
            return d;
        }
        if (o instanceof Rate r) {
            return r.percent();
        }
        if (o instanceof Integer || o instanceof Long) {
            return BigDecimal.valueOf(((Number) o).longValue());
        }
        return null;
    }

    /**
     * Horizontal bars, one per label (at most 40; beyond, a histogram of the values), with an optional target per bar
     * drawn as a red tick.
     */
    static String bars(String caption, List<String> labels, List<BigDecimal> values, List<BigDecimal> targets, Locale lang, boolean euro) {
        if (values.isEmpty()) {
            return null;
        }
        if (values.size() > 40) {
            return histogram(caption, values, lang, euro);
        }
        BigDecimal max = BigDecimal.ZERO;
        for (int i = 0; i < values.size(); i++) {
            max = max.max(values.get(i).abs());
            if (targets != null && targets.get(i) != null) {
                max = max.max(targets.get(i));
            }
        }
        if (max.signum() == 0) {
            max = BigDecimal.ONE;
        }
        int labelW = 170;
        int barW = 420;
        int h = 14;
        int height = values.size() * h + 10;
        StringBuilder b = new StringBuilder();
        b.append("<figure><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"680\" height=\"").append(height).append("\" viewBox=\"0 0 680 ").append(height)
                .append("\" role=\"img\">");
        for (int i = 0; i < values.size(); i++) {
            int y = 4 + i * h;
            int w = scale(values.get(i).abs(), max, barW);
            b.append("<text x=\"").append(labelW - 4).append("\" y=\"").append(y + 10).append("\" text-anchor=\"end\">").append(esc(clip(labels.get(i), 34)))
                    .append("</text><rect x=\"").append(labelW).append("\" y=\"").append(y + 2).append("\" width=\"").append(Math.max(w, 1))
                    .append("\" height=\"").append(h - 4).append("\" fill=\"#4a7ab0\"/><text x=\"").append(labelW + w + 4).append("\" y=\"").append(y + 10)
                    .append("\">").append(esc(format(values.get(i), lang, euro))).append("</text>");
            if (targets != null && targets.get(i) != null) {
                int t = labelW + scale(targets.get(i), max, barW);
                b.append("<line x1=\"").append(t).append("\" y1=\"").append(y).append("\" x2=\"").append(t).append("\" y2=\"").append(y + h)
                        .append("\" stroke=\"#c0392b\" stroke-width=\"2\"/>");
            }
        }
        b.append("</svg><figcaption>").append(esc(caption)).append("</figcaption></figure>");
        return b.toString();
    }

    /** Ten bins of the values, each bar its count. */
    static String histogram(String caption, List<BigDecimal> values, Locale lang, boolean euro) {
        BigDecimal min = values.stream().reduce(BigDecimal::min).orElseThrow();
        BigDecimal max = values.stream().reduce(BigDecimal::max).orElseThrow();
        int bins = 10;
        BigDecimal width = max.subtract(min).divide(BigDecimal.valueOf(bins), 10, RoundingMode.HALF_UP);
        long[] counts = new long[bins];
        for (BigDecimal v : values) {
            int k = width.signum() == 0 ? 0 : Math.min(bins - 1, v.subtract(min).divide(width, 0, RoundingMode.DOWN).intValue());
            counts[k]++;
        }
        List<String> labels = new ArrayList<>();
        List<BigDecimal> n = new ArrayList<>();
        for (int k = 0; k < bins; k++) {
            BigDecimal from = min.add(width.multiply(BigDecimal.valueOf(k)));
            labels.add(format(from.setScale(2, RoundingMode.HALF_UP), lang, euro) + " – " + format(from.add(width).setScale(2, RoundingMode.HALF_UP), lang, euro));
            n.add(BigDecimal.valueOf(counts[k]));
        }
        return bars(caption + (lang == Locale.ITALIAN ? " (numero di righe per intervallo)" : " (rows per interval)"), labels, n, null, lang, false);
    }

    /** {@code page} with a paragraph before its end. */
    static String withNote(String page, String note) {
        return page.replace("</body></html>", "<p>" + esc(note) + "</p></body></html>");
    }

    /** A line of {@code ys} over {@code xs} (the fee over the ISEE), the points marked. */
    static String line(String caption, List<BigDecimal> xs, List<BigDecimal> ys, Locale lang) {
        return curve(caption, xs, ys, List.of(), List.of(), lang);
    }

    /** A curve {@code ys} over {@code xs} and, marked in red, the points {@code (px, py)} (the users). */
    static String curve(String caption, List<BigDecimal> xs, List<BigDecimal> ys, List<BigDecimal> px, List<BigDecimal> py, Locale lang) {
        if (xs.size() < 2) {
            return null;
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < xs.size(); i++) {
            order.add(i);
        }
        order.sort((a, b) -> xs.get(a).compareTo(xs.get(b)));
        BigDecimal maxX = xs.stream().reduce(BigDecimal::max).orElseThrow().max(BigDecimal.ONE);
        BigDecimal maxY = ys.stream().reduce(BigDecimal::max).orElseThrow().max(BigDecimal.ONE);
        for (BigDecimal x : px) {
            maxX = maxX.max(x);
        }
        for (BigDecimal y : py) {
            maxY = maxY.max(y);
        }
        int w = 600;
        int h = 200;
        int left = 60;
        StringBuilder b = new StringBuilder("<figure><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"680\" height=\"240\" viewBox=\"0 0 680 240\" role=\"img\">");
        b.append("<line x1=\"").append(left).append("\" y1=\"").append(h + 10).append("\" x2=\"").append(left + w).append("\" y2=\"").append(h + 10)
                .append("\" stroke=\"#555\"/><line x1=\"").append(left).append("\" y1=\"10\" x2=\"").append(left).append("\" y2=\"").append(h + 10)
                .append("\" stroke=\"#555\"/>");
        b.append("<text x=\"").append(left).append("\" y=\"").append(h + 24).append("\">0</text><text x=\"").append(left + w).append("\" y=\"")
                .append(h + 24).append("\" text-anchor=\"end\">").append(esc(format(maxX, lang, true))).append("</text><text x=\"").append(left - 4)
                .append("\" y=\"14\" text-anchor=\"end\">").append(esc(format(maxY, lang, true))).append("</text>");
        StringBuilder points = new StringBuilder();
        for (int i : order) {
            int x = left + scale(xs.get(i), maxX, w);
            int y = h + 10 - scale(ys.get(i), maxY, h);
            points.append(x).append(',').append(y).append(' ');
            if (px.isEmpty()) {
                b.append("<circle cx=\"").append(x).append("\" cy=\"").append(y).append("\" r=\"3\" fill=\"#4a7ab0\"/>");
            }
        }
        b.append("<polyline fill=\"none\" stroke=\"#4a7ab0\" stroke-width=\"1.5\" points=\"").append(points.toString().strip()).append("\"/>");
        for (int i = 0; i < px.size(); i++) {
            int x = left + scale(px.get(i), maxX, w);
            int y = h + 10 - scale(py.get(i), maxY, h);
            b.append("<circle cx=\"").append(x).append("\" cy=\"").append(y).append("\" r=\"3.5\" fill=\"#c0392b\"/>");
        }
        return b.append("</svg><figcaption>").append(esc(caption)).append("</figcaption></figure>").toString();
    }

    private static int scale(BigDecimal v, BigDecimal max, int span) {
        return v.multiply(BigDecimal.valueOf(span)).divide(max, 0, RoundingMode.HALF_UP).intValue();
    }

    private static String format(BigDecimal v, Locale lang, boolean euro) {
        return euro ? ValueFormat.format(Euro.of(v.setScale(2, RoundingMode.HALF_UP)), lang) : ValueFormat.format(v, lang);
    }

    private static String clip(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n - 1) + "…";
    }

    /** HTML-escaped text. */
    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}

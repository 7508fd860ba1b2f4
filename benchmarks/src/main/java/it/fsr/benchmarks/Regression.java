package it.fsr.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * No silent regression: a fresh JMH run ({@code -rf json}) against the last full run committed in the benchmarks
 * README (its newest "Every benchmark of the run" table), every figure flagged when it is worse than the committed one by
 * more than the two errors together, and the speed issue's targets checked. Exit 1 when one is worse or a target is
 * missed.
 *
 * <pre>{@code
 * java -jar benchmarks/target/benchmarks.jar -rf json -rff fresh.json
 * java -cp benchmarks/target/benchmarks.jar it.fsr.benchmarks.Regression benchmarks/README.md fresh.json
 * }</pre>
 */
public final class Regression {
    /** One figure: its score, error (99.9%) and unit. */
    record Figure(BigDecimal score, BigDecimal error, String unit) {
        /** Whether a lower score is better (a time per operation). */
        boolean timed() {
            return unit.endsWith("/op");
        }
    }

    /** The speed issue's targets: a benchmark and its bound, in its unit. */
    static final Map<String, BigDecimal> TARGETS = Map.of(
            "AllocationEngineBenchmark.allocate [shape=capped+threshold, units=1000000]", new BigDecimal("150"),
            "RipartoBenchmark.ambitoRiparto [units=10000]", new BigDecimal("10"),
            "LepBatchBenchmark.nationalBatch7904Comuni", new BigDecimal("5"));

    private Regression() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length == 2 && args[0].equals("table")) {
            // the README's table of a run: every benchmark with its error, allocation and GC time
            table(Files.readString(Path.of(args[1]), StandardCharsets.UTF_8)).forEach(System.out::println);
            return;
        }
        if (args.length < 2) {
            System.err.println("usage: Regression README.md fresh.json | Regression table fresh.json");
            System.exit(2);
        }
        Map<String, Figure> base = readme(Files.readString(Path.of(args[0]), StandardCharsets.UTF_8));
        Map<String, Figure> fresh = json(Files.readString(Path.of(args[1]), StandardCharsets.UTF_8));
        List<String> out = new ArrayList<>();
        int worse = compare(base, fresh, out);
        out.forEach(System.out::println);
        System.exit(worse > 0 ? 1 : 0);
    }

    /** Compares, one Markdown row per fresh figure; returns how many are worse or miss a target. */
    static int compare(Map<String, Figure> base, Map<String, Figure> fresh, List<String> out) {
        out.add("| benchmark | committed | fresh | ratio | verdict |");
        out.add("|---|---|---|---|---|");
        int worse = 0;
        for (Map.Entry<String, Figure> e : fresh.entrySet()) {
            Figure f = e.getValue();
            Figure b = base.get(e.getKey());
            String verdict;
            String ratio = "";
            if (b == null || !b.unit().equals(f.unit())) {
                verdict = "new";
            } else {
                BigDecimal margin = b.error().add(f.error());
                BigDecimal delta = f.timed() ? f.score().subtract(b.score()) : b.score().subtract(f.score());
                ratio = b.score().signum() == 0 ? "" : f.score().divide(b.score(), 2, RoundingMode.HALF_UP).toPlainString();
                if (delta.compareTo(margin) > 0) {
                    verdict = "**WORSE** (by more than the errors)";
                    worse++;
                } else if (delta.negate().compareTo(margin) > 0) {
                    verdict = "better";
                } else {
                    verdict = "within the errors";
                }
            }
            BigDecimal target = TARGETS.get(e.getKey());
            if (target != null) {
                boolean met = f.score().compareTo(target) < 0;
                verdict += met ? "; target < " + target + " " + f.unit() + " met" : "; **target < " + target + " " + f.unit() + " missed**";
                worse += met ? 0 : 1;
            }
            out.add("| " + e.getKey() + " | " + (b == null ? "" : show(b)) + " | " + show(f) + " | " + ratio + " | " + verdict + " |");
        }
        return worse;
    }

    private static String show(Figure f) {
        return f.score().stripTrailingZeros().toPlainString() + " ± " + f.error().stripTrailingZeros().toPlainString() + " " + f.unit();
    }

    /** The newest full-run table of the README: {@code | Class.method | params | score | ± error | unit | …}. */
    static Map<String, Figure> readme(String text) {
        Map<String, Figure> out = new LinkedHashMap<>();
        // the line that introduces a run's full table, on its own
        int start = text.indexOf("\nEvery benchmark of the run:\n");
        if (start < 0) {
            return out;
        }
        boolean inTable = false;
        for (String line : text.substring(start).split("\n")) {
            if (line.startsWith("| benchmark |")) {
                inTable = true;
                continue;
            }
            if (!inTable || line.startsWith("|---")) {
                continue;
            }
            if (!line.startsWith("|")) {
                break;
            }
            String[] c = line.split("\\|", -1);
            String name = c[1].strip();
            String params = c[2].strip();
            out.put(key(name, params), new Figure(number(c[3]), number(c[4].replace("±", "")), c[5].strip()));
        }
        return out;
    }

    /** JMH's JSON result. */
    static Map<String, Figure> json(String text) throws IOException {
        Map<String, Figure> out = new LinkedHashMap<>();
        for (JsonNode n : new ObjectMapper().readTree(text)) {
            String full = n.get("benchmark").asText();
            String[] parts = full.split("\\.");
            String name = parts[parts.length - 2] + "." + parts[parts.length - 1];
            List<String> params = new ArrayList<>();
            JsonNode p = n.get("params");
            if (p != null) {
                for (Iterator<Map.Entry<String, JsonNode>> it = p.fields(); it.hasNext();) {
                    Map.Entry<String, JsonNode> e = it.next();
                    params.add(e.getKey() + "=" + e.getValue().asText());
                }
            }
            JsonNode m = n.get("primaryMetric");
            BigDecimal error = m.get("scoreError").isNumber() ? m.get("scoreError").decimalValue() : BigDecimal.ZERO;
            out.put(key(name, String.join(", ", params)), new Figure(m.get("score").decimalValue(), error.abs(), m.get("scoreUnit").asText()));
        }
        return out;
    }

    /** The run as the README's table: benchmark, params, score, error, unit, allocated per op, GC time. */
    static List<String> table(String json) throws IOException {
        List<String> out = new ArrayList<>();
        out.add("| benchmark | params | score | error (99.9%) | unit | allocated per op | GC time in the run |");
        out.add("|---|---|---|---|---|---|---|");
        for (JsonNode n : new ObjectMapper().readTree(json)) {
            String[] parts = n.get("benchmark").asText().split("\\.");
            List<String> params = new ArrayList<>();
            JsonNode p = n.get("params");
            if (p != null) {
                p.fields().forEachRemaining(e -> params.add(e.getKey() + "=" + e.getValue().asText()));
            }
            JsonNode m = n.get("primaryMetric");
            JsonNode sec = n.get("secondaryMetrics");
            String alloc = "";
            String gc = "";
            if (sec != null && sec.has("gc.alloc.rate.norm")) {
                alloc = bytes(sec.get("gc.alloc.rate.norm").get("score").asDouble());
            }
            if (sec != null && sec.has("gc.time")) {
                long ms = Math.round(sec.get("gc.time").get("score").asDouble());
                gc = ms == 0 ? "" : String.format(Locale.ROOT, "%,d ms", ms);
            }
            String error = m.get("scoreError").isNumber() ? String.format(Locale.ROOT, "± %.4g", Math.abs(m.get("scoreError").asDouble())) : "";
            out.add("| " + parts[parts.length - 2] + "." + parts[parts.length - 1] + " | " + String.join(", ", params) + " | "
                    + String.format(Locale.ROOT, "%.4g", m.get("score").asDouble()) + " | " + error + " | " + m.get("scoreUnit").asText() + " | " + alloc
                    + " | " + gc + " |");
        }
        return out;
    }

    private static String bytes(double b) {
        if (b < 0.5) {
            return "0 B";
        }
        if (b < 1_000_000) {
            return String.format(Locale.ROOT, "%,d B", Math.round(b));
        }
        return String.format(Locale.ROOT, "%,.1f MB", b / 1_000_000);
    }

    private static String key(String name, String params) {
        return params.isEmpty() ? name : name + " [" + params + "]";
    }

    private static BigDecimal number(String cell) {
        String s = cell.strip().replace(",", "").toLowerCase(Locale.ROOT);
        if (s.isEmpty() || s.equals("nan")) {
            return BigDecimal.ZERO;
        }
        return new BigDecimal(s);
    }
}

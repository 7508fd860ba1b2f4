package it.fsr.cli;

import static it.fsr.cli.CliEndToEndTest.EX;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every command's {@code --format html} report, opened in a real browser: headless Chromium (Debian's {@code chromium})
 * prints it to an A4 PDF, and poppler's {@code pdfinfo} and {@code pdftotext} read back its pages and text. The page is
 * self-contained (no script, no external file). {@code .ci/run} installs Chromium and sets {@code FSR_BROWSER_REQUIRED}; on
 * a machine without Chromium the browser part is skipped, the pages still checked. {@code -Dfsr.screenshots.update=true}
 * writes each report's screenshot to {@code docs/screenshots/}.
 */
class ReportsInBrowserTest {
    @TempDir
    Path dir;

    record Report(String name, List<String> args, List<String> texts) {
    }

    static final List<Report> REPORTS = List.of(
            new Report("riparto", List.of("demo", "--format", "html"), List.of("Piano di riparto FSR 2025", "Monte Orfano", "367.514,62", "Totale", "Fonti")),
            new Report("regione", List.of("regione", "--fund", "1.000.000,00", "--ambiti", EX + "regione-ambiti.csv", "--year", "2025", "--format", "html"),
                    List.of("Riparto regionale", "683.333,33", "Totale", "1.000.000,00")),
            new Report("contributo-nido", List.of("contributo-nido", "--households", EX + "households.csv", "--members", EX + "members.csv", "--date",
                    "2021-11-19", "--service-year", "2021/22", "--format", "html"), List.of("Contributo regionale per la frequenza del nido", "concesso",
                    "escluso", "Totale", "2.305,01", "anno educativo: 2021/22")),
            new Report("compartecipazione", List.of("compartecipazione", "--schedule", EX + "compartecipazione-monopoli.properties", "--users",
                    EX + "compartecipazione-utenti.csv", "--format", "html"), List.of("Compartecipazione", "Monopoli", "Controllo del tariffario", "1.219,70",
                    "DCC 65")),
            new Report("lep-nidi", List.of("lep", "nidi", "--comuni", EX + "lep-nidi.csv", "--year", "2023", "--format", "html"),
                    List.of("LEP servizi educativi", "Montesilvano", "521.426,69", "obiettivo")),
            new Report("lep-sociale", List.of("lep", "sociale", "--comuni", EX + "lep-sociale.csv", "--year", "2025", "--format", "html"),
                    List.of("LEP assistenti sociali", "raggiunto", "160.000,00", "258.461,54")),
            new Report("mappa-fondi", List.of("mappa-fondi", "--lines", EX + "mappa-fondi-linee.csv", "--services", EX + "mappa-fondi-servizi.csv", "--format",
                    "html"), List.of("Mappa pluriennale", "Programmazione per anno", "560.000,00", "DGR XII/4793/2025")),
            new Report("isee", List.of("isee", "--households", EX + "dsu.csv", "--members", EX + "dsu-membri.csv", "--date", "2025-06-10", "--format", "html"),
                    List.of("ISEE dalla DSU", "7.368,42", "DPCM 159/2013")),
            new Report("isee-verifica", List.of("isee", "verifica", "--attestazione", EX + "inps-attestazioni", "--format", "html"),
                    List.of("Verifica dei calcoli", "differisce", "8928.75")));

    @Test
    void everyReportIsOnePagePrintableInABrowser() throws Exception {
        String chromium = which("chromium");
        boolean required = System.getenv("FSR_BROWSER_REQUIRED") != null;
        if (chromium == null && required) {
            fail("FSR_BROWSER_REQUIRED is set and chromium is not on the PATH");
        }
        boolean pdfTools = which("pdftotext") != null && which("pdfinfo") != null;
        List<String> done = new ArrayList<>();
        for (Report r : REPORTS) {
            CliEndToEndTest.Run run = CliEndToEndTest.run(r.args().toArray(String[]::new));
            assertThat(run.code()).as(r.name() + "\n" + run.err()).isIn(0, 1);
            String html = run.out();
            assertThat(html).as(r.name()).startsWith("<!DOCTYPE html>").contains("<svg").contains("@page")
                    .doesNotContain("<script").doesNotContain(" src=").doesNotContain(" href=");
            Path page = dir.resolve(r.name() + ".html");
            Files.writeString(page, html, StandardCharsets.UTF_8);
            if (chromium == null) {
                continue;
            }
            Path pdf = dir.resolve(r.name() + ".pdf");
            exec(chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer", "--user-data-dir=" + dir.resolve("profile"),
                    "--print-to-pdf=" + pdf, page.toUri().toString());
            assertThat(pdf).as(r.name()).exists();
            if (!pdfTools) {
                assertThat(Files.size(pdf)).isGreaterThan(1000);
                continue;
            }
            String info = exec("pdfinfo", pdf.toString());
            int pages = Integer.parseInt(info.lines().filter(l -> l.startsWith("Pages:")).findFirst().orElseThrow().replaceAll("\\D", ""));
            assertThat(pages).as(r.name() + " pages").isBetween(1, 6);
            assertThat(info).as(r.name() + " A4").containsPattern("Page size:\\s+59[0-9](\\.\\d+)? x 84[0-9]");
            String text = exec("pdftotext", "-layout", pdf.toString(), "-");
            for (String t : r.texts()) {
                assertThat(text).as(r.name() + " text").contains(t);
            }
            if (Boolean.getBoolean("fsr.screenshots.update")) {
                Path png = Path.of("../docs/screenshots/" + r.name() + ".png");
                Files.createDirectories(png.getParent());
                exec(chromium, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--window-size=1000,1300",
                        "--user-data-dir=" + dir.resolve("profile"), "--screenshot=" + png.toAbsolutePath(), page.toUri().toString());
            }
            done.add(r.name());
        }
        Assumptions.assumeTrue(chromium != null, "chromium is not installed: the pages were checked, not printed");
        assertThat(done).hasSize(REPORTS.size());
    }

    /**
     * The clerk's round trip: a workbook typed in Italian (headers "Ente", "Popolazione", "Assistenti sociali"), the
     * result as a workbook, the report printed to PDF from the same workbook.
     */
    @Test
    void aClerksRoundTripFromExcelToPdf() throws Exception {
        Path book = dir.resolve("comuni.xlsx");
        try (java.io.OutputStream os = Files.newOutputStream(book); org.dhatim.fastexcel.Workbook wb = new org.dhatim.fastexcel.Workbook(os, "test", "1.0")) {
            org.dhatim.fastexcel.Worksheet ws = wb.newWorksheet("Comuni");
            ws.value(0, 0, "Ente");
            ws.value(0, 1, "Popolazione");
            ws.value(0, 2, "Assistenti sociali");
            ws.value(1, 0, "Ambito di Cantù");
            ws.value(1, 1, 65000);
            ws.value(1, 2, 15);
            ws.value(2, 0, "Ambito di Erba");
            ws.value(2, 1, 40000);
            ws.value(2, 2, 4);
        }
        Path out = dir.resolve("esito.xlsx");
        CliEndToEndTest.Run x = CliEndToEndTest.run("lep", "sociale", "--comuni", book.toString(), "--year", "2025", "--format", "xlsx", "-o", out.toString());
        assertThat(x.code()).as(x.err()).isZero();
        try (org.dhatim.fastexcel.reader.ReadableWorkbook wb = new org.dhatim.fastexcel.reader.ReadableWorkbook(out.toFile())) {
            List<org.dhatim.fastexcel.reader.Row> rows = wb.getFirstSheet().read();
            assertThat(rows.get(0).getCell(0).getText()).isEqualTo("ente");
            assertThat(rows.get(1).getCell(0).getText()).isEqualTo("Ambito di Cantù");
            assertThat(rows.get(rows.size() - 1).getCell(0).getText()).isEqualTo("Totale");
        }
        CliEndToEndTest.Run html = CliEndToEndTest.run("lep", "sociale", "--comuni", book.toString(), "--year", "2025", "--format", "html");
        assertThat(html.code()).isZero();
        assertThat(html.out()).contains("Ambito di Cantù", "comuni.xlsx", "Totale");
        String chromium = which("chromium");
        Assumptions.assumeTrue(chromium != null || System.getenv("FSR_BROWSER_REQUIRED") != null, "chromium is not installed");
        assertThat(chromium).as("FSR_BROWSER_REQUIRED is set: chromium must be installed").isNotNull();
        Path page = dir.resolve("lep.html");
        Files.writeString(page, html.out(), StandardCharsets.UTF_8);
        Path pdf = dir.resolve("lep.pdf");
        exec(chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer", "--user-data-dir=" + dir.resolve("profile"),
                "--print-to-pdf=" + pdf, page.toUri().toString());
        if (which("pdftotext") != null) {
            assertThat(exec("pdftotext", "-layout", pdf.toString(), "-")).contains("Ambito di Cantù", "LEP assistenti sociali");
        } else {
            assertThat(Files.size(pdf)).isGreaterThan(1000);
        }
    }

    /** The screenshots of the reports are committed under docs/ (the clerk's guide shows them). */
    @Test
    void theScreenshotsAreInTheDocs() {
        for (Report r : REPORTS) {
            assertThat(Path.of("../docs/screenshots/" + r.name() + ".png")).exists();
        }
    }

    private static String which(String tool) {
        for (String d : System.getenv().getOrDefault("PATH", "/usr/bin").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(d, tool))) {
                return Path.of(d, tool).toString();
            }
        }
        return null;
    }

    private static String exec(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(false).start();
        p.getErrorStream().transferTo(java.io.OutputStream.nullOutputStream());
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("timed out: " + String.join(" ", command));
        }
        return new String(out, StandardCharsets.UTF_8);
    }
}

package it.fsr.cli;

import static it.fsr.cli.CliEndToEndTest.EX;
import static it.fsr.cli.CliEndToEndTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A Comune's workflow on the command line: check the schedule, price the users, compare with the old one. */
class CompartecipazioneCliTest {
    @TempDir
    Path dir;

    private String file(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p.toString();
    }

    @Test
    void pricesEveryUserAndTheComuneSharesTheCostToTheCent() {
        CliEndToEndTest.Run r = run("compartecipazione", "--schedule", EX + "compartecipazione-monopoli.properties", "--users",
                EX + "compartecipazione-utenti.csv");
        assertThat(r.err()).isEmpty();
        // Monopoli (DCC 65/2017): 15,000 × 8 / 30,000 = 4.00 an hour; 37.5 hours of 13.80: user 150.00, Comune 367.50
        assertThat(r.out()).startsWith("user_id,isee_used,fee,units,user_total,comune_share,status,reason\n")
                .contains("U1,5000.00,0.00,40,0.00,552.00,exempt,exempt_up_to\n")
                .contains("U2,15000.00,4.00,37.5,150.00,367.50,reduced,band_1\n")
                .contains("U4,31000.00,13.80,10,138.00,0.00,full,full_cost_above\n");
        assertThat(run("compartecipazione", "--schedule", EX + "compartecipazione-monopoli.properties", "--users",
                EX + "compartecipazione-utenti.csv", "--format", "text").out()).contains("Gli utenti pagano € 429,40; il Comune paga € 1.219,70");
    }

    /**
     * The shapes real acts use, each an example file of the command line (the files' headers cite their acts): Macerata's
     * yearly fee by the child's rank with the top band for a user without an ISEE (an empty ISEE cell in, an empty
     * {@code isee_used} out: before, the CSV writer failed on it); residential integration under DGR Lazio 380/2010 on the
     * act's month; the constructed summer centre (quadratic progression by the week, non-residents, disability, rank).
     */
    @Test
    void theExampleSchedulesOfEveryShape() {
        CliEndToEndTest.Run m = run("compartecipazione", "--schedule", EX + "compartecipazione-macerata.properties", "--users",
                EX + "compartecipazione-macerata-utenti.csv");
        assertThat(m.err()).isEmpty();
        assertThat(m.code()).isZero();
        assertThat(m.out()).contains("M2;12000,00;100,00;1;100,00;80,00;reduced;band_2\n", "M3;12000,00;80,00;1;80,00;100,00;reduced;band_2+rank_2\n",
                "M4;25000,00;144,00;1;144,00;36,00;reduced;band_4+rank_2\n", "M5;12000,00;0,00;1;0,00;180,00;exempt;band_2+rank_3\n",
                "M6;;180,00;1;180,00;0,00;full;no_isee\n");
        assertThat(run("compartecipazione", "check", "--schedule", EX + "compartecipazione-macerata.properties").code()).isZero();

        CliEndToEndTest.Run r = run("compartecipazione", "--schedule", EX + "compartecipazione-rsa-lazio.properties", "--users",
                EX + "compartecipazione-rsa-utenti.csv");
        // 10,000 / 12 − 534.41 = 298.92 a month, × 12 = 3,587.04; at 13,000 no integration: 365 × 50 = 18,250.00
        assertThat(r.out()).contains("R2;10000,00;9,83;365;3587,04;14662,96;reduced;band_1+allowance\n",
                "R3;13000,00;50,00;365;18250,00;0,00;full;full_cost_above\n");
        CliEndToEndTest.Run rc = run("compartecipazione", "check", "--schedule", EX + "compartecipazione-rsa-lazio.properties");
        assertThat(rc.code()).isEqualTo(1);
        assertThat(rc.out()).contains("error,leaves_nothing,isee 13000.00,").doesNotContain("flat");

        CliEndToEndTest.Run c = run("compartecipazione", "--schedule", EX + "compartecipazione-centro-estivo.properties", "--users",
                EX + "compartecipazione-centro-estivo-utenti.csv", "--explain", "--format", "text");
        assertThat(c.code()).isZero();
        // 30 + 60 × (10,000/20,000)² = 45.00 a week; the second child 80%: 36.00; disability above 10,000: half of 68.40
        assertThat(c.out()).contains("C1      € 10.000,00  € 45,00", "C2      € 10.000,00  € 36,00", "C4      € 16.000,00  € 34,20",
                "C5      € 16.000,00  € 110,00", "per settimana", "progressione quadratica");
        // the human format in Italian: the columns' titles, the statuses and the reasons (the CSV keeps the codes)
        assertThat(c.out()).contains("utente  ISEE usato", "a carico del Comune", "ridotta  fascia 1 + figlio n. 2", "esente   fascia 1 + esenzione per disabilità",
                "intera   senza ISEE");
        assertThat(run("compartecipazione", "check", "--schedule", EX + "compartecipazione-centro-estivo.properties").code()).isZero();
    }

    @Test
    void theCheckExitsWithOneOnAnErrorAndZeroOnWarningsOnly() throws IOException {
        assertThat(run("compartecipazione", "check", "--schedule", EX + "compartecipazione-monopoli.properties").code()).isZero();
        String bad = file("bad.properties", "name=Quota fissa\nkind=sociosanitario\nunit=mese\ncost=400\nisee=ordinario\nbracket.1=0||150\n");
        CliEndToEndTest.Run r = run("compartecipazione", "check", "--schedule", bad);
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).startsWith("severity,rule,where,message,source\n")
                .contains("error,wrong_isee,isee,\"un servizio sociosanitario deve leggere l'ISEE sociosanitario (o per residenze), non l'ordinario\","
                        + "DPCM 159/2013 art. 6\n")
                .contains("info,flat,bands,");
        String warn = file("warn.properties", "name=Pasti\nunit=pasto\ncost=7.70\nisee=ordinario\nbracket.1=0|9000|7\nbracket.2=9000|20000|7.70\n"
                + "no_access_above=20000\n");
        CliEndToEndTest.Run w = run("compartecipazione", "check", "--schedule", warn, "--lang", "en");
        assertThat(w.code()).isZero();
        assertThat(w.out()).contains("warning,no_access,no_access_above,\"no access with an ISEE above €20,000.00: allowed as an access criterion\"");
    }

    @Test
    void theWhatIfComparesTwoSchedulesOnTheSameUsers() {
        CliEndToEndTest.Run r = run("compartecipazione", "--schedule", EX + "compartecipazione-monopoli.properties", "--users",
                EX + "compartecipazione-utenti.csv", "--compare", EX + "compartecipazione-teramo.properties");
        // Teramo's rule at 15,000: 1.50 + 3.50 × 6,000 / 21,000 = 2.50 an hour: 93.75 for 37.5 hours, 56.25 less
        assertThat(r.out()).startsWith("user_id,isee_used,fee_a,fee_b,total_a,total_b,difference,comune_a,comune_b\n")
                .contains("U2,15000.00,4.00,2.50,150.00,93.75,-56.25,367.50,423.75\n");
    }

    @Test
    void badSchedulesAndUsersAreReportedTogetherOnTheirLines() throws IOException {
        String s = file("s.properties", "name=X\nunit=settimana\ncost=10\nisee=ordinario\nbracket.1=0||1\n");
        String u = file("u.csv", "user_id,isee\nA,-1\nA,100\n");
        CliEndToEndTest.Run r = run("compartecipazione", "--schedule", s, "--users", u);
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("s.properties:2: unit: non è uno tra ora, pasto, giorno, mese, anno, corsa, altro (valore: settimana) [FSR-ENUM]");
    }
}

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
        assertThat(r.err()).contains("s.properties:2: unit: non è uno tra ora, pasto, giorno, mese, anno, corsa (valore: settimana) [FSR-ENUM]");
    }
}

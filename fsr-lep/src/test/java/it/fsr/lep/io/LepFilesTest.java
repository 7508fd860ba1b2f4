package it.fsr.lep.io;

import static org.assertj.core.api.Assertions.assertThat;

import it.fsr.core.explain.CsvDialect;
import it.fsr.core.money.Euro;
import it.fsr.lep.LepParameters;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The LEP's files read into the library's reports: social workers per Comune and pooled per Ambito (L. 178/2020 c. 797),
 * nurseries with their bacini and a year's national total per user (DM 26/04/2023: €175,000,000), transport of pupils
 * with disabilities (2022: €30,000,000 over 8,632 users), the rendicontazione (L. 234/2021 c. 172-174); each problem at
 * its file, line and column.
 */
class LepFilesTest {
    static String resource(String name) {
        try (InputStream in = LepFilesTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<String> fields(Runnable r) {
        return it.fsr.core.testing.Problems.fields(r);
    }

    @Test
    void socialWorkersPerComuneAndPooledPerAmbito() {
        LepFiles.Sociale s = LepFiles.sociale("s.csv", resource("lep-sociale.csv"), 2025, LepParameters.defaults());
        assertThat(s.pooled()).isFalse();
        assertThat(s.ambiti()).isEmpty();
        assertThat(s.shares()).isEmpty();
        assertThat(s.comuni()).extracting(r -> r.id()).startsWith("Ambito A", "Ambito B", "Ambito C");
        assertThat(s.dialect()).isEqualTo(CsvDialect.PLAIN);
        LepFiles.Sociale a = LepFiles.sociale("a.csv", resource("lep-sociale-ambiti.csv"), 2025, LepParameters.defaults());
        assertThat(a.pooled()).isTrue();
        assertThat(a.ambiti()).extracting(r -> r.id()).contains("ambito:Monte Orfano");
        long pooled = a.comuni().stream().filter(c -> List.of("Adro", "Capriolo", "Cologne").contains(c.id())).count();
        assertThat(pooled).isEqualTo(3);
        // each Comune's share: its own figure, scaled down only when the own figures exceed the Ambito's (never summed into it)
        Euro sum = a.shares().values().stream().reduce(Euro.ZERO, Euro::plus);
        Euro own = a.comuni().stream().map(r -> r.contribution797()).reduce(Euro.ZERO, Euro::plus);
        Euro ambiti = a.ambiti().stream().map(r -> r.contribution797()).reduce(Euro.ZERO, Euro::plus);
        assertThat(sum).isEqualTo(own.min(ambiti));
        a.comuni().forEach(c -> assertThat(a.shares().get(c.id())).isLessThanOrEqualTo(c.contribution797()));
        String csv = resource("lep-sociale.csv");
        assertThat(fields(() -> LepFiles.sociale("s.csv", csv.replace("65000,15", "molti,15"), 2025, LepParameters.defaults())))
                .containsExactly("s.csv:2: population");
        assertThat(fields(() -> LepFiles.sociale("s.csv", csv.replace("65000,15", "65000,quindici"), 2025, LepParameters.defaults())))
                .containsExactly("s.csv:2: social_workers");
        assertThat(fields(() -> LepFiles.sociale("s.csv", csv + "Ambito A,1,1\n", 2025, LepParameters.defaults()))).isNotEmpty();
        assertThat(fields(() -> LepFiles.sociale("s.csv", csv.replace("65000,15", "-5,15"), 2025, LepParameters.defaults())))
                .isNotEmpty().allSatisfy(f -> assertThat(f).startsWith("s.csv:2: "));
    }

    @Test
    void nurseriesTheirBaciniAndAYearsTotalPerUser() {
        String one = "id,children_3_36m,places,bacino,additional_users\nMontesilvano,1500,180,Pescara Nord,68\n";
        LepFiles.Nidi n = LepFiles.nidi("n.csv", one, 2023, Euro.parse("175000000.00"), LepParameters.defaults());
        assertThat(n.comuni()).singleElement().satisfies(r -> {
            assertThat(r.additionalUsers()).hasValue(68);
            assertThat(r.amount()).contains(Euro.parse("521426.69"));
        });
        assertThat(n.bacini()).singleElement().satisfies(b -> assertThat(b.id()).contains("Pescara Nord"));
        // without a total: the year's own (the DM's €175,000,000); twice the total, twice the amount
        assertThat(LepFiles.nidi("n.csv", one, 2023, null, LepParameters.defaults()).comuni().get(0).amount()).contains(Euro.parse("521426.69"));
        assertThat(LepFiles.nidi("n.csv", one, 2023, Euro.parse("350000000.00"), LepParameters.defaults()).comuni().get(0).amount())
                .contains(Euro.parse("1042853.38"));
        LepFiles.Nidi all = LepFiles.nidi("n.csv", resource("lep-nidi.csv"), 2023, null, LepParameters.defaults());
        assertThat(all.comuni().get(3).amount()).isEmpty();
        assertThat(all.comuni().get(3).additionalUsers()).isEmpty();
        assertThat(all.comuni().get(1).additionalUsers()).hasValue(21);
        assertThat(fields(() -> LepFiles.nidi("n.csv", one.replace(",180,", ",tanti,"), 2023, null, LepParameters.defaults())))
                .containsExactly("n.csv:2: places");
        assertThat(fields(() -> LepFiles.nidi("n.csv", one.replace(",68", ",-1"), 2023, null, LepParameters.defaults())))
                .containsExactly("n.csv:2: additional_users");
    }

    @Test
    void transportAndAYearsTotalPerUser() {
        String t = "id,pupils_enrolled,pupils_transported,additional_users\nComune A,200,10,153\nComune B,50,20,\n";
        LepFiles.Trasporto tr = LepFiles.trasporto("t.csv", t, 2022, Euro.parse("30000000.00"), LepParameters.defaults());
        assertThat(tr.comuni().get(0).amount()).contains(Euro.parse("531742.35"));
        assertThat(tr.comuni().get(1).additionalUsers()).isEmpty();
        assertThat(tr.comuni().get(1).amount()).isEmpty();
        assertThat(tr.dialect()).isEqualTo(CsvDialect.PLAIN);
        assertThat(fields(() -> LepFiles.trasporto("t.csv", t.replace("200,10", "200,300"), 2022, null, LepParameters.defaults())))
                .isNotEmpty().allSatisfy(f -> assertThat(f).startsWith("t.csv:2: "));
        assertThat(fields(() -> LepFiles.trasporto("t.csv", t.replace("200,10", "duecento,10"), 2022, null, LepParameters.defaults())))
                .containsExactly("t.csv:2: pupils_enrolled");
    }

    @Test
    void theRendicontazioneAndItsMissingFiguresAtTheirCells() {
        LepFiles.Rendiconto r = LepFiles.rendicontazione("r.csv", resource("lep-rendicontazione.csv"), 2023, LepParameters.defaults());
        assertThat(r.result().outcomes()).anySatisfy(o -> {
            assertThat(o.report().comune()).isEqualTo("Comune A");
            assertThat(o.justified()).isEqualTo(Euro.parse("10000.00"));
            assertThat(o.toRecover()).isEqualTo(Euro.ZERO);
        });
        assertThat(r.result().outcomes()).anySatisfy(o -> {
            assertThat(o.report().comune()).isEqualTo("Montesilvano");
            assertThat(o.toRecover()).isEqualTo(Euro.parse("61344.32"));
        });
        assertThat(r.result().byRegion()).isNotEmpty();
        assertThat(r.dialect()).isEqualTo(CsvDialect.PLAIN);
        String bad = "comune,share,assigned,spending,standard_need,workers,population,reported_use,users_assigned\n"
                + "A,sociale,100,90,,1,1000,10,\nB,nidi,100,,,,,,3\nC,mensa,100,,,,,,\n";
        List<String> f = fields(() -> LepFiles.rendicontazione("r.csv", bad, 2023, LepParameters.defaults()));
        assertThat(f).contains("r.csv:2: standard_need", "r.csv:4: share").anySatisfy(x -> assertThat(x).startsWith("r.csv:3: "));
    }
}

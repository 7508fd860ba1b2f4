package it.fsr.isee.dsu;

import static org.assertj.core.api.Assertions.assertThat;

import it.fsr.core.explain.Coded;
import it.fsr.core.money.Euro;
import it.fsr.isee.Disability;
import it.fsr.isee.Relationship;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The ISEE corrente's words as a file writes them (DPCM 159/2013 art. 9): each event and period read from its code and its Italian spelling. */
class IseeCorrenteWordsTest {
    @Test
    void eachEventIsReadFromItsCodeAndItsItalianSpelling() {
        Set<String> codes = new HashSet<>();
        for (IseeCorrente.Event e : IseeCorrente.Event.values()) {
            assertThat(e.code()).isNotBlank();
            assertThat(codes.add(e.code())).as(e.code()).isTrue();
            assertThat(e.aliases()).isNotEmpty();
            assertThat(Coded.find(IseeCorrente.Event.class, e.code())).contains(e);
            for (String a : e.aliases()) {
                assertThat(Coded.find(IseeCorrente.Event.class, a)).as(a).contains(e);
            }
        }
        for (IseeCorrente.Period p : IseeCorrente.Period.values()) {
            assertThat(p.code()).isNotBlank();
            assertThat(p.aliases()).singleElement().satisfies(a -> assertThat(a).isNotBlank().isNotEqualTo(p.code()));
            assertThat(Coded.find(IseeCorrente.Period.class, p.code())).contains(p);
            assertThat(Coded.find(IseeCorrente.Period.class, p.aliases().get(0))).contains(p);
        }
        assertThat(IseeCorrente.Period.LAST_TWO_MONTHS.code()).isNotEqualTo(IseeCorrente.Period.TWELVE_MONTHS.code());
    }

    @Test
    void aRequestAndItsResultNameTheirCountsOnly() {
        DsuMember now = DsuMember.of("d", Relationship.DECLARANT, 45, Disability.NONE, true).withPublicBenefits(Euro.ofEuros(1800));
        IseeCorrente.Request req = new IseeCorrente.Request(LocalDate.of(2026, 5, 4), LocalDate.of(2026, 12, 31),
                Map.of("d", Set.of(IseeCorrente.Event.PERMANENT_JOB_LOST)), IseeCorrente.Period.LAST_TWO_MONTHS, List.of(now), null);
        assertThat(req.toString()).isEqualTo("Request[events=1, currentMembers=1]");
        Dsu dsu = Dsu.of("x", LocalDate.of(2026, 3, 1), List.of(DsuMember.of("d", Relationship.DECLARANT, 45, Disability.NONE, true)
                .withEmployeeIncome(Euro.ofEuros(27000))));
        IseeCorrente.Result r = IseeCorrente.compute(dsu, req);
        assertThat(r.toString()).isEqualTo("Result[conditions=" + r.conditions().size() + "]").doesNotContain("27000", "1800");
    }
}

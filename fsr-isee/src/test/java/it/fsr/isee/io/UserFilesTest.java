package it.fsr.isee.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.fsr.core.explain.CsvDialect;
import it.fsr.core.money.Euro;
import it.fsr.core.validation.ValidationException;
import it.fsr.core.validation.Violation;
import it.fsr.isee.compartecipazione.Charge;
import it.fsr.isee.compartecipazione.Schedule;
import it.fsr.isee.compartecipazione.ScheduleInput;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The users file of {@code compartecipazione}: read whole (each column, its defaults, each wrong value at its line), and
 * charged as read — the same charges as the whole reading's pricing, every problem after the whole file.
 */
class UserFilesTest {
    /** Monopoli's home care (DCC 65/2017): exempt to 7,500.00, 8.00 an hour × ISEE / 30,000 up to it, full cost above. */
    static final Schedule MONOPOLI = ScheduleInput.read("s.properties", String.join("\n", "name=Monopoli SAD", "source=Comune di Monopoli, DCC 65 del 11/12/2017",
            "unit=ora", "cost=13,80", "isee=ordinario", "use_ff=yes", "exempt_up_to=7.500,00", "segment.1=0|30.000,00|0|8,00",
            "full_cost_above=30.000,00", "")).schedule();
    static final String HEADER = "user_id,isee,isee_ff,units,resident,rank,disability\n";
    static final String USERS = HEADER + "U1,5000.00,,40,yes,1,no\nU2,15000.00,9000.00,37.5,,,\nU3,40000.00,,,yes,,yes\n";

    @TempDir
    Path dir;

    @Test
    void theUsersWholeWithTheirValues() {
        UserFiles.Users u = UserFiles.read("u.csv", USERS);
        assertThat(u.users()).extracting(x -> x.id()).containsExactly("U1", "U2", "U3");
        assertThat(u.users().get(0).units()).isEqualByComparingTo("40");
        assertThat(u.users().get(2).units()).isEqualByComparingTo("1");
        assertThat(u.users().get(1).iseeFf()).isEqualTo(Euro.parse("9000.00"));
        assertThat(u.lines()).containsEntry("U3", 4);
        assertThat(u.dialect()).isEqualTo(CsvDialect.PLAIN);
        assertThat(u.toString()).isEqualTo("Users[users=3, lines=3]");
        assertThat(u.pricing(MONOPOLI)).isNotNull();
        assertThat(u.comparison(MONOPOLI, MONOPOLI)).isNotNull();
        // a user the schedule cannot price (no rule for non-residents): at the user's line
        UserFiles.Users away = UserFiles.read("u.csv", USERS.replace("U3,40000.00,,,yes", "U3,40000.00,,,no"));
        assertThatThrownBy(() -> away.pricing(MONOPOLI)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.violations()).extracting(Violation::field).containsExactly("u.csv:4: resident"));
        assertThatThrownBy(() -> away.comparison(MONOPOLI, MONOPOLI)).isInstanceOf(ValidationException.class);
    }

    private static List<String> fields(String text) {
        try {
            UserFiles.read("u.csv", text);
            return List.of();
        } catch (ValidationException e) {
            return e.violations().stream().map(Violation::field).toList();
        }
    }

    @Test
    void eachWrongValueAtItsLine() {
        assertThat(fields(USERS.replace("U1,5000.00", "U1,cinquemila"))).containsExactly("u.csv:2: isee");
        assertThat(fields(USERS.replace("15000.00,9000.00", "15000.00,novemila"))).containsExactly("u.csv:3: isee_ff");
        assertThat(fields(USERS.replace(",40,", ",quaranta,"))).containsExactly("u.csv:2: units");
        assertThat(fields(USERS.replace(",40,", ",123456789012345678901234,"))).containsExactly("u.csv:2: units");
        assertThat(fields(USERS.replace(",yes,1,", ",forse,1,"))).containsExactly("u.csv:2: resident");
        assertThat(fields(USERS.replace(",yes,1,", ",yes,primo,"))).containsExactly("u.csv:2: rank");
        assertThat(fields(USERS.replace(",yes,,yes", ",yes,,boh"))).containsExactly("u.csv:4: disability");
        assertThat(fields(USERS + "U1,1.00,,,,,\n")).containsExactly("u.csv:5: user_id");
        assertThat(fields(USERS.replace("U2,", ",")).get(0)).isEqualTo("u.csv:3: user_id");
        // a rank beyond 99 is 99
        assertThat(UserFiles.read("u.csv", USERS.replace(",yes,1,", ",yes,500,")).users().get(0).rank()).isEqualTo(99);
    }

    @Test
    void theChargesAsReadAreTheWholeReadingsPricing() throws Exception {
        StringBuilder b = new StringBuilder(HEADER);
        for (int i = 0; i < 3000; i++) {
            b.append("U").append(i).append(',').append(i * 97 % 60_000).append(".00,,").append(1 + i % 40).append(",,,\n");
        }
        Path f = dir.resolve("u.csv");
        Files.writeString(f, b.toString());
        List<Charge> streamed = Collections.synchronizedList(new ArrayList<>());
        long n = UserFiles.charge(f, MONOPOLI, null, 2, k -> (c, d) -> streamed.add(c));
        assertThat(n).isEqualTo(3000);
        List<Charge> whole = new ArrayList<>();
        for (it.fsr.isee.compartecipazione.User u : UserFiles.read("u.csv", b.toString()).users()) {
            whole.add(MONOPOLI.charge(u));
        }
        assertThat(streamed).containsExactlyInAnyOrderElementsOf(whole);
        // every problem after the whole file: a duplicate, a bad value, a user the schedule cannot price (no ISEE)
        Files.writeString(f, b + "U1,1.00,,,,,\nX2,1000.00,,,no,,\nX1,dieci,,,,,\n");
        assertThatThrownBy(() -> UserFiles.charge(f, MONOPOLI, null, 1, k -> (c, d) -> { }))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).extracting(Violation::field)
                        .containsExactly("u.csv:3002: user_id", "u.csv:3004: isee", "u.csv:3003: resident"));
        Files.writeString(f, "persona,isee\nU1,1\n");
        // a file without a required column: told at its header, before any row is priced
        List<Charge> none = Collections.synchronizedList(new ArrayList<>());
        assertThatThrownBy(() -> UserFiles.charge(f, MONOPOLI, null, 1, k -> (c, d) -> none.add(c)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).extracting(Violation::code)
                        .contains("FSR-CSV-COLUMN-MISSING"));
    }
}

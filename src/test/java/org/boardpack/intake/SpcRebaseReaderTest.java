package org.boardpack.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;

import org.boardpack.indicators.spc.SpcRebase;
import org.boardpack.input.InputPaths;
import org.boardpack.support.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * input/spc-rebase.csv on the small fixture, whose figures run from 2026-09 to 2026-10: a rebase can start at
 * 2026-10 only (the first month of a series cannot start new limits).
 */
class SpcRebaseReaderTest {

    @TempDir
    Path root;

    @Test
    void noFileAndAHeaderOnlyFileMeanNoRebase() throws IOException {
        copyFixture();
        InputSet none = validate();
        assertThat(none.rebases()).isEmpty();
        assertThat(none.problems().all()).isEmpty();
        Files.writeString(root.resolve("input/spc-rebase.csv"), "indicator_id,period,reason\n");
        InputSet empty = validate();
        assertThat(empty.rebases()).isEmpty();
        assertThat(empty.problems().all()).isEmpty();
    }

    @Test
    void aGoodRowIsRead() throws IOException {
        copyFixture();
        Files.writeString(root.resolve("input/spc-rebase.csv"), "indicator_id,period,reason\ncpp_rate,2026-10,New threshold document\n");
        InputSet inputs = validate();
        assertThat(inputs.problems().all()).isEmpty();
        assertThat(inputs.rebases()).containsExactly(new SpcRebase("cpp_rate", YearMonth.of(2026, 10), "New threshold document"));
    }

    @Test
    void badRowsAreReportedAtTheirFileLineAndColumn() throws IOException {
        copyFixture();
        Files.writeString(root.resolve("input/spc-rebase.csv"), """
                indicator_id,period,reason
                cpp_rat,2026-10,Typo
                cpp_rate,Oct 2026,Bad month
                cpp_rate,2026-09,First month
                cpp_rate,2026-10,New threshold
                cpp_rate,2026-10,Again
                rereferrals,2026-10,
                """);
        InputSet inputs = validate();
        String file = InputPaths.display(root.resolve("input/spc-rebase.csv"));
        assertThat(inputs.problems().errors()).extracting(Object::toString).containsExactly(
                "ERROR " + file + ":2 [indicator_id (column 1)]: unknown indicator id \"cpp_rat\"; expected an indicator id from the catalogue; did you mean \"cpp_rate\"?",
                "ERROR " + file + ":3 [period (column 2)]: period \"Oct 2026\"; expected a month written YYYY-MM, e.g. 2026-10",
                "ERROR " + file + ":4 [period (column 2)]: period 2026-09 is outside the series of cpp_rate (2026-09 to 2026-10); "
                        + "new limits start at a month after the first with a figure and no later than the last",
                "ERROR " + file + ":6 [period (column 2)]: second rebase of cpp_rate at 2026-10 (also line 5); give one row per indicator and month",
                "ERROR " + file + ":7 [reason (column 3)]: reason is blank; a value is required");
        assertThat(inputs.rebases()).containsExactly(new SpcRebase("cpp_rate", YearMonth.of(2026, 10), "New threshold"));
    }

    private InputSet validate() {
        return InputValidator.read(root.resolve("input"), root.resolve("templates"), "test-board", YearMonth.of(2026, 10),
                YearMonth.of(2026, 11), "822");
    }

    private void copyFixture() throws IOException {
        Cli.copyTree(Path.of("src/test/resources/fixtures/small"), root);
        Files.createDirectories(root.resolve("input/commentary"));
        Files.writeString(root.resolve("input/commentary/2026-10.csv"), "indicator_id,author,role,commentary\n");
    }
}

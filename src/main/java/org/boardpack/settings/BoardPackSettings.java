package org.boardpack.settings;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.boardpack.mail.MailSettings;
import org.boardpack.output.SafeName;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Every {@code boardpack.*} setting, bound once when the application starts (from application.properties,
 * config/application.properties, the environment or {@code --boardpack.x=y} on the command line) and checked
 * there: a value of the wrong type or outside its vocabulary stops the start with a configuration error naming
 * the setting. Every command, {@code validate} included, reads its settings from here.
 *
 * @param board       the board a command uses when --board is not given
 * @param boards      the boards {@code run --all-boards} builds (empty: every board in templates/boards/); when set,
 *                    a plain {@code run} (no --board) builds these too
 * @param parallelBoards how many boards {@code run --all-boards} builds at once (0: the number of processors)
 * @param fixedTime   a fixed clock for reproducible packs; null = the system clock
 * @param consoleTraces the logback pattern for stack traces on the console (set by --debug)
 * @param parallelWrites how many of a run's outputs are written at once, over every run in the process (0: the
 *                    number of processors)
 * @param outputs     the pack editions a run writes, from xlsx, pdf, html, accessible-pdf (default all four);
 *                    comma-separated in a properties file
 */
@ConfigurationProperties("boardpack")
public record BoardPackSettings(@DefaultValue Authority authority,
                                @DefaultValue("improvement-board") String board,
                                @DefaultValue("./data") Path dataDir,
                                @DefaultValue("./logs") Path logDir,
                                @DefaultValue Validation validation,
                                @DefaultValue Recommendations recommendations,
                                @DefaultValue Completeness completeness,
                                Instant fixedTime,
                                @DefaultValue Output output,
                                @DefaultValue RunLock lock,
                                @DefaultValue FaultInjection faultInjection,
                                @DefaultValue("%nopex") String consoleTraces,
                                @DefaultValue({"xlsx", "pdf", "html", "accessible-pdf"}) List<String> outputs,
                                MailSettings mail,
                                @DefaultValue SmallNumbers smallNumbers,
                                @DefaultValue("") java.util.List<String> boards,
                                @DefaultValue("0") int parallelBoards,
                                @DefaultValue Suppression suppression,
                                @DefaultValue("0") int parallelWrites) {

    public BoardPackSettings {
        if (mail == null) mail = new MailSettings();
        if (!SafeName.isId(board)) {
            throw new IllegalArgumentException("boardpack.board=" + board
                    + " is not a board id: use lower-case letters, digits and hyphens, as in templates/boards/<id>.yml");
        }
        if (validation.maxReported() < 1) {
            throw new IllegalArgumentException("boardpack.validation.max-reported=" + validation.maxReported() + " must be 1 or more");
        }
        if (recommendations.staleAfterDays() < 1) {
            throw new IllegalArgumentException("boardpack.recommendations.stale-after-days=" + recommendations.staleAfterDays()
                    + " must be 1 or more");
        }
        if (completeness.minPercent() < 0 || completeness.minPercent() > 100) {
            throw new IllegalArgumentException("boardpack.completeness.min-percent=" + completeness.minPercent()
                    + " must be from 0 to 100 (default 100: every indicator of the board must have a figure)");
        }
        if (lock.lease().compareTo(Duration.ofSeconds(10)) < 0) {
            throw new IllegalArgumentException("boardpack.lock.lease=" + lock.lease() + " is too short: use 10s or more (default 5m)");
        }
        if (smallNumbers.denominator() < 1) {
            throw new IllegalArgumentException("boardpack.small-numbers.denominator=" + smallNumbers.denominator()
                    + " must be 1 or more (default 20)");
        }
        outputs = outputs(outputs);
        boards = boards == null ? java.util.List.of() : boards.stream().map(String::trim).filter(b -> !b.isEmpty()).distinct().toList();
        for (String b : boards) {
            if (!SafeName.isId(b)) {
                throw new IllegalArgumentException("boardpack.boards names \"" + b + "\", which is not a board id: use a comma-separated "
                        + "list of names of files in templates/boards/ without .yml (or leave it blank for every board)");
            }
        }
        if (parallelBoards < 0) {
            throw new IllegalArgumentException("boardpack.parallel-boards=" + parallelBoards
                    + " must be 1 or more (or 0, the default: the number of processors)");
        }
        if (parallelWrites < 0) {
            throw new IllegalArgumentException("boardpack.parallel-writes=" + parallelWrites
                    + " must be 1 or more (or 0, the default: the number of processors)");
        }
        if (suppression.maxSuppressed() < 1) {
            throw new IllegalArgumentException("boardpack.suppression.max-suppressed=" + suppression.maxSuppressed()
                    + " must be 1 or more (default 4: counts of 1 to 4 are suppressed)");
        }
        if (suppression.code() == null || suppression.code().isBlank()) {
            throw new IllegalArgumentException("boardpack.suppression.code must not be blank (default [c])");
        }
        mail.effectiveMode(); // an unknown mode is refused now, not when the pack is about to be sent
        positive("boardpack.mail.timeout", mail.getTimeout(), "60s");
        positive("boardpack.mail.data-timeout", mail.getDataTimeout(), "10m, RFC 5321's wait for the reply to the end of the message");
        positive("boardpack.mail.deadline", mail.getDeadline(), "15m");
        if (mail.getDeadline().compareTo(mail.getDataTimeout()) <= 0) {
            throw new IllegalArgumentException("boardpack.mail.deadline=" + mail.getDeadline() + " must be longer than boardpack.mail.data-timeout="
                    + mail.getDataTimeout() + " (the deadline covers the whole conversation, the reply to the end of the message included)");
        }
    }

    private static void positive(String name, Duration value, String usual) {
        if (value == null || value.isZero() || value.isNegative()) {
            throw new IllegalArgumentException(name + "=" + value + " must be a positive duration (default " + usual + ")");
        }
    }

    /** Whether a run writes this edition. */
    public boolean writes(PackOutput output) {
        return outputs.contains(output.code());
    }

    /** The codes, checked and normalised: an unknown or empty list stops the start naming the setting. */
    private static List<String> outputs(List<String> codes) {
        List<String> known = new ArrayList<>();
        for (String c : codes == null ? List.<String>of() : codes) {
            if (c == null || c.isBlank()) continue;
            PackOutput o = PackOutput.parse(c);
            if (o == null) {
                throw new IllegalArgumentException("boardpack.outputs names \"" + c.strip() + "\", which is not an output: "
                        + "use xlsx, pdf, html or accessible-pdf, comma-separated");
            }
            if (!known.contains(o.code())) known.add(o.code());
        }
        if (known.isEmpty()) {
            throw new IllegalArgumentException("boardpack.outputs is empty: name at least one of xlsx, pdf, html, accessible-pdf");
        }
        return List.copyOf(known);
    }

    /** How many boards {@code run --all-boards} builds at once: the setting, or the number of processors. */
    public int boardsAtOnce() {
        return parallelBoards > 0 ? parallelBoards : Runtime.getRuntime().availableProcessors();
    }

    /** How many outputs are written at once: the setting, or the number of processors. */
    public int writesAtOnce() {
        return parallelWrites > 0 ? parallelWrites : Runtime.getRuntime().availableProcessors();
    }

    /** @param code its old LA code (822) or ONS code (E06000055), for benchmarks */
    public record Authority(@DefaultValue("Bedford Borough Council") String name, @DefaultValue("822") String code) {
    }

    /** @param maxReported problems listed on the console (all go to validation.csv) */
    public record Validation(@DefaultValue("50") int maxReported) {
    }

    /**
     * @param denominator a percentage or rate on fewer cases than this is flagged "small numbers: read with care"
     *                    and kept out of the movers ranking
     */
    public record SmallNumbers(@DefaultValue("20") int denominator) {
    }

    public record Recommendations(@DefaultValue("60") int staleAfterDays) {
    }

    /**
     * @param minPercent the share (0-100) of the board's indicators that must have a figure for the period; below
     *                   it the run stops (no figures for the period) and nothing is written or sent
     */
    public record Completeness(@DefaultValue("100") double minPercent) {
    }

    /** @param fileMode the POSIX permissions of every file written under the output folder */
    public record Output(@DefaultValue("rw-r-----") FileMode fileMode) {
    }

    /**
     * @param lease how long the run lock stays held without renewal; a run renews it every third of this, so a
     *              holder that stopped renewing (a killed container) is recognised as gone once it has passed
     */
    public record RunLock(@DefaultValue("5m") Duration lease) {
    }

    /**
     * The partner edition's small-number rule: counts from 1 to {@code maxSuppressed} are shown as {@code code}.
     */
    public record Suppression(@DefaultValue("4") int maxSuppressed, @DefaultValue("[c]") String code) {
    }

    /** For crash tests only: hold the named step half-way for a while, or fail it there. */
    public record FaultInjection(@DefaultValue("") String pauseAt, @DefaultValue("0") long pauseMs,
                                 @DefaultValue("") String failAt) {
    }
}

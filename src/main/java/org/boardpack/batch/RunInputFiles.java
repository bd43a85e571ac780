package org.boardpack.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.boardpack.benchmarks.DfeImporter;
import org.boardpack.intake.BoardDefinitionReader;
import org.boardpack.intake.CatalogueReader;
import org.boardpack.intake.CommentaryReader;
import org.boardpack.intake.InputSnapshot;
import org.boardpack.intake.InputValidator;
import org.boardpack.intake.PackStyleReader;
import org.boardpack.intake.ScorecardReader;
import org.boardpack.intake.SpcRebaseReader;
import org.boardpack.intake.TargetsReader;
import org.boardpack.mail.BoardMembersReader;
import org.boardpack.mail.MailTemplate;
import org.boardpack.recommendations.RecommendationReader;

/** Every file and folder a run reads, as they are on disk: what its snapshot takes. */
final class RunInputFiles {

    private RunInputFiles() {
    }

    static InputSnapshot take(PackRunParameters p, LocalDateTime now) {
        return InputSnapshot.take(p.inputDir(), p.templatesDir(), files(p), folders(p), now);
    }

    /** The run's input files that exist now (scorecards listed afresh). */
    static List<Path> files(PackRunParameters p) {
        Path in = p.inputDir();
        Path t = p.templatesDir();
        List<Path> files = new ArrayList<>();
        if (Files.isDirectory(in.resolve(ScorecardReader.FOLDER))) {
            try {
                files.addAll(ScorecardReader.files(in));
            } catch (IOException e) {
                // the validate step reports an unreadable folder
            }
        }
        files.addAll(List.of(t.resolve(CatalogueReader.FILE), in.resolve(TargetsReader.FILE),
                t.resolve(PackStyleReader.FILE), t.resolve(PackStyleReader.LOGO),
                CommentaryReader.fileFor(in, p.period()), RecommendationReader.fileFor(in, p.period()),
                RecommendationReader.fileFor(in, p.period().minusMonths(1)),
                in.resolve(InputValidator.BENCHMARKS_FOLDER).resolve(DfeImporter.BENCHMARKS_FILE),
                in.resolve(InputValidator.BENCHMARKS_FOLDER).resolve(DfeImporter.NEIGHBOURS_FILE),
                in.resolve(SpcRebaseReader.FILE)));
        // every board definition: board-members.csv names boards, and an unknown board id is reported
        Path boards = t.resolve(BoardDefinitionReader.FOLDER);
        if (Files.isDirectory(boards)) {
            try (Stream<Path> list = Files.list(boards)) {
                list.filter(f -> f.getFileName().toString().endsWith(".yml")).sorted().forEach(files::add);
            } catch (IOException e) {
                // reported by the board definition reader
            }
        }
        // the members decide which editions the board builds (their edition column), mailed or not
        files.add(BoardMembersReader.fileFor(in));
        if (p.sendMail()) {
            files.add(MailTemplate.textFile(t, p.board()));
            files.add(MailTemplate.htmlFile(t, p.board()));
        }
        return files.stream().filter(Files::isRegularFile).map(f -> f.toAbsolutePath().normalize()).distinct().toList();
    }

    /** The folders whose presence the readers check. */
    private static List<Path> folders(PackRunParameters p) {
        Path in = p.inputDir();
        Path t = p.templatesDir();
        return List.of(in, t, in.resolve(ScorecardReader.FOLDER), in.resolve(RecommendationReader.FOLDER),
                in.resolve(InputValidator.BENCHMARKS_FOLDER), in.resolve(CommentaryReader.FOLDER),
                t.resolve(BoardDefinitionReader.FOLDER), t.resolve(MailTemplate.FOLDER));
    }
}

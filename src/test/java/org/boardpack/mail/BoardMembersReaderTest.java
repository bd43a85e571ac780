package org.boardpack.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.boardpack.intake.BoardDefinitionReader;
import org.boardpack.input.InputProblem;
import org.boardpack.input.ProblemReport;
import org.boardpack.input.Problems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BoardMembersReaderTest {

    private static final Set<String> BOARDS = Set.of("improvement-board", "corporate-parenting");

    @TempDir
    Path dir;

    private List<BoardMember> read(String csv, Problems problems) throws Exception {
        Path f = dir.resolve("board-members.csv");
        Files.writeString(f, csv);
        return BoardMembersReader.read(f, "board-members.csv", BOARDS, problems);
    }

    private static InputProblem at(Problems p, long line) {
        return p.errors().stream().filter(e -> e.line() == line).findFirst()
                .orElseThrow(() -> new AssertionError("no error on line " + line + ": " + p.all()));
    }

    @Test
    void aNameWithALineBreakIsRefusedAtValidationAndNeverPrintedRaw() throws Exception {
        Path input = dir.resolve("input");
        Files.createDirectories(input);
        // a forged log line hidden in a quoted name
        Files.writeString(input.resolve("board-members.csv"), "name,email,role,boards,formats\r\n"
                + "\"Helen Marsh\r\n21:00:00 INFO Pack sent to every member\",helen.marsh@bedford.example.org,Chair,improvement-board,pdf\r\n"
                + "Tom Brennan,tom.brennan@bedford.example.org,Head of performance,improvement-board,xlsx\r\n");
        Problems p = PackDistributor.validate(input, Path.of("templates"), "improvement-board");
        assertThat(p.errors()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(2);
            assertThat(e.column()).isEqualTo("name (column 1)");
            assertThat(e.message()).isEqualTo("name holds a line break (\\r\\n) at character 12: Helen Marsh\\r\\n21:00:00 INFO Pack "
                    + "sent to every member; a value in name must be on one line; remove the line break");
        });
        String console = ProblemReport.format(p.all(), 50);
        assertThat(console).doesNotContain("\r").contains("Helen Marsh\\r\\n21:00:00");
        assertThat(console.lines()).noneMatch(l -> l.startsWith("21:00:00"));
        // the refused row is not a member: only Tom is read
        List<BoardMember> members = BoardMembersReader.read(input, Set.of("improvement-board"), new Problems());
        assertThat(members).extracting(BoardMember::name).containsExactly("Tom Brennan");
    }

    @Test
    void readsValidRowsWithBoardsAndFormats() throws Exception {
        Problems p = new Problems();
        List<BoardMember> m = read("""
                name,email,role,boards,formats
                Dr Helen Marsh,helen.marsh@bedford.example.org,Independent chair,improvement-board,pdf
                Tom Brennan,Tom.Brennan@bedford.example.org,Head of performance, improvement-board ; corporate-parenting ,XLSX
                Mark Adeyemi,mark.adeyemi@bedford.example.org,DCS,corporate-parenting,pdf;xlsx
                """, p);
        assertThat(p.all()).isEmpty();
        assertThat(m).hasSize(3);
        assertThat(m.get(1).boards()).containsExactly("improvement-board", "corporate-parenting");
        assertThat(m.get(1).formats()).containsExactly(PackFormat.XLSX);
        assertThat(m.get(1).emailKey()).isEqualTo("tom.brennan@bedford.example.org");
        assertThat(m.get(1).line()).isEqualTo(3);
        assertThat(m.get(2).formatList()).containsExactly(PackFormat.PDF, PackFormat.XLSX);
        assertThat(BoardMembersReader.forBoard(m, "corporate-parenting")).extracting(BoardMember::name)
                .containsExactly("Tom Brennan", "Mark Adeyemi");
    }

    @Test
    void reportsBadRowsWithFileLineColumnFoundAndExpected() throws Exception {
        Problems p = new Problems();
        List<BoardMember> m = read("""
                name,email,role,boards,formats
                ,blank.name@bedford.example.org,Chair,improvement-board,pdf
                No Dot,jane.smith@bedford,Chair,improvement-board,pdf
                Space,jane smith@bedford.example.org,Chair,improvement-board,pdf
                Two,a@bedford.example.org;b@bedford.example.org,Chair,improvement-board,pdf
                Named,Jane Smith <jane@bedford.example.org>,Chair,improvement-board,pdf
                Typo Board,typo@bedford.example.org,Chair,improvment-board,pdf
                Excel,excel@bedford.example.org,Chair,improvement-board,excel
                Blank Boards,bb@bedford.example.org,Chair,,pdf
                Blank Formats,bf@bedford.example.org,Chair,corporate-parenting,
                Double Dot,jane..smith@bedford.example.org,Chair,improvement-board,pdf
                Good,good@bedford.example.org,Chair,improvement-board,pdf
                """, p);
        assertThat(m).extracting(BoardMember::name).containsExactly("Good");

        InputProblem blankName = at(p, 2);
        assertThat(blankName.file()).isEqualTo("board-members.csv");
        assertThat(blankName.column()).isEqualTo("name (column 1)");
        assertThat(blankName.found()).isEqualTo("name is blank");

        assertThat(at(p, 3).column()).isEqualTo("email (column 2)");
        assertThat(at(p, 3).found()).contains("jane.smith@bedford").contains("domain without a dot");
        assertThat(at(p, 3).expected()).contains("jane.smith@bedford.example.org");
        assertThat(at(p, 4).found()).contains("contains a space");
        assertThat(at(p, 5).found()).contains("more than one address");
        assertThat(at(p, 6).found()).contains("not a bare address");
        assertThat(at(p, 7).column()).isEqualTo("boards (column 4)");
        assertThat(at(p, 7).found()).isEqualTo("unknown board \"improvment-board\"");
        assertThat(at(p, 7).expected()).contains("did you mean \"improvement-board\"?");
        assertThat(at(p, 8).column()).isEqualTo("formats (column 5)");
        assertThat(at(p, 8).found()).isEqualTo("unknown format \"excel\"");
        assertThat(at(p, 8).expected()).contains("pdf, xlsx or html").contains("did you mean \"xlsx\"?");
        assertThat(at(p, 9).found()).isEqualTo("boards is blank");
        assertThat(at(p, 10).found()).isEqualTo("formats is blank");
        assertThat(at(p, 11).found()).contains("jane..smith@bedford.example.org");
        assertThat(p.errors()).hasSize(10);
        assertThat(at(p, 3).toString()).startsWith("ERROR board-members.csv:3 [email (column 2)]: email \"jane.smith@bedford\"");
    }

    @Test
    void duplicateAddressForTheSameBoardNamesBothLines() throws Exception {
        Problems p = new Problems();
        List<BoardMember> m = read("""
                name,email,role,boards,formats
                Helen Marsh,helen.marsh@bedford.example.org,Chair,improvement-board,pdf
                Mark Adeyemi,mark.adeyemi@bedford.example.org,DCS,corporate-parenting,pdf

                Helen M,HELEN.MARSH@bedford.example.org,Chair,corporate-parenting;improvement-board,xlsx
                Mark A,mark.adeyemi@bedford.example.org,DCS,improvement-board,pdf
                """, p);
        assertThat(p.errors()).hasSize(1);
        InputProblem dup = p.errors().get(0);
        assertThat(dup.line()).isEqualTo(5);
        assertThat(dup.column()).isEqualTo("email (column 2)");
        assertThat(dup.found()).contains("improvement-board").contains("line 2").contains("line 5");
        // the same person on another board is fine
        assertThat(m).extracting(BoardMember::name).containsExactly("Helen Marsh", "Mark Adeyemi", "Mark A");
    }

    @Test
    void blankRoleIsAWarningAndMissingFileAnError() throws Exception {
        Problems p = new Problems();
        List<BoardMember> m = read("name,email,role,boards,formats\nA,a@bedford.example.org,,improvement-board,pdf\n", p);
        assertThat(m).hasSize(1);
        assertThat(p.errors()).isEmpty();
        assertThat(p.warnings()).singleElement().satisfies(w -> assertThat(w.column()).isEqualTo("role (column 3)"));

        Problems missing = new Problems();
        assertThat(BoardMembersReader.read(dir.resolve("nowhere"), BOARDS, missing)).isEmpty();
        assertThat(missing.errors()).singleElement().satisfies(e -> assertThat(e.found()).isEqualTo("file not found"));
    }

    @Test
    void addressChecks() {
        assertThat(BoardMembersReader.addressProblem("priya.nair@bedford.example.org")).isNull();
        assertThat(BoardMembersReader.addressProblem("o'brien+board@nhs.example.org")).isNull();
        assertThat(BoardMembersReader.addressProblem("mailto:a@b.example.org")).contains("mailto");
        assertThat(BoardMembersReader.addressProblem("a@b.example.org.")).contains("ends with a dot");
        assertThat(BoardMembersReader.addressProblem("a@@b.example.org")).contains("more than one @");
        assertThat(BoardMembersReader.addressProblem("ab.example.org")).contains("no @");
        assertThat(BoardMembersReader.addressProblem("a@[10.0.0.1]")).isNotNull();
        assertThat(BoardMembersReader.addressProblem("a@-bad.example.org")).contains("-bad");
        assertThat(BoardMembersReader.addressProblem("a@b.example.1")).contains("top-level");
        assertThat(BoardMembersReader.addressProblem(".a@b.example.org")).isNotNull();
        assertThat(BoardMembersReader.addressProblem("jos\u00e9@b.example.org")).contains("character");
    }

    @Test
    void theSampleMembersFileIsValid() {
        Problems p = new Problems();
        Set<String> boards = new TreeSet<>(BoardDefinitionReader.boardIds(Path.of("templates")));
        List<BoardMember> m = BoardMembersReader.read(Path.of("input"), boards, p);
        assertThat(p.all()).isEmpty();
        assertThat(m.size()).isBetween(5, 8);
        assertThat(BoardMembersReader.forBoard(m, "improvement-board")).isNotEmpty();
        assertThat(BoardMembersReader.forBoard(m, "corporate-parenting")).isNotEmpty();
        assertThat(m).anyMatch(x -> x.formats().equals(Set.of(PackFormat.XLSX)));
    }
}

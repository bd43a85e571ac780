package org.boardpack.input;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ControlCharactersTest {

    @Test
    void escapesEveryControlCharacterAndLeavesOtherTextAlone() {
        assertThat(ControlCharacters.escape("a\r\nb\tc\u0000d\u001b[2Je\u202Ef\u2028g")).isEqualTo("a\\r\\nb\\tc\\u0000d\\u001B[2Je\\u202Ef\\u2028g");
        assertThat(ControlCharacters.escape("Café £5 — محمد 中文")).isEqualTo("Café £5 — محمد 中文");
    }

    @Test
    void lineBreaksAreRefusedOnlyInSingleLineValues() {
        assertThat(ControlCharacters.find("two\nlines", true)).isEqualTo(-1);
        assertThat(ControlCharacters.find("two\nlines", false)).isEqualTo(3);
        assertThat(ControlCharacters.find("bell\u0007", true)).isEqualTo(4);
        assertThat(ControlCharacters.find("tab\tis fine", false)).isEqualTo(-1);
        assertThat(ControlCharacters.describe("a\r\nb", 1)).isEqualTo("a line break (\\r\\n)");
        assertThat(ControlCharacters.describe("a\u0000", 1)).isEqualTo("a control character (\\u0000)");
    }

    @Test
    void aProblemNeverCarriesARawControlCharacter() {
        InputProblem p = InputProblem.error("f.csv", 2, "name", "name \"Helen\r\nINFO forged\"", "fix\u001b");
        assertThat(p.toString()).isEqualTo("ERROR f.csv:2 [name]: name \"Helen\\r\\nINFO forged\"; fix\\u001B");
    }
}

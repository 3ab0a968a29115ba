package org.carnet.common.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.net.URISyntaxException;
import java.nio.file.Path;

import org.carnet.common.metadata.Code;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The authorisation matrix as data (dmp-reference 3): the default file, a node's file, and bad files. */
class AuthorisationMatrixTest {
    private static final Code CR_HOSPITALIER = type("34112-3");
    private static final Code CR_BIOLOGIE = type("11502-2");
    private static final Code CLASS_CR = cls("10");
    private static final Code CLASS_PRESCRIPTION = cls("42");
    private static final Code CLASS_REMBOURSEMENT = cls("60");

    @Test
    void theDefaultMatrixIsOnTheClasspath() {
        AuthorisationMatrix matrix = AuthorisationMatrix.defaults();

        assertThat(matrix.size()).isGreaterThan(10);
        assertThat(matrix.mayRead("10", "SM26", CR_HOSPITALIER, CLASS_CR)).as("médecin").isTrue();
        assertThat(matrix.mayRead("10", null, CR_HOSPITALIER, CLASS_CR)).as("médecin, no speciality").isTrue();
        assertThat(matrix.mayRead("10", "SM25", CR_HOSPITALIER, CLASS_CR)).as("médecin du travail").isFalse();
        assertThat(matrix.mayRead("21", null, type("57833-6"), CLASS_PRESCRIPTION)).as("pharmacien").isTrue();
        assertThat(matrix.mayRead("21", null, CR_HOSPITALIER, CLASS_CR)).as("pharmacien, CR").isFalse();
    }

    @Test
    void theMostSpecificCellWins() {
        AuthorisationMatrix matrix = AuthorisationMatrix.defaults();

        // infirmier: no cell for classCode 10, but one for typeCode 11502-2 (biology)
        assertThat(matrix.mayRead("60", null, CR_BIOLOGIE, CLASS_CR)).isTrue();
        assertThat(matrix.mayRead("60", null, CR_HOSPITALIER, CLASS_CR)).isFalse();
    }

    @Test
    void anUnknownProfessionReadsNothing() {
        assertThat(AuthorisationMatrix.defaults().mayRead("99", null, CR_HOSPITALIER, CLASS_CR)).isFalse();
        assertThat(AuthorisationMatrix.defaults().mayRead(null, null, CR_HOSPITALIER, CLASS_CR)).isFalse();
    }

    @Test
    void aNodeFileReplacesTheDefaults() throws URISyntaxException {
        AuthorisationMatrix matrix = AuthorisationMatrix.load(resource("matrix-override.csv"));

        assertThat(matrix.size()).isEqualTo(4);
        assertThat(matrix.mayRead("21", null, CR_BIOLOGIE, CLASS_CR)).as("pharmacien, biology").isTrue();
        assertThat(matrix.mayRead("21", null, type("VSM"), cls("11"))).as("synthesis not in this file").isFalse();
        assertThat(matrix.mayRead("10", "SM26", type("REMB"), CLASS_REMBOURSEMENT)).as("médecin, REMB").isFalse();
        assertThat(matrix.mayRead("10", "SM26", CR_HOSPITALIER, CLASS_CR)).isTrue();
    }

    @Test
    void aMalformedFileIsRefusedNamingTheLine() throws URISyntaxException {
        Path file = resource("matrix-malformed.csv");

        assertThatThrownBy(() -> AuthorisationMatrix.load(file))
                .isInstanceOfSatisfying(MalformedMatrixException.class, e -> {
                    assertThat(e.line()).isEqualTo(4);
                    assertThat(e.source()).isEqualTo(file.toString());
                })
                .hasMessageContaining("matrix-malformed.csv line 4: expected 5 fields");
    }

    @ParameterizedTest(name = "line {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            profession,speciality,attribute,code,read\\n10,*,*,*,allow\\n10,*,*,*,deny | 3 | same cell as line 2
            profession,speciality,attribute,code,read\\n21,*,loinc,11502-2,allow          | 2 | attribute must be
            profession,speciality,attribute,code,read\\n21,*,classCode,*,allow            | 2 | code is * exactly
            profession,speciality,attribute,code,read\\n21,*,*,42,allow                   | 2 | code is * exactly
            profession,speciality,attribute,code,read\\n21,*,classCode,42,yes             | 2 | read must be allow
            profession,speciality,attribute,code,read\\n*,*,classCode,42,allow            | 2 | profession must be
            profession,speciality,attribute,code,read\\n21,,classCode,42,allow            | 2 | empty field speciality
            # comment\\nprofession;speciality;attribute;code;read                          | 2 | expected the header
            # only a comment                                                               | 1 | no header
            """)
    void eachMistakeIsNamed(String text, int line, String problem) {
        assertThatThrownBy(() -> AuthorisationMatrix.parse(new StringReader(text.replace("\\n", "\n")), "test.csv"))
                .isInstanceOf(MalformedMatrixException.class)
                .hasMessageStartingWith("test.csv line " + line + ": " + problem);
    }

    @Test
    void blankLinesCommentsAndSpacesAreAllowed() throws IOException {
        AuthorisationMatrix matrix = AuthorisationMatrix.parse(new StringReader(
                "\n# comment\n profession, speciality, attribute, code, read \n\n 60 , * , classCode , 44 , allow \n"),
                "spaces.csv");
        assertThat(matrix.mayRead("60", null, type("18776-5"), cls("44"))).isTrue();
    }

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(AuthorisationMatrixTest.class.getResource("/policy/" + name).toURI());
    }

    private static Code type(String code) {
        return new Code(code, "2.16.840.1.113883.6.1", (String) null);
    }

    private static Code cls(String code) {
        return new Code(code, PolicyCodes.CLASS_CODE_SYSTEM, (String) null);
    }
}

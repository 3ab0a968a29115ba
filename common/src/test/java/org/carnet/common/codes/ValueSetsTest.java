package org.carnet.common.codes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.carnet.common.codes.CodedAttribute.CLASS_CODE;
import static org.carnet.common.codes.CodedAttribute.CONFIDENTIALITY_CODE;
import static org.carnet.common.codes.CodedAttribute.HEALTHCARE_FACILITY_TYPE_CODE;
import static org.carnet.common.codes.CodedAttribute.PRACTICE_SETTING_CODE;
import static org.carnet.common.codes.CodedAttribute.TYPE_CODE;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.carnet.common.metadata.Code;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValueSetsTest {
    private static final String LOINC = "2.16.840.1.113883.6.1";
    private static final String HL7_CONFIDENTIALITY = "2.16.840.1.113883.5.25";
    private static final String DMP_CONFIDENTIALITY = "1.2.250.1.213.1.1.4.13";
    private static final String FACILITY_TYPES = "1.2.250.1.71.4.2.4";
    /** The real ANS files, beside the repository, when this checkout has them. */
    private static final Path REAL_JDV = Path.of("../../shared/samples/dmp/jdv");

    @TempDir
    Path tmp;

    @Test
    void defaultsAcceptHl7AndDmpConfidentialityCodes() {
        ValueSets defaults = ValueSets.defaults();

        assertThat(defaults.problem(CONFIDENTIALITY_CODE, code("N", HL7_CONFIDENTIALITY))).isEmpty();
        assertThat(defaults.problem(CONFIDENTIALITY_CODE, code("MASQUE_PS", DMP_CONFIDENTIALITY))).isEmpty();
        assertThat(defaults.problem(CONFIDENTIALITY_CODE, code("INVISIBLE_REPRESENTANTS_LEGAUX",
                DMP_CONFIDENTIALITY))).isEmpty();
    }

    @Test
    void codeMustComeWithItsOwnScheme() {
        assertThat(ValueSets.defaults().problem(CONFIDENTIALITY_CODE, code("N", DMP_CONFIDENTIALITY)))
                .contains("confidentialityCode N (" + DMP_CONFIDENTIALITY
                        + ") is not in the node's value set for confidentialityCode");
        assertThat(ValueSets.defaults().problem(CONFIDENTIALITY_CODE, code("N", null)))
                .contains("confidentialityCode N (no codingScheme) is not in the node's value set for "
                        + "confidentialityCode");
    }

    @Test
    void defaultsRefuseAnUnknownTypeCodeNamingItButNotTheSet() {
        assertThat(ValueSets.defaults().problem(TYPE_CODE, code("99999-9", LOINC)))
                .contains("typeCode 99999-9 (2.16.840.1.113883.6.1) is not in the node's value set for typeCode");
    }

    /** The typeCodes of the DMP's own ITI-41 example (samples/dmp/TD2.1): the document and its signature. */
    @Test
    void defaultsAcceptTheTypeCodesOfTheDmpFeedExample() {
        ValueSets defaults = ValueSets.defaults();

        assertThat(defaults.problem(TYPE_CODE, code("27899-4", LOINC))).isEmpty();
        assertThat(defaults.problem(TYPE_CODE, code("E1762", "ASTM"))).isEmpty();
        assertThat(defaults.problem(TYPE_CODE, code("11502-2", LOINC))).isEmpty();
        assertThat(defaults.problem(TYPE_CODE, code("REMB", "1.2.250.1.213.1.1.4.12"))).isEmpty();
    }

    @Test
    void defaultsLeaveUnshippedAttributesOpen() {
        ValueSets defaults = ValueSets.defaults();

        assertThat(defaults.constrains(CLASS_CODE)).isFalse();
        assertThat(defaults.problem(CLASS_CODE, code("anything", "1.2.3"))).isEmpty();
        assertThat(defaults.constrains(TYPE_CODE)).isTrue();
        assertThat(defaults.constrains(CONFIDENTIALITY_CODE)).isTrue();
        assertThat(ValueSets.defaults()).isSameAs(defaults);
    }

    @Test
    void acceptAnyAcceptsEveryCode() {
        ValueSets any = ValueSets.acceptAny();

        for (CodedAttribute attribute : CodedAttribute.values()) {
            assertThat(any.constrains(attribute)).isFalse();
            assertThat(any.problem(attribute, code("99999-9", "9.9.9"))).isEmpty();
        }
    }

    @Test
    void folderFilesPickTheirAttributeByName() throws URISyntaxException {
        ValueSets jdv = ValueSets.load(resource("/codes/jdv"));

        assertThat(jdv.problem(TYPE_CODE, code("11502-2", LOINC))).isEmpty();
        assertThat(jdv.problem(TYPE_CODE, code("SA01", FACILITY_TYPES))).isPresent();
        assertThat(jdv.problem(HEALTHCARE_FACILITY_TYPE_CODE, code("SA01", FACILITY_TYPES))).isEmpty();
        assertThat(jdv.problem(HEALTHCARE_FACILITY_TYPE_CODE, code("11502-2", LOINC))).isPresent();
        assertThat(jdv.constrains(CONFIDENTIALITY_CODE)).as("no J08 file in the folder").isFalse();
        assertThat(jdv.problem(CONFIDENTIALITY_CODE, code("anything", "1.2.3"))).isEmpty();
    }

    /** The folder also holds a J231 (referenceIdList types) file: skipped with a warning, not an error. */
    @Test
    void filesNamingNoAttributeAreSkipped() throws URISyntaxException {
        ValueSets jdv = ValueSets.load(resource("/codes/jdv"));

        for (CodedAttribute attribute : CodedAttribute.values()) {
            assertThat(jdv.constrains(attribute)).as(attribute.xdsName())
                    .isEqualTo(attribute == TYPE_CODE || attribute == HEALTHCARE_FACILITY_TYPE_CODE);
        }
    }

    @Test
    void folderWhereNoFileNamesAnAttributeIsRefused() throws IOException, URISyntaxException {
        Files.copy(resource("/codes/jdv/JDV_J231_XdsTypesIdentifiantsReferenceId_test.xml"),
                tmp.resolve("JDV_J231_XdsTypesIdentifiantsReferenceId_test.xml"));

        assertThatThrownBy(() -> ValueSets.load(tmp))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(tmp.toString())
                .hasMessageContaining("XdsTypeCode");
    }

    @Test
    void severalFilesForOneAttributeAreMerged() throws IOException {
        svs("XdsTypeCode-lab.xml", concept("11502-2", LOINC));
        svs("XdsTypeCode-imaging.xml", concept("18748-4", LOINC));

        ValueSets sets = ValueSets.load(tmp);

        assertThat(sets.problem(TYPE_CODE, code("11502-2", LOINC))).isEmpty();
        assertThat(sets.problem(TYPE_CODE, code("18748-4", LOINC))).isEmpty();
        assertThat(sets.problem(TYPE_CODE, code("34112-3", LOINC))).isPresent();
    }

    @Test
    void fileWithADoctypeIsRefusedNamingIt() throws IOException {
        Path file = Files.writeString(tmp.resolve("JDV_J07_XdsTypeCode_evil.xml"),
                "<?xml version=\"1.0\"?>\n<!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
                        + "<RetrieveValueSetResponse xmlns=\"urn:ihe:iti:svs:2008\"><ValueSet><ConceptList>"
                        + "<Concept code=\"&x;\" codeSystem=\"1.2\"/></ConceptList></ValueSet>"
                        + "</RetrieveValueSetResponse>");

        assertThatThrownBy(() -> ValueSets.load(tmp))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("DOCTYPE");
    }

    @Test
    void matchingFileThatIsNotSvsIsRefusedNamingIt() throws IOException {
        Path notXml = Files.writeString(tmp.resolve("XdsTypeCode.xml"), "11502-2;2.16.840.1.113883.6.1");
        assertThatThrownBy(() -> ValueSets.load(tmp))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(notXml.toString());

        Files.writeString(notXml, "<ValueSet><Concept code=\"11502-2\" codeSystem=\"" + LOINC + "\"/></ValueSet>");
        assertThatThrownBy(() -> ValueSets.load(tmp))
                .as("no SVS namespace")
                .hasMessageContaining(notXml.toString())
                .hasMessageContaining("urn:ihe:iti:svs:2008");

        svs("XdsTypeCode.xml", "<Concept code=\"11502-2\"/>");
        assertThatThrownBy(() -> ValueSets.load(tmp))
                .as("no codeSystem")
                .hasMessageContaining(notXml.toString())
                .hasMessageContaining("codeSystem");
    }

    @Test
    void missingFolderIsRefused() {
        Path missing = tmp.resolve("missing");

        assertThatThrownBy(() -> ValueSets.load(missing))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(missing.toString());
    }

    @Test
    void settingValuesMapToTheirSource() throws URISyntaxException {
        assertThat(ValueSets.fromSetting("default")).isSameAs(ValueSets.defaults());
        assertThat(ValueSets.fromSetting("any")).isSameAs(ValueSets.acceptAny());
        assertThat(ValueSets.fromSetting(resource("/codes/jdv").toString()).constrains(TYPE_CODE)).isTrue();
        assertThatThrownBy(() -> ValueSets.fromSetting(tmp.resolve("none").toString()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** The value sets as the ANS publishes them (samples/dmp/jdv), J231 included. */
    @Test
    void realJdvFilesLoad() {
        Assumptions.assumeTrue(Files.isDirectory(REAL_JDV), "no samples/dmp/jdv beside this checkout");

        ValueSets jdv = ValueSets.load(REAL_JDV);

        assertThat(jdv.problem(TYPE_CODE, code("11502-2", LOINC))).isEmpty();
        assertThat(jdv.problem(TYPE_CODE, code("E1762", "ASTM"))).isEmpty();
        assertThat(jdv.problem(HEALTHCARE_FACILITY_TYPE_CODE, code("SA01", FACILITY_TYPES))).isEmpty();
        assertThat(jdv.problem(TYPE_CODE, code("SA01", FACILITY_TYPES))).isPresent();
        assertThat(jdv.problem(CONFIDENTIALITY_CODE, code("INVISIBLE_PATIENT", DMP_CONFIDENTIALITY))).isEmpty();
        assertThat(jdv.constrains(PRACTICE_SETTING_CODE)).isTrue();
        assertThat(jdv.constrains(CLASS_CODE)).isFalse();
    }

    private static Code code(String code, String scheme) {
        return new Code(code, scheme, (String) null);
    }

    private static String concept(String code, String system) {
        return "<Concept code=\"" + code + "\" codeSystem=\"" + system + "\"/>";
    }

    private Path svs(String name, String concepts) throws IOException {
        return Files.writeString(tmp.resolve(name), "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<RetrieveValueSetResponse xmlns=\"urn:ihe:iti:svs:2008\"><ValueSet id=\"2.25.2\"><ConceptList>"
                + concepts + "</ConceptList></ValueSet></RetrieveValueSetResponse>");
    }

    private Path resource(String name) throws URISyntaxException {
        return Path.of(getClass().getResource(name).toURI());
    }
}

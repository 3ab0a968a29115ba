package org.carnet.common.codes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carnet.common.codes.CodedAttribute.CONFIDENTIALITY_CODE;
import static org.carnet.common.codes.CodedAttribute.CONTENT_TYPE_CODE;
import static org.carnet.common.codes.CodedAttribute.EVENT_CODE;
import static org.carnet.common.codes.CodedAttribute.HEALTHCARE_FACILITY_TYPE_CODE;
import static org.carnet.common.codes.CodedAttribute.PRACTICE_SETTING_CODE;
import static org.carnet.common.codes.CodedAttribute.TYPE_CODE;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CodedAttributeTest {

    /** File names as published by the ANS for the CI-SIS value sets, plus Carnet's own shipped names. */
    @Test
    void picksTheAttributeFromTheFileName() {
        assertThat(CodedAttribute.forFileName("JDV_J07_XdsTypeCode_CISIS.xml")).contains(TYPE_CODE);
        assertThat(CodedAttribute.forFileName("JDV_J08_XdsConfidentialityCode_CISIS.xml"))
                .contains(CONFIDENTIALITY_CODE);
        assertThat(CodedAttribute.forFileName("JDV_J04_XdsPracticeSettingCode_CISIS.xml"))
                .contains(PRACTICE_SETTING_CODE);
        assertThat(CodedAttribute.forFileName("XdsTypeCode.xml")).contains(TYPE_CODE);
        assertThat(CodedAttribute.forFileName("xdseventcodelist.XML")).contains(EVENT_CODE);
    }

    @Test
    void longerKeysWinOverTypeCode() {
        assertThat(CodedAttribute.forFileName("JDV_J02_XdsHealthcareFacilityTypeCode_CISIS.xml"))
                .contains(HEALTHCARE_FACILITY_TYPE_CODE);
        assertThat(CodedAttribute.forFileName("XdsHealthcareFacilityTypeCode.xml"))
                .contains(HEALTHCARE_FACILITY_TYPE_CODE);
        assertThat(CodedAttribute.forFileName("JDV_J03_XdsContentTypeCode_CISIS.xml")).contains(CONTENT_TYPE_CODE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"JDV_J231_XdsTypesIdentifiantsReferenceId_DMP.xml", "TypeCode.xml", "codes.xml"})
    void namesWithoutAKeyMatchNothing(String fileName) {
        assertThat(CodedAttribute.forFileName(fileName)).isEmpty();
    }
}

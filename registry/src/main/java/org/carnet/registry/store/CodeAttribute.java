package org.carnet.registry.store;

import java.util.List;
import java.util.function.Function;

import org.carnet.common.metadata.Code;
import org.carnet.common.metadata.DocumentEntry;

/** The coded DocumentEntry attributes indexed in {@code document_code}, with how to read them from an entry. */
public enum CodeAttribute {
    CLASS_CODE("classCode", de -> single(de.classCode())),
    TYPE_CODE("typeCode", de -> single(de.typeCode())),
    FORMAT_CODE("formatCode", de -> single(de.formatCode())),
    PRACTICE_SETTING_CODE("practiceSettingCode", de -> single(de.practiceSettingCode())),
    HEALTHCARE_FACILITY_TYPE_CODE("healthcareFacilityTypeCode", de -> single(de.healthcareFacilityTypeCode())),
    CONFIDENTIALITY_CODE("confidentialityCode", DocumentEntry::confidentialityCodes),
    EVENT_CODE("eventCodeList", DocumentEntry::eventCodes);

    private final String column;
    private final Function<DocumentEntry, List<Code>> read;

    CodeAttribute(String column, Function<DocumentEntry, List<Code>> read) {
        this.column = column;
        this.read = read;
    }

    /** The value stored in {@code document_code.attribute}. */
    public String column() {
        return column;
    }

    public List<Code> codesOf(DocumentEntry entry) {
        return read.apply(entry);
    }

    private static List<Code> single(Code code) {
        return code == null ? List.of() : List.of(code);
    }
}

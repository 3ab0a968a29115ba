package org.carnet.common.codes;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/**
 * The coded XDS metadata attributes whose values a node may restrict to a value set (ITI TF-3 4.2.3). Each
 * knows the attribute name used in error messages and the key that picks its value-set file by name.
 *
 * <p>File keys follow the names of the French CI-SIS value sets ({@code JDV_J07_XdsTypeCode_CISIS.xml},
 * {@code JDV_J02_XdsHealthcareFacilityTypeCode_CISIS.xml}, ...), so an operator can drop the published files
 * in a folder unchanged.
 */
public enum CodedAttribute {
    /** DocumentEntry.classCode. */
    CLASS_CODE("classCode", "XdsClassCode"),
    /** DocumentEntry.typeCode. */
    TYPE_CODE("typeCode", "XdsTypeCode"),
    /** DocumentEntry.formatCode. */
    FORMAT_CODE("formatCode", "XdsFormatCode"),
    /** DocumentEntry.confidentialityCode (several per document). */
    CONFIDENTIALITY_CODE("confidentialityCode", "XdsConfidentialityCode"),
    /** DocumentEntry.eventCodeList. */
    EVENT_CODE("eventCodeList", "XdsEventCode"),
    /** DocumentEntry.healthcareFacilityTypeCode. */
    HEALTHCARE_FACILITY_TYPE_CODE("healthcareFacilityTypeCode", "XdsHealthcareFacilityTypeCode"),
    /** DocumentEntry.practiceSettingCode. */
    PRACTICE_SETTING_CODE("practiceSettingCode", "XdsPracticeSettingCode"),
    /** SubmissionSet.contentTypeCode. */
    CONTENT_TYPE_CODE("contentTypeCode", "XdsContentTypeCode"),
    /** Folder.codeList. */
    FOLDER_CODE_LIST("codeList", "XdsFolderCodeList");

    private final String xdsName;
    private final String fileKey;

    CodedAttribute(String xdsName, String fileKey) {
        this.xdsName = xdsName;
        this.fileKey = fileKey;
    }

    /** The attribute's name in ITI TF-3, as error messages show it. */
    public String xdsName() {
        return xdsName;
    }

    /** What a value-set file's name contains (case-insensitively) to hold this attribute's codes. */
    public String fileKey() {
        return fileKey;
    }

    /**
     * The attribute a value-set file is for, from its name. When several keys occur in the name the longest
     * wins, so that a name holding {@code HealthcareFacilityTypeCode} or {@code ContentTypeCode} is never
     * taken for {@code TypeCode}.
     */
    public static Optional<CodedAttribute> forFileName(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(a -> name.contains(a.fileKey.toLowerCase(Locale.ROOT)))
                .max(Comparator.comparingInt(a -> a.fileKey.length()));
    }
}

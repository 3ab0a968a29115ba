package org.carnet.common.validation;

import java.util.List;
import java.util.Optional;

import org.carnet.common.codes.CodedAttribute;
import org.carnet.common.codes.ValueSets;
import org.carnet.common.error.ErrorList;
import org.carnet.common.metadata.Code;
import org.carnet.common.metadata.DocumentEntry;
import org.carnet.common.metadata.Folder;
import org.carnet.common.metadata.SubmissionSet;

/**
 * Coded values (ITI TF-3 4.2.3.1.2): each has a code and a codingScheme, and is one the node accepts for that
 * attribute (its value sets: the French JDV in a DMP deployment, or any well-formed code).
 */
public final class CodeRules {
    private final ValueSets valueSets;

    public CodeRules(ValueSets valueSets) {
        this.valueSets = valueSets;
    }

    /** Every well-formed code is accepted: for tests and for nodes that leave vocabulary to their sources. */
    public static CodeRules acceptAny() {
        return new CodeRules(ValueSets.acceptAny());
    }

    void checkDocumentEntry(DocumentEntry de, ErrorList errors) {
        check(CodedAttribute.CLASS_CODE, single(de.classCode()), de.entryUuid(), errors);
        check(CodedAttribute.TYPE_CODE, single(de.typeCode()), de.entryUuid(), errors);
        check(CodedAttribute.FORMAT_CODE, single(de.formatCode()), de.entryUuid(), errors);
        check(CodedAttribute.CONFIDENTIALITY_CODE, de.confidentialityCodes(), de.entryUuid(), errors);
        check(CodedAttribute.EVENT_CODE, de.eventCodes(), de.entryUuid(), errors);
        check(CodedAttribute.HEALTHCARE_FACILITY_TYPE_CODE, single(de.healthcareFacilityTypeCode()), de.entryUuid(),
                errors);
        check(CodedAttribute.PRACTICE_SETTING_CODE, single(de.practiceSettingCode()), de.entryUuid(), errors);
    }

    void checkSubmissionSet(SubmissionSet ss, ErrorList errors) {
        check(CodedAttribute.CONTENT_TYPE_CODE, single(ss.contentTypeCode()), ss.entryUuid(), errors);
    }

    void checkFolder(Folder folder, ErrorList errors) {
        check(CodedAttribute.FOLDER_CODE_LIST, folder.codeList(), folder.entryUuid(), errors);
    }

    private void check(CodedAttribute attribute, List<Code> codes, String location, ErrorList errors) {
        for (Code code : codes) {
            if (code.codingScheme() == null || code.codingScheme().isBlank()) {
                errors.metadata(attribute.xdsName() + " " + code.code() + " has no codingScheme slot", location);
                continue;
            }
            Optional<String> problem = valueSets.problem(attribute, code);
            problem.ifPresent(p -> errors.metadata(p, location));
        }
    }

    private static List<Code> single(Code code) {
        return code == null ? List.of() : List.of(code);
    }
}

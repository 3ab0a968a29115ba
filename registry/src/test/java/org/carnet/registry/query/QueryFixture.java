package org.carnet.registry.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.carnet.common.SampleData.OTHER_PATIENT;
import static org.carnet.common.SampleData.PATIENT;
import static org.carnet.common.SampleData.REPOSITORY_ID;
import static org.carnet.common.StoredQueryRequests.request;
import static org.carnet.common.vocabulary.Vocabulary.ASSOC_APND;
import static org.carnet.common.vocabulary.Vocabulary.ASSOC_HAS_MEMBER;
import static org.carnet.common.vocabulary.Vocabulary.ASSOC_RPLC;
import static org.carnet.common.vocabulary.Vocabulary.STATUS_DMP_DELETED;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.carnet.common.SampleData;
import org.carnet.common.ebrim.SubmissionMapper;
import org.carnet.common.error.ErrorCode;
import org.carnet.common.error.XdsException;
import org.carnet.common.metadata.Association;
import org.carnet.common.metadata.Author;
import org.carnet.common.metadata.Code;
import org.carnet.common.metadata.Cx;
import org.carnet.common.metadata.DocumentEntry;
import org.carnet.common.metadata.Folder;
import org.carnet.common.metadata.LocalizedString;
import org.carnet.common.metadata.Submission;
import org.carnet.common.metadata.SubmissionSet;
import org.carnet.common.transaction.TransactionContext;
import org.carnet.common.validation.Profile;
import org.carnet.registry.TestRegistry;
import org.carnet.registry.store.ObjectKind;
import org.carnet.registry.store.Versions;
import org.carnet.wsdl.rim.IdentifiableType;

/**
 * The registry the stored-query tests run against: two patients, submitted in four submissions.
 * <pre>
 * PATIENT   ss1 (2021-06-04, Dr LIBRE, content type 04, source ...7898)
 *             report    class 10, format text, conf N, ref ACC-1            → Deprecated by replacement
 *             lab       class 11, format pdf, conf N + R, refs ACC-1, ORD-7, authors Dr LIBRE + Dr DUPONT
 *             diabetes  folder, code DIAB, holding report (and replacement, added by the registry)
 *           ss2 (2022-01-01, Dr MARTIN, content type 05, source ...8000)
 *             replacement  RPLC report (the registry files it in diabetes)
 *           ss3 (2023-01-01, Dr LIBRE, content type 04, source ...7898)
 *             addendum  APND replacement
 *             imaging   folder, code IMG, empty
 * OTHER     ss4 (2021-06-04)
 *             othersDoc, othersFolder (code DIAB) holding it
 * </pre>
 * Every query is run with both return types, which must name the same objects.
 */
final class QueryFixture implements AutoCloseable {
    static final String FIND_DOCUMENTS = "urn:uuid:14d4debf-8f97-4251-9a74-a90016b0af0d";
    static final String FIND_DOCUMENTS_BY_REFERENCE_ID = "urn:uuid:12941a89-e02e-4be5-967c-ce4bfc8fe492";
    static final String FIND_SUBMISSION_SETS = "urn:uuid:f26abbcb-ac74-4422-8a30-edb644bbc1a9";
    static final String FIND_FOLDERS = "urn:uuid:958f3006-baad-4929-a4de-ff1114824431";
    static final String GET_DOCUMENTS_AND_ASSOCIATIONS = "urn:uuid:bab9529a-4a10-40b3-a01f-f68a615d247a";
    static final String GET_SUBMISSION_SETS = "urn:uuid:51224314-5390-4169-9b91-b1980040715a";
    static final String GET_SUBMISSION_SET_AND_CONTENTS = "urn:uuid:e8e3cb2c-e39c-46b9-99e4-c12f57260b83";
    static final String GET_FOLDER_AND_CONTENTS = "urn:uuid:b909a503-523d-4517-8acf-8e5834dfc4c7";
    static final String GET_FOLDERS_FOR_DOCUMENT = "urn:uuid:10cae35a-c7f9-4cf5-b61e-fc3278ffb578";
    static final String GET_RELATED_DOCUMENTS = "urn:uuid:d90e5407-b356-4d91-a89f-873917b4b0e6";
    static final String FIND_DOCUMENTS_FOR_MULTIPLE_PATIENTS = "urn:uuid:3d1bdb10-39a2-11de-89c2-2f44d94eaa9f";
    static final String FIND_FOLDERS_FOR_MULTIPLE_PATIENTS = "urn:uuid:50d3f5ac-39a2-11de-a1ca-b366239e58df";

    static final String APPROVED = "('urn:oasis:names:tc:ebxml-regrep:StatusType:Approved')";
    static final String DEPRECATED = "('urn:oasis:names:tc:ebxml-regrep:StatusType:Deprecated')";
    static final String BOTH_STATUSES = "('urn:oasis:names:tc:ebxml-regrep:StatusType:Approved',"
            + "'urn:oasis:names:tc:ebxml-regrep:StatusType:Deprecated')";
    static final String ON_DEMAND = "('urn:uuid:34268e47-fdf5-41a6-ba33-82133c465248')";
    static final String HOME = "'urn:oid:1.2.250.1.999.9'";
    static final String ACCESSION = "ACC-1^^^&1.2.250.1.999.3&ISO^urn:ihe:iti:xds:2013:accession";
    static final String ORDER = "ORD-7^^^&1.2.250.1.999.4&ISO^urn:ihe:iti:xds:2013:order";
    static final String OTHER = OTHER_PATIENT;
    static final String DUPONT = "899900099999^DUPONT^JEAN^^^^^^&1.2.250.1.71.4.2.1&ISO^D^^^IDNPS";
    static final String MARTIN = "899900077777^MARTIN^CLAIRE^^^^^^&1.2.250.1.71.4.2.1&ISO^D^^^IDNPS";
    static final Code DIAB = new Code("DIAB", "1.2.250.1.999.4", "Diabète");
    static final Code IMG = new Code("IMG", "1.2.250.1.999.4", "Imagerie");
    static final Code RESTRICTED = new Code("R", "2.16.840.1.113883.5.25", "Restricted");
    static final Code PDF = new Code("urn:ihe:iti:xds-sd:pdf:2008", "1.3.6.1.4.1.19376.1.2.3", "PDF");
    static final Code CONTENT_05 = new Code("05", "1.2.250.1.213.2.2", "Hospitalisation");

    final TestRegistry registry = new TestRegistry().open(PATIENT).open(OTHER_PATIENT);
    final Submission ss1;
    final Submission ss2;
    final Submission ss3;
    final Submission ss4;
    final DocumentEntry report;
    final DocumentEntry lab;
    final DocumentEntry replacement;
    final DocumentEntry addendum;
    final DocumentEntry othersDoc;
    final Folder diabetes;
    final Folder imaging;
    final Folder othersFolder;

    QueryFixture() {
        ss1 = register(new Submission(SampleData.submissionSet(PATIENT),
                List.of(entry("Document01", PATIENT).referenceId(ACCESSION).build(),
                        entry("Document02", PATIENT).classCode(new Code("11", "1.2.250.1.213.1.1.4.1", "Synthèse"))
                                .formatCode(PDF).confidentialityCode(RESTRICTED).referenceId(ACCESSION)
                                .referenceId(ORDER).author(Author.person(DUPONT)).build()),
                List.of(folder("Folder01", PATIENT, DIAB)),
                List.of(member("AssocD1", "Document01"), member("AssocD2", "Document02"),
                        member("AssocF", "Folder01"),
                        new Association("AssocFD", ASSOC_HAS_MEMBER, "Folder01", "Document01"),
                        member("AssocSFD", "AssocFD"))));
        report = ss1.documentEntries().get(0);
        lab = ss1.documentEntries().get(1);
        diabetes = ss1.folders().get(0);

        ss2 = register(new Submission(submissionSet("20220101120000", Author.person(MARTIN), CONTENT_05,
                "1.2.250.1.999.1.1.8000"),
                List.of(entry("Document01", PATIENT).build()), List.of(),
                List.of(member("AssocD1", "Document01"),
                        new Association("Relation01", ASSOC_RPLC, "Document01", report.entryUuid()))));
        replacement = ss2.documentEntries().get(0);

        ss3 = register(new Submission(submissionSet("20230101", SampleData.author(),
                SampleData.submissionSet(PATIENT).contentTypeCode(), SampleData.submissionSet(PATIENT).sourceId()),
                List.of(entry("Document01", PATIENT).build()), List.of(folder("Folder01", PATIENT, IMG)),
                List.of(member("AssocD1", "Document01"), member("AssocF", "Folder01"),
                        new Association("Relation01", ASSOC_APND, "Document01", replacement.entryUuid()))));
        addendum = ss3.documentEntries().get(0);
        imaging = ss3.folders().get(0);

        ss4 = register(new Submission(SampleData.submissionSet(OTHER_PATIENT),
                List.of(entry("Document01", OTHER_PATIENT).build()), List.of(folder("Folder01", OTHER_PATIENT, DIAB)),
                List.of(member("AssocD1", "Document01"), member("AssocF", "Folder01"),
                        new Association("AssocFD", ASSOC_HAS_MEMBER, "Folder01", "Document01"),
                        member("AssocSFD", "AssocFD"))));
        othersDoc = ss4.documentEntries().get(0);
        othersFolder = ss4.folders().get(0);
    }

    private static SubmissionSet submissionSet(String time, Author author, Code contentType, String sourceId) {
        return SubmissionSet.builder("SubmissionSet01").patientId(new Cx(PATIENT)).uniqueId(SampleData.newOid())
                .sourceId(sourceId).submissionTime(time).author(author).contentTypeCode(contentType).build();
    }

    private static DocumentEntry.Builder entry(String id, String patient) {
        return SampleData.documentEntry(id, patient).hash("aaf4c61ddcc5e8a2dabede0f3b482cd9aea9434d").size(5L)
                .repositoryUniqueId(REPOSITORY_ID);
    }

    private static Folder folder(String id, String patient, Code code) {
        return Folder.builder(id).patientId(new Cx(patient)).uniqueId(SampleData.newOid())
                .title(new LocalizedString("Dossier " + code.code())).code(code).build();
    }

    private static Association member(String id, String target) {
        return new Association(id, ASSOC_HAS_MEMBER, "SubmissionSet01", target, null, "Original", List.of());
    }

    private Submission register(Submission submission) {
        return registry.register.register(SubmissionMapper.toEbRim(submission), TestRegistry.CALLER,
                Profile.ITI_42, new TransactionContext());
    }

    /** The id of the one association of this type from source to target (those the registry made included). */
    String association(String type, String source, String target) {
        try (Connection c = registry.database.dataSource().getConnection();
             PreparedStatement s = c.prepareStatement(
                     "SELECT uuid FROM association WHERE type = ? AND source_uuid = ? AND target_uuid = ?")) {
            s.setString(1, type);
            s.setString(2, source);
            s.setString(3, target);
            try (ResultSet rs = s.executeQuery()) {
                assertThat(rs.next()).as("association %s -> %s", source, target).isTrue();
                String uuid = rs.getString(1);
                assertThat(rs.next()).isFalse();
                return uuid;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Logically deletes a document entry (DMP status Deleted): out of every caller's scope from then on. */
    void delete(String entryUuid) {
        try (Connection c = registry.database.dataSource().getConnection()) {
            new Versions().setStatus(c, ObjectKind.DOCUMENT_ENTRY, entryUuid, STATUS_DMP_DELETED);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The HasMember association from source to target. */
    String hasMember(String source, String target) {
        return association(ASSOC_HAS_MEMBER, source, target);
    }

    /**
     * The ids a query returns, after checking that LeafClass and ObjectRef name the same objects in the same
     * order. {@code nameValues} alternates slot names and values, a name repeated for a repeated slot.
     */
    List<String> ids(String queryId, String... nameValues) {
        List<String> leafClass = run(queryId, "LeafClass", nameValues);
        List<String> objectRef = run(queryId, "ObjectRef", nameValues);
        assertThat(objectRef).as("ObjectRef and LeafClass answers").isEqualTo(leafClass);
        assertThat(leafClass).as("no object twice").doesNotHaveDuplicates();
        return leafClass;
    }

    private List<String> run(String queryId, String returnType, String... nameValues) {
        List<String> ids = new ArrayList<>();
        for (var element : registry.queries.query(request(queryId, returnType, nameValues), TestRegistry.CALLER,
                new TransactionContext()).getRegistryObjectList().getIdentifiable()) {
            ids.add(((IdentifiableType) element.getValue()).getId());
        }
        return ids;
    }

    /** The error code a query fails with, in LeafClass. */
    ErrorCode error(String queryId, String... nameValues) {
        XdsException e = catchThrowableOfType(() -> run(queryId, "LeafClass", nameValues), XdsException.class);
        assertThat(e).as("the query fails").isNotNull();
        return e.code();
    }

    static String quoted(String value) {
        return "'" + value + "'";
    }

    static String list(String... values) {
        List<String> quoted = new ArrayList<>();
        for (String v : values) {
            quoted.add(quoted(v));
        }
        return "(" + String.join(",", quoted) + ")";
    }

    @Override
    public void close() {
        registry.close();
    }
}

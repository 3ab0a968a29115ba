package org.carnet.registry.suite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.carnet.common.StoredQueryRequests.GET_DOCUMENTS;
import static org.carnet.common.StoredQueryRequests.request;
import static org.carnet.common.vocabulary.Vocabulary.DOC_ENTRY_UNIQUE_ID_SCHEME;
import static org.carnet.common.vocabulary.Vocabulary.FOLDER_UNIQUE_ID_SCHEME;
import static org.carnet.common.vocabulary.Vocabulary.NS_RIM;
import static org.carnet.common.vocabulary.Vocabulary.RETURN_TYPE_LEAF_CLASS;
import static org.carnet.common.vocabulary.Vocabulary.STATUS_APPROVED;
import static org.carnet.common.vocabulary.Vocabulary.STATUS_DEPRECATED;
import static org.carnet.common.vocabulary.Vocabulary.SUBMISSION_SET_UNIQUE_ID_SCHEME;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import jakarta.xml.bind.JAXBElement;

import org.carnet.common.ebrim.EbRimXml;
import org.carnet.common.error.ErrorCode;
import org.carnet.common.error.XdsError;
import org.carnet.common.error.XdsException;
import org.carnet.common.transaction.TransactionContext;
import org.carnet.common.validation.Profile;
import org.carnet.registry.TestRegistry;
import org.carnet.wsdl.lcm.SubmitObjectsRequest;
import org.carnet.wsdl.query.AdhocQueryRequest;
import org.carnet.wsdl.query.AdhocQueryResponse;
import org.carnet.wsdl.rim.ExtrinsicObjectType;
import org.carnet.wsdl.rim.IdentifiableType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;
import org.xmlunit.diff.Diff;

/**
 * ITI-42 Register Document Set-b (IHE ITI TF-2 3.42, metadata rules of ITI TF-3 4.1–4.3), driven by the
 * submissions under {@code src/test/resources/iti42/}, one case per file:
 * <ul>
 *   <li>{@code base/}: registered into a fresh registry before every case. {@code iti-42-base-other-patient.xml}
 *       (O1, OF1 of a second patient), {@code iti-42-base.xml} (E1, E2, E3 and folder F1, with pre-assigned
 *       ids that the cases refer to), then {@code iti-42-base-replaced.xml} (E4 replaces E3, so E3 is
 *       Deprecated).</li>
 *   <li>{@code valid/iti-42-<shape>.xml}: must be registered without error; then GetDocuments (LeafClass) of its
 *       document entries must return them as submitted ({@link RoundTrip}), and each
 *       {@code <!-- then: <entryUUID> is Approved|Deprecated -->} line must hold.</li>
 *   <li>{@code invalid/iti-42-<scenario>.xml}: one change from a valid file; the first line,
 *       {@code <!-- expect: <error code> @ <location> -->} ({@code ;}-separated when several errors are due, and
 *       {@code -} for no location), is exactly the list of errors the registry must answer with, locations being
 *       ids as the submitter wrote them; and nothing may be stored (ITI-42 is all or nothing, NIST 12084).</li>
 * </ul>
 */
class Iti42SuiteTest {
    static final String PATIENT = "248039263001064^^^&1.2.250.1.213.1.4.10&ISO^NH";
    static final String OTHER_PATIENT = "179105613712345^^^&1.2.250.1.213.1.4.10&ISO^NH";
    static final String E1 = "urn:uuid:c0de0000-0000-4000-8000-0000000000e1";
    static final String E2 = "urn:uuid:c0de0000-0000-4000-8000-0000000000e2";
    static final String E3 = "urn:uuid:c0de0000-0000-4000-8000-0000000000e3";
    static final String E4 = "urn:uuid:c0de0000-0000-4000-8000-0000000000e4";

    private static final String ROOT = "iti42/";
    private static final Pattern EXPECT = Pattern.compile("^<!-- expect: (.+?) -->");
    private static final Pattern EXPECTED_ERROR = Pattern.compile("(\\S+) @ (\\S+)");
    private static final Pattern THEN = Pattern.compile("<!-- then: (urn:uuid:\\S+) is (Approved|Deprecated) -->");
    /** What a refused submission must leave unchanged: every object and its status, and the index tables. */
    private static final List<String> STATE = List.of(
            "SELECT 'registry_object', COUNT(*) FROM registry_object",
            "SELECT 'document_code', COUNT(*) FROM document_code",
            "SELECT 'document_author', COUNT(*) FROM document_author",
            "SELECT 'folder_code', COUNT(*) FROM folder_code",
            "SELECT 'document_entry', uuid, status FROM document_entry ORDER BY uuid",
            "SELECT 'submission_set', uuid, status FROM submission_set ORDER BY uuid",
            "SELECT 'folder', uuid, status, last_update_time FROM folder ORDER BY uuid",
            "SELECT 'association', uuid, status FROM association ORDER BY uuid");

    private TestRegistry registry;
    /** Why the base's replaced entry E3 is not Deprecated, or null when it is. */
    private String replacedBaseProblem;

    static Stream<String> validFiles() {
        return files("valid");
    }

    static Stream<String> invalidFiles() {
        return files("invalid");
    }

    @BeforeEach
    void registerBase() {
        registry = new TestRegistry().open(PATIENT).open(OTHER_PATIENT);
        registerBaseFile("base/iti-42-base-other-patient.xml");
        registerBaseFile("base/iti-42-base.xml");
        try {
            register(resource("base/iti-42-base-replaced.xml"));
            String e3 = status(E3);
            if (!STATUS_DEPRECATED.equals(e3)) {
                replacedBaseProblem = "base/iti-42-base-replaced.xml was registered, but E3 (" + E3 + ") is " + e3
                        + " instead of Deprecated: RPLC did not deprecate its target";
            }
        } catch (XdsException e) {
            replacedBaseProblem = "base/iti-42-base-replaced.xml (E4 RPLC E3) was refused: " + describe(e.errors());
        }
    }

    @AfterEach
    void close() {
        registry.close();
    }

    /** The base every case starts from, including the replacement that leaves E3 Deprecated (NIST 11992). */
    @Test
    void baseIsRegisteredWithE3DeprecatedByE4() {
        assertThat(replacedBaseProblem).as("base/iti-42-base-replaced.xml").isNull();
        assertThat(List.of(status(E1), status(E2), status(E4))).containsOnly(STATUS_APPROVED);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validFiles")
    void validSubmissionIsRegisteredAndReturnedAsSubmitted(String file) throws Exception {
        byte[] xml = resource(file);
        requireReplacedBaseIfUsed(file, xml);

        try {
            register(xml);
        } catch (XdsException e) {
            fail(file + " was refused: " + describe(e.errors()));
        }

        Matcher then = THEN.matcher(text(xml));
        while (then.find()) {
            assertThat(status(then.group(1))).as("%s: status of %s afterwards", file, then.group(1))
                    .isEqualTo("Approved".equals(then.group(2)) ? STATUS_APPROVED : STATUS_DEPRECATED);
        }
        Map<String, Element> submittedPackages = packages(parse(xml).getDocumentElement());
        Map<String, Element> returnedPackages = getAllPackages();
        for (Map.Entry<String, Element> entry : submittedPackages.entrySet()) {
            assertThat(returnedPackages).as("%s: GetAll returns package %s", file, entry.getKey())
                    .containsKey(entry.getKey());
            Diff diff = RoundTrip.compare(entry.getValue(), returnedPackages.get(entry.getKey()));
            assertThat(diff.hasDifferences())
                    .as("%s: package %s as returned by GetAll differs from what was submitted: %s",
                            file, entry.getKey(), diff.fullDescription())
                    .isFalse();
        }
        Map<String, Element> submitted = documentEntries(parse(xml).getDocumentElement());
        if (submitted.isEmpty()) {
            return;
        }
        Map<String, Element> returned = getDocuments(submitted.keySet().stream().toList());
        assertThat(returned.keySet()).as("%s: uniqueIds returned by GetDocuments", file)
                .containsExactlyInAnyOrderElementsOf(submitted.keySet());
        for (Map.Entry<String, Element> entry : submitted.entrySet()) {
            Diff diff = RoundTrip.compare(entry.getValue(), returned.get(entry.getKey()));
            assertThat(diff.hasDifferences())
                    .as("%s: document entry %s as returned by GetDocuments differs from what was submitted: %s",
                            file, entry.getKey(), diff.fullDescription())
                    .isFalse();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidFiles")
    void invalidSubmissionIsRefusedWithTheExpectedErrorsAndNothingIsStored(String file) throws Exception {
        byte[] xml = resource(file);
        List<String> expected = expectedErrors(file, xml);
        requireReplacedBaseIfUsed(file, xml);
        List<String> before = state();

        List<XdsError> errors = null;
        try {
            register(xml);
        } catch (XdsException e) {
            errors = e.errors();
        }

        assertThat(errors).as("%s was accepted; expected %s", file, expected).isNotNull();
        assertThat(errors.stream().map(Iti42SuiteTest::codeAndLocation).toList())
                .as("%s: errors answered (in full: %s)", file, describe(errors))
                .containsExactlyInAnyOrderElementsOf(expected);
        assertThat(state()).as("%s: registry content after the refusal", file).isEqualTo(before);
    }

    // --- the registry under test -------------------------------------------------------------------------------

    private void register(byte[] xml) {
        registry.register.register(submitObjectsRequest(xml), TestRegistry.CALLER, Profile.ITI_42,
                new TransactionContext());
    }

    private void registerBaseFile(String file) {
        try {
            register(resource(file));
        } catch (XdsException e) {
            throw new AssertionError(file + " (the base every case starts from) was refused: " + describe(e.errors()),
                    e);
        }
    }

    /** Cases that refer to E3 or E4 need the replacement in the base; say so rather than fail for another reason. */
    private void requireReplacedBaseIfUsed(String file, byte[] xml) {
        String text = text(xml);
        if (replacedBaseProblem != null && (text.contains(E3) || text.contains(E4))) {
            fail(file + " refers to E3/E4, but the base is not in place: " + replacedBaseProblem);
        }
    }

    private String status(String entryUuid) {
        List<ExtrinsicObjectType> found = leafClass(request(GET_DOCUMENTS, RETURN_TYPE_LEAF_CLASS,
                "$XDSDocumentEntryEntryUUID", "('" + entryUuid + "')"));
        assertThat(found).as("GetDocuments of %s", entryUuid).hasSize(1);
        return found.get(0).getStatus();
    }

    /** GetDocuments (LeafClass) by uniqueId: uniqueId → the ExtrinsicObject returned, as XML. */
    private Map<String, Element> getDocuments(List<String> uniqueIds) throws Exception {
        String list = uniqueIds.stream().map(u -> "'" + u + "'").collect(Collectors.joining(",", "(", ")"));
        AdhocQueryResponse response = registry.queries.query(request(GET_DOCUMENTS, RETURN_TYPE_LEAF_CLASS,
                "$XDSDocumentEntryUniqueId", list), TestRegistry.CALLER, new TransactionContext());
        Map<String, Element> returned = new LinkedHashMap<>();
        for (JAXBElement<? extends IdentifiableType> element : response.getRegistryObjectList().getIdentifiable()) {
            Element xml = parse(EbRimXml.toXml(element)).getDocumentElement();
            returned.putAll(documentEntries(xml));
        }
        return returned;
    }

    private List<ExtrinsicObjectType> leafClass(AdhocQueryRequest request) {
        AdhocQueryResponse response = registry.queries.query(request, TestRegistry.CALLER, new TransactionContext());
        return response.getRegistryObjectList().getIdentifiable().stream()
                .map(JAXBElement::getValue)
                .filter(ExtrinsicObjectType.class::isInstance)
                .map(ExtrinsicObjectType.class::cast)
                .toList();
    }

    private List<String> state() throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = registry.database.dataSource().getConnection(); Statement s = c.createStatement()) {
            for (String sql : STATE) {
                try (ResultSet rs = s.executeQuery(sql)) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        StringBuilder row = new StringBuilder();
                        for (int i = 1; i <= columns; i++) {
                            row.append(i == 1 ? "" : " ").append(rs.getString(i));
                        }
                        rows.add(row.toString());
                    }
                }
            }
        }
        return rows;
    }

    // --- the files ---------------------------------------------------------------------------------------------

    private static Stream<String> files(String folder) {
        URL url = Iti42SuiteTest.class.getClassLoader().getResource(ROOT + folder);
        if (url == null) {
            throw new IllegalStateException("no test resources under " + ROOT + folder);
        }
        try (Stream<Path> paths = Files.list(Path.of(url.toURI()))) {
            return paths.map(p -> p.getFileName().toString())
                    .filter(name -> name.endsWith(".xml"))
                    .sorted()
                    .map(name -> folder + "/" + name)
                    .toList()
                    .stream();
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("cannot list " + url, e);
        }
    }

    private static byte[] resource(String file) {
        try (InputStream in = Iti42SuiteTest.class.getClassLoader().getResourceAsStream(ROOT + file)) {
            if (in == null) {
                throw new IllegalStateException("no test resource " + ROOT + file);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(byte[] xml) {
        return new String(xml, StandardCharsets.UTF_8);
    }

    private static SubmitObjectsRequest submitObjectsRequest(byte[] xml) {
        Object read = EbRimXml.read(new ByteArrayInputStream(xml));
        return (SubmitObjectsRequest) (read instanceof JAXBElement<?> element ? element.getValue() : read);
    }

    /** The first line's {@code expect:} list, as "code @ location"; every code must be a known wire string. */
    private static List<String> expectedErrors(String file, byte[] xml) {
        Matcher m = EXPECT.matcher(text(xml));
        if (!m.find()) {
            throw new IllegalStateException(file + " does not start with <!-- expect: <code> @ <location> -->");
        }
        List<String> expected = new ArrayList<>();
        for (String one : m.group(1).split(";")) {
            Matcher e = EXPECTED_ERROR.matcher(one.trim());
            if (!e.matches()) {
                throw new IllegalStateException(file + ": cannot read the expected error '" + one.trim() + "'");
            }
            expected.add(ErrorCode.ofWire(e.group(1)).wire() + " @ " + e.group(2));
        }
        return expected;
    }

    private static Document parse(byte[] xml) throws ParserConfigurationException, IOException, SAXException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    /** The rim:ExtrinsicObject elements at or under {@code root}, by their XDSDocumentEntry.uniqueId. */
    /** Submission sets and folders of both patients, by uniqueId, as GetAll returns them (every status). */
    private Map<String, Element> getAllPackages() throws Exception {
        Map<String, Element> returned = new LinkedHashMap<>();
        for (String patient : List.of(PATIENT, OTHER_PATIENT)) {
            String all = "('" + STATUS_APPROVED + "','" + STATUS_DEPRECATED + "')";
            AdhocQueryResponse response = registry.queries.query(request("urn:uuid:10b545ea-725c-446d-9b95-8aeb444eddf3",
                    RETURN_TYPE_LEAF_CLASS, "$patientId", "'" + patient + "'", "$XDSDocumentEntryStatus", all,
                    "$XDSSubmissionSetStatus", all, "$XDSFolderStatus", all), TestRegistry.CALLER,
                    new TransactionContext());
            for (JAXBElement<? extends IdentifiableType> element : response.getRegistryObjectList().getIdentifiable()) {
                returned.putAll(packages(parse(EbRimXml.toXml(element)).getDocumentElement()));
            }
        }
        return returned;
    }

    /** The RegistryPackages (submission sets, folders) under {@code root}, by their uniqueId. */
    private static Map<String, Element> packages(Element root) {
        return byUniqueId(root, "RegistryPackage", Set.of(SUBMISSION_SET_UNIQUE_ID_SCHEME, FOLDER_UNIQUE_ID_SCHEME));
    }

    private static Map<String, Element> documentEntries(Element root) {
        return byUniqueId(root, "ExtrinsicObject", Set.of(DOC_ENTRY_UNIQUE_ID_SCHEME));
    }

    private static Map<String, Element> byUniqueId(Element root, String localName, Set<String> schemes) {
        List<Element> candidates = new ArrayList<>();
        if (NS_RIM.equals(root.getNamespaceURI()) && localName.equals(root.getLocalName())) {
            candidates.add(root);
        }
        NodeList nested = root.getElementsByTagNameNS(NS_RIM, localName);
        for (int i = 0; i < nested.getLength(); i++) {
            candidates.add((Element) nested.item(i));
        }
        Map<String, Element> byUniqueId = new LinkedHashMap<>();
        for (Element eo : candidates) {
            NodeList ids = eo.getElementsByTagNameNS(NS_RIM, "ExternalIdentifier");
            for (int i = 0; i < ids.getLength(); i++) {
                Element id = (Element) ids.item(i);
                if (schemes.contains(id.getAttribute("identificationScheme"))) {
                    byUniqueId.put(id.getAttribute("value"), eo);
                }
            }
        }
        return byUniqueId;
    }

    private static String codeAndLocation(XdsError error) {
        return error.code().wire() + " @ " + (error.location() == null ? "-" : error.location())
                + (error.isError() ? "" : " (warning)");
    }

    private static String describe(List<XdsError> errors) {
        return errors.stream().map(e -> codeAndLocation(e) + " [" + e.codeContext() + "]")
                .collect(Collectors.joining("; "));
    }
}

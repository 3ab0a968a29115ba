package org.carnet.server.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carnet.server.it.ApiClient.dossier;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.carnet.common.SampleData;
import org.carnet.common.access.AccessMode;
import org.carnet.common.metadata.Code;
import org.carnet.common.metadata.Cx;
import org.carnet.common.metadata.DocumentEntry;
import org.carnet.common.security.TestVihfIssuer.Professional;
import org.carnet.server.it.ApiClient.Answer;
import org.carnet.wsdl.ihe.RetrieveDocumentSetResponseType;
import org.carnet.wsdl.query.AdhocQueryResponse;
import org.carnet.wsdl.rim.AssociationType1;
import org.carnet.wsdl.rim.ExtrinsicObjectType;
import org.carnet.wsdl.rim.IdentifiableType;
import org.carnet.wsdl.rs.RegistryError;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * One dossier seen by everyone the DMP rules distinguish (issue 5), end to end: professionals over SOAP with VIHF
 * assertions signed at test time, the patient over the HTTP API with a token, the dossier's standings set through
 * that API. The dossier holds a hospital report, a masked imaging report and a biology report invisible to the
 * patient, fed by their author; for each caller, the exact documents FindDocuments, GetAll and GetAssociations
 * return, and what ITI-43 answers.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AccessControlIT {
    static final String AUDIENCE = "carnet-it";
    static final String PATIENT = "279035121518989^^^&1.2.250.1.213.1.4.10&ISO^NH";
    static final String GET_ALL = "urn:uuid:10b545ea-725c-446d-9b95-8aeb444eddf3";
    static final String GET_ASSOCIATIONS = "urn:uuid:a7ae438b-4bc2-4642-93e9-be891f7bb155";
    static final String APPROVED = "('urn:oasis:names:tc:ebxml-regrep:StatusType:Approved')";
    static final Code MASQUE_PS = new Code("MASQUE_PS", "1.2.250.1.213.1.1.4.13", "Masqué aux PS");
    static final Code INVISIBLE_PATIENT = new Code("INVISIBLE_PATIENT", "1.2.250.1.213.1.1.4.13", "Invisible");
    static final Code INVISIBLE_REPRESENTANTS_LEGAUX = new Code("INVISIBLE_REPRESENTANTS_LEGAUX",
            "1.2.250.1.213.1.1.4.13", "Invisible aux représentants légaux");

    @TempDir
    static Path folder;
    static TestIdentityProvider patients;
    static TestIdentityProvider professionals;
    static TestNode node;
    static ApiClient api;
    /** uniqueId by label: Report, Masked, Biology. */
    static final Map<String, String> documents = new LinkedHashMap<>();
    static final Map<String, String> labelByUuid = new HashMap<>();

    @BeforeAll
    static void start() throws Exception {
        patients = TestIdentityProvider.rsa("https://patients.example.test", folder);
        professionals = TestIdentityProvider.ec("https://pro.example.test", folder);
        String[] trust = Vihfs.trustingNode(folder);
        node = new TestNode(folder.resolve("data"), trust[0], trust[1], trust[2],
                "api.patientTokens.issuer=" + patients.issuer(), "api.patientTokens.key=" + patients.keyFile(),
                "api.professionalTokens.issuer=" + professionals.issuer(),
                "api.professionalTokens.key=" + professionals.keyFile(), "api.tokens.audience=" + AUDIENCE);
        api = new ApiClient(node.baseUrl());

        assertThat(api.send("POST", "/api/dossiers", patientToken(), null).status()).isEqualTo(201);
        assertThat(api.send("PUT", standing(Vihfs.MEDECIN_TRAITANT, "medecin-traitant"),
                token(Vihfs.MEDECIN_TRAITANT), null).status()).isEqualTo(200);
        assertThat(api.send("PUT", standing(Vihfs.NURSE, "authorisation"), token(Vihfs.NURSE), null).status())
                .isEqualTo(200);
        assertThat(api.send("PUT", standing(Vihfs.BLOCKED, "authorisation"), token(Vihfs.BLOCKED), null).status())
                .isEqualTo(200);
        assertThat(api.send("PUT", standing(Vihfs.BLOCKED, "block"), patientToken(), null).status()).isEqualTo(200);

        feed("Report", "34112-3");
        feed("Masked", "18748-4", MASQUE_PS);
        feed("Biology", "11502-2", INVISIBLE_PATIENT);
        feed("Minor", "34112-3", INVISIBLE_REPRESENTANTS_LEGAUX);
        // the entryUUIDs the registry gave, for GetAssociations
        assertThat(labels(as(Vihfs.MEDECIN_TRAITANT, AccessMode.NORMAL).findDocuments(PATIENT))).hasSize(4);
    }

    @AfterAll
    static void stop() {
        node.close();
    }

    static String patientToken() throws Exception {
        return patients.token(AUDIENCE, Map.of("ins", PATIENT, "name", "PATIENTE DU TEST"));
    }

    static String token(Professional who) throws Exception {
        Map<String, Object> claims = new HashMap<>(Map.of("national_id", who.nationalId(), "profession_code",
                who.profession(), "structure_id", who.structureId(), "name", who.name()));
        if (who.speciality() != null) {
            claims.put("speciality_code", who.speciality());
        }
        return professionals.token(AUDIENCE, claims);
    }

    static String standing(Professional who, String standing) {
        return dossier(PATIENT, "/professionals/" + who.nationalId() + "/" + standing);
    }

    /** The author of the DMP samples feeds a document over ITI-41 with their own VIHF. */
    static void feed(String label, String type, Code... confidentiality) {
        DocumentEntry.Builder de = SampleData.documentEntry("Document01", PATIENT)
                .typeCode(new Code(type, "2.16.840.1.113883.6.1", label));
        for (Code c : confidentiality) {
            de.confidentialityCode(c);
        }
        DocumentEntry entry = de.build();
        var response = as(Vihfs.SAMPLE_AUTHOR, AccessMode.NORMAL).provide(SampleData.submission(PATIENT,
                List.of(entry)), Map.of("Document01", SampleData.content(label)));
        assertThat(response.getStatus()).as(label).endsWith("ResponseStatusType:Success");
        documents.put(label, entry.uniqueId());
    }

    static XdsClient as(Professional who, AccessMode mode) {
        return new XdsClient(node, true).as(Vihfs.ISSUER.assertion(who, PATIENT, mode));
    }

    /** What one professional gets through ITI-18 and ITI-43. */
    record View(Set<String> found, Set<String> allDocuments, Set<String> associationTargets, Set<String> read,
                List<String> refusals) {
    }

    static View view(Professional who, AccessMode mode) {
        XdsClient client = as(who, mode);
        AdhocQueryResponse find = client.findDocuments(PATIENT);
        AdhocQueryResponse all = client.query(GET_ALL, "LeafClass", "$patientId", "'" + PATIENT + "'",
                "$XDSDocumentEntryStatus", APPROVED, "$XDSSubmissionSetStatus", APPROVED, "$XDSFolderStatus",
                APPROVED);
        AdhocQueryResponse associations = client.query(GET_ASSOCIATIONS, "LeafClass", "$uuid",
                "(" + String.join(",", labelByUuid.keySet().stream().map(u -> "'" + u + "'").toList()) + ")");
        RetrieveDocumentSetResponseType read = client.retrieve(XdsNodeIT.REPOSITORY_ID,
                documents.values().toArray(String[]::new));
        List<String> refusals = new java.util.ArrayList<>();
        for (AdhocQueryResponse r : List.of(find, all)) {
            if (r.getRegistryErrorList() != null) {
                r.getRegistryErrorList().getRegistryError().stream().map(RegistryError::getCodeContext)
                        .map(c -> c.replaceAll(":.*", "")).forEach(refusals::add);
            }
        }
        return new View(labels(find), new TreeSet<>(labels(all).stream().filter(documents::containsKey).toList()),
                associationTargets(associations),
                new TreeSet<>(read.getDocumentResponse().stream().map(d -> label(d.getDocumentUniqueId())).toList()),
                refusals);
    }

    static Set<String> labels(AdhocQueryResponse response) {
        Set<String> found = new TreeSet<>();
        for (var e : response.getRegistryObjectList() == null ? List.<jakarta.xml.bind.JAXBElement<
                ? extends IdentifiableType>>of() : response.getRegistryObjectList().getIdentifiable()) {
            if (e.getValue() instanceof ExtrinsicObjectType eo) {
                String uniqueId = eo.getExternalIdentifier().stream()
                        .filter(x -> x.getIdentificationScheme().equals("urn:uuid:2e82c1f6-a085-4c72-9da3-8640a32e42ab"))
                        .findFirst().orElseThrow().getValue();
                labelByUuid.put(eo.getId(), label(uniqueId));
                found.add(label(uniqueId));
            }
        }
        return found;
    }

    static Set<String> associationTargets(AdhocQueryResponse response) {
        Set<String> targets = new TreeSet<>();
        for (var e : response.getRegistryObjectList().getIdentifiable()) {
            if (e.getValue() instanceof AssociationType1 a) {
                targets.add(labelByUuid.getOrDefault(a.getTargetObject(), "other"));
            }
        }
        return targets;
    }

    static String label(String uniqueId) {
        return documents.entrySet().stream().filter(e -> e.getValue().equals(uniqueId)).map(Map.Entry::getKey)
                .findFirst().orElse(uniqueId);
    }

    @Test
    @Order(1)
    void theMedecinTraitantSeesAndReadsEverything() {
        View view = view(Vihfs.MEDECIN_TRAITANT, AccessMode.NORMAL);
        assertThat(view.found()).containsExactly("Biology", "Masked", "Minor", "Report");
        assertThat(view.allDocuments()).containsExactly("Biology", "Masked", "Minor", "Report");
        assertThat(view.associationTargets()).containsExactly("Biology", "Masked", "Minor", "Report");
        assertThat(view.read()).containsExactly("Biology", "Masked", "Minor", "Report");
        assertThat(view.refusals()).isEmpty();
    }

    @Test
    @Order(2)
    void anAuthorisedNurseFindsAllButTheMaskedOneAndReadsWhatTheMatrixAllows() {
        View view = view(Vihfs.NURSE, AccessMode.NORMAL);
        assertThat(view.found()).containsExactly("Biology", "Minor", "Report");
        assertThat(view.allDocuments()).containsExactly("Biology", "Minor", "Report");
        assertThat(view.associationTargets()).containsExactly("Biology", "Minor", "Report");
        assertThat(view.read()).containsExactly("Biology");
    }

    @Test
    @Order(3)
    void anUnauthorisedPhysicianIsRefusedAndReadsNothing() {
        View view = view(Vihfs.PHYSICIAN, AccessMode.NORMAL);
        assertThat(view.refusals()).containsExactly("access refused by DMP rule NOT_AUTHORISED",
                "access refused by DMP rule NOT_AUTHORISED");
        assertThat(view.found()).isEmpty();
        assertThat(view.associationTargets()).isEmpty();
        assertThat(view.read()).isEmpty();
    }

    @Test
    @Order(4)
    void aBlockedPhysicianIsRefusedEvenThoughAuthorised() {
        View view = view(Vihfs.BLOCKED, AccessMode.NORMAL);
        assertThat(view.refusals()).containsExactly("access refused by DMP rule BLOCKED_BY_PATIENT",
                "access refused by DMP rule BLOCKED_BY_PATIENT");
        assertThat(view.associationTargets()).isEmpty();
        assertThat(view.read()).isEmpty();
    }

    @Test
    @Order(5)
    void thePatientSeesAllButWhatIsInvisibleToThem() throws Exception {
        Answer list = api.send("GET", dossier(PATIENT, "/documents"), patientToken(), null);
        assertThat(list.status()).isEqualTo(200);
        Set<String> listed = new TreeSet<>();
        list.json().forEach(d -> listed.add(label(d.path("uniqueId").asText())));
        assertThat(listed).containsExactly("Masked", "Minor", "Report");

        var report = api.getBytes(dossier(PATIENT, "/documents/" + documents.get("Report")), patientToken());
        assertThat(report.statusCode()).isEqualTo(200);
        assertThat(report.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/xml");
        assertThat(report.body()).isEqualTo(SampleData.content("Report"));
        // invisible to the patient: answered exactly as a document that does not exist
        var invisible = api.getBytes(dossier(PATIENT, "/documents/" + documents.get("Biology")), patientToken());
        var unknown = api.getBytes(dossier(PATIENT, "/documents/1.2.3.4.5"), patientToken());
        assertThat(invisible.statusCode()).isEqualTo(404);
        assertThat(new String(invisible.body(), StandardCharsets.UTF_8))
                .isEqualTo(new String(unknown.body(), StandardCharsets.UTF_8));
    }

    @Test
    @Order(6)
    void aLegalRepresentativeSeesWhatThePatientSeesButWhatIsHiddenFromRepresentatives() throws Exception {
        String representative = patients.token(AUDIENCE, Map.of("ins", PATIENT, "representative_id",
                "REP-0001", "name", "PARENT DU TEST"));
        Answer list = api.send("GET", dossier(PATIENT, "/documents"), representative, null);
        assertThat(list.status()).isEqualTo(200);
        Set<String> listed = new TreeSet<>();
        list.json().forEach(d -> listed.add(label(d.path("uniqueId").asText())));
        assertThat(listed).containsExactly("Masked", "Report");

        var report = api.getBytes(dossier(PATIENT, "/documents/" + documents.get("Report")), representative);
        assertThat(report.body()).isEqualTo(SampleData.content("Report"));
        var hidden = api.getBytes(dossier(PATIENT, "/documents/" + documents.get("Minor")), representative);
        var unknown = api.getBytes(dossier(PATIENT, "/documents/1.2.3.4.5"), representative);
        assertThat(hidden.statusCode()).isEqualTo(404);
        assertThat(hidden.body()).isEqualTo(unknown.body());
        // the minor, with their own token, still sees it
        assertThat(api.getBytes(dossier(PATIENT, "/documents/" + documents.get("Minor")), patientToken())
                .statusCode()).isEqualTo(200);
        // acting for this minor only
        assertThat(api.send("GET", dossier("111111111111111^^^&1.2.250.1.213.1.4.10&ISO^NH", "/documents"),
                representative, null).status()).isEqualTo(403);
    }

    @Test
    @Order(7)
    void emergencyAccessSeesAllButMaskedDocumentsAndThePatientIsTold() throws Exception {
        View view = view(Vihfs.EMERGENCY, AccessMode.BRIS_DE_GLACE);
        assertThat(view.found()).containsExactly("Biology", "Minor", "Report");
        assertThat(view.associationTargets()).containsExactly("Biology", "Minor", "Report");
        assertThat(view.read()).containsExactly("Biology", "Minor", "Report");

        Answer notifications = api.send("GET", dossier(PATIENT, "/notifications"), patientToken(), null);
        assertThat(notifications.status()).isEqualTo(200);
        assertThat(notifications.response().body()).contains("EMERGENCY_ACCESS")
                .contains(Vihfs.EMERGENCY.nationalId()).contains("bris_de_glace");
    }

    @Test
    @Order(8)
    void emergencyAccessIsRefusedOnceThePatientOpposedIt() throws Exception {
        assertThat(api.send("PUT", dossier(PATIENT, "/oppositions"), patientToken(),
                "{\"brisDeGlace\":true,\"centre15\":false,\"emergencyMaySeeMasked\":false}").status())
                .isEqualTo(200);

        View view = view(Vihfs.EMERGENCY, AccessMode.BRIS_DE_GLACE);
        assertThat(view.refusals()).containsExactly("access refused by DMP rule EMERGENCY_OPPOSED",
                "access refused by DMP rule EMERGENCY_OPPOSED");
        assertThat(view.associationTargets()).isEmpty();
        assertThat(view.read()).isEmpty();
        // centre 15 was not opposed
        assertThat(view(Vihfs.EMERGENCY, AccessMode.CENTRE_15).found()).containsExactly("Biology", "Minor", "Report");
    }

    @Test
    @Order(9)
    void aVihfOpensOnlyTheDossierItNames() {
        XdsClient other = new XdsClient(node, true).as(Vihfs.ISSUER.assertion(Vihfs.MEDECIN_TRAITANT,
                "111111111111111^^^&1.2.250.1.213.1.4.10&ISO^NH", AccessMode.NORMAL));
        AdhocQueryResponse find = other.findDocuments(PATIENT);
        assertThat(find.getRegistryErrorList().getRegistryError()).singleElement().satisfies(e ->
                assertThat(e.getCodeContext()).startsWith("access refused: the VIHF assertion is for the dossier of "
                        + new Cx("111111111111111^^^&1.2.250.1.213.1.4.10&ISO^NH").key()));
        assertThat(other.retrieve(XdsNodeIT.REPOSITORY_ID, documents.values().toArray(String[]::new))
                .getDocumentResponse()).isEmpty();
    }

    @Test
    @Order(10)
    void aMinorsConnexionSecreteDepositsOnlyWhatIsHiddenFromTheLegalRepresentatives() throws Exception {
        XdsClient secret = new XdsClient(node, true).as(Vihfs.ISSUER.secretConnectionAssertion(Vihfs.SAMPLE_AUTHOR,
                PATIENT));
        DocumentEntry visible = SampleData.documentEntry("Document01", PATIENT).build();
        var refused = secret.provide(SampleData.submission(PATIENT, List.of(visible)),
                Map.of("Document01", SampleData.content("seen by the parents")));
        assertThat(refused.getStatus()).endsWith("ResponseStatusType:Failure");
        assertThat(refused.getRegistryErrorList().getRegistryError()).extracting(RegistryError::getCodeContext)
                .anySatisfy(c -> assertThat(c).contains("SECRET_CONNECTION_FEEDS_ONLY_HIDDEN_FROM_REPRESENTATIVES"));

        DocumentEntry hidden = SampleData.documentEntry("Document01", PATIENT)
                .confidentialityCode(INVISIBLE_REPRESENTANTS_LEGAUX).build();
        assertThat(secret.provide(SampleData.submission(PATIENT, List.of(hidden)),
                Map.of("Document01", SampleData.content("the minor's own"))).getStatus())
                .endsWith("ResponseStatusType:Success");
        documents.put("Secret", hidden.uniqueId());
        String representative = patients.token(AUDIENCE, Map.of("ins", PATIENT, "representative_id", "REP-0001"));
        assertThat(api.getBytes(dossier(PATIENT, "/documents/" + hidden.uniqueId()), representative).statusCode())
                .isEqualTo(404);
        assertThat(api.getBytes(dossier(PATIENT, "/documents/" + hidden.uniqueId()), patientToken()).statusCode())
                .isEqualTo(200);
    }
}

package org.carnet.registry.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carnet.common.StoredQueryRequests.FIND_DOCUMENTS;
import static org.carnet.common.StoredQueryRequests.request;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.carnet.common.ebrim.DocumentEntryMapper;
import org.carnet.common.ebrim.EbRimXml;
import org.carnet.common.error.ErrorList;
import org.carnet.common.metadata.Code;
import org.carnet.common.metadata.DocumentEntry;
import org.carnet.common.transaction.TransactionContext;
import org.carnet.common.validation.Profile;
import org.carnet.registry.TestRegistry;
import org.carnet.wsdl.lcm.SubmitObjectsRequest;
import org.carnet.wsdl.rim.ExtrinsicObjectType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The DMP's own masking request (TD3.3a, the ITI-57 template of the DMP sample code, in ../shared/samples/dmp):
 * a new version of a document entry that adds MASQUE_PS. The template is the SubmitObjectsRequest as the DMP's
 * software fills it, without namespace declarations (its code adds them); the test adds only those. The entry
 * it updates is registered first, and brought to version 5, the version the template names as previous.
 */
class DmpMaskingTemplateTest {
    static final Path TEMPLATE = Path.of("").toAbsolutePath().getParent().getParent()
            .resolve("shared/samples/dmp/TD3.3a_ITI-57_masquage_template.xml");
    static final String PATIENT = "279035121518989^^^&1.2.250.1.213.1.4.10&ISO^NH";
    static final String LOGICAL_ID = "urn:uuid:4f196ae8-5549-11e9-9478-0050569e422e";
    static final String SUBMISSION_SET_UNIQUE_ID = "1.2.250.1.999.1.1.7898.1.11086546546865";

    private final TestRegistry registry = new TestRegistry().open(PATIENT);

    @AfterEach
    void close() {
        registry.close();
    }

    private static SubmitObjectsRequest parse(String template) {
        String qualified = template.replace("<SubmitObjectsRequest >", "<lcm:SubmitObjectsRequest "
                        + "xmlns:lcm=\"urn:oasis:names:tc:ebxml-regrep:xsd:lcm:3.0\" "
                        + "xmlns=\"urn:oasis:names:tc:ebxml-regrep:xsd:rim:3.0\">")
                .replace("</SubmitObjectsRequest>", "</lcm:SubmitObjectsRequest>");
        return (SubmitObjectsRequest) EbRimXml.read(new ByteArrayInputStream(qualified.getBytes(StandardCharsets.UTF_8)));
    }

    private static String withPreviousVersion(String template, int previous) {
        return template.replace("<Value>5</Value>", "<Value>" + previous + "</Value>")
                .replace(SUBMISSION_SET_UNIQUE_ID, SUBMISSION_SET_UNIQUE_ID + "." + previous);
    }

    @Test
    void theDmpMaskingRequestIsAcceptedAsTheSixthVersion() throws Exception {
        Assumptions.assumeTrue(Files.exists(TEMPLATE), "the DMP samples are not beside this checkout");
        String template = Files.readString(TEMPLATE, StandardCharsets.UTF_8);
        // version 1: the same entry, registered under its logical id
        registry.register.register(parse(withPreviousVersion(template, 0)
                .replace("id=\"Document01\"", "id=\"" + LOGICAL_ID + "\"")
                .replace("targetObject=\"Document01\"", "targetObject=\"" + LOGICAL_ID + "\"")),
                TestRegistry.CALLER, Profile.ITI_42, new TransactionContext());
        for (int previous = 1; previous <= 4; previous++) {
            registry.register.register(parse(withPreviousVersion(template, previous)), TestRegistry.CALLER,
                    Profile.ITI_57, new TransactionContext());
        }

        registry.register.register(parse(template), TestRegistry.CALLER, Profile.ITI_57, new TransactionContext());

        DocumentEntry current = registry.queries.query(request(FIND_DOCUMENTS, "LeafClass",
                        "$XDSDocumentEntryPatientId", "'" + PATIENT + "'",
                        "$XDSDocumentEntryStatus", "('urn:oasis:names:tc:ebxml-regrep:StatusType:Approved')"),
                TestRegistry.CALLER, new TransactionContext()).getRegistryObjectList().getIdentifiable().stream()
                .map(e -> DocumentEntryMapper.fromEbRim((ExtrinsicObjectType) e.getValue(), new ErrorList()))
                .reduce((a, b) -> {
                    throw new AssertionError("more than one Approved version");
                }).orElseThrow();
        assertThat(current.logicalId()).isEqualTo(LOGICAL_ID);
        assertThat(current.version()).isEqualTo("6");
        assertThat(current.confidentialityCodes()).extracting(Code::code).contains("MASQUE_PS");
    }
}

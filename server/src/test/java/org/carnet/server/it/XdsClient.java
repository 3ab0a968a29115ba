package org.carnet.server.it;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.xml.ws.BindingProvider;
import jakarta.xml.ws.soap.AddressingFeature;
import jakarta.xml.ws.soap.MTOMFeature;

import org.carnet.common.ebrim.SubmissionMapper;
import org.carnet.common.metadata.DocumentEntry;
import org.carnet.common.metadata.Submission;
import org.carnet.wsdl.ihe.DocumentRegistryPortType;
import org.carnet.wsdl.ihe.DocumentRegistryService;
import org.carnet.wsdl.ihe.DocumentRepositoryPortType;
import org.carnet.wsdl.ihe.DocumentRepositoryService;
import org.carnet.wsdl.ihe.DocumentRequestType;
import org.carnet.wsdl.ihe.ProvideAndRegisterDocumentSetRequestType;
import org.carnet.wsdl.ihe.RetrieveDocumentSetRequestType;
import org.carnet.wsdl.ihe.RetrieveDocumentSetResponseType;
import org.carnet.wsdl.query.AdhocQueryRequest;
import org.carnet.wsdl.query.AdhocQueryResponse;
import org.carnet.wsdl.query.ResponseOptionType;
import org.carnet.wsdl.rim.AdhocQueryType;
import org.carnet.wsdl.rim.SlotType1;
import org.carnet.wsdl.rim.ValueListType;
import org.carnet.wsdl.rs.RegistryResponseType;

/** A document source and consumer as a hospital system would be: a CXF JAX-WS client, MTOM on or off. */
final class XdsClient {
    static final String FIND_DOCUMENTS = "urn:uuid:14d4debf-8f97-4251-9a74-a90016b0af0d";
    static final String GET_DOCUMENTS = "urn:uuid:5c4f972b-d56b-40ac-a5fc-c8ca9b40b9d4";
    static final String APPROVED = "('urn:oasis:names:tc:ebxml-regrep:StatusType:Approved')";

    private final DocumentRepositoryPortType repository;
    private final DocumentRegistryPortType registry;

    XdsClient(TestNode node, boolean mtom) {
        repository = new DocumentRepositoryService().getDocumentRepositoryPortSoap12(new AddressingFeature(true, true),
                new MTOMFeature(mtom));
        ((BindingProvider) repository).getRequestContext().put(BindingProvider.ENDPOINT_ADDRESS_PROPERTY,
                node.repositoryUrl());
        registry = new DocumentRegistryService().getDocumentRegistryPortSoap12(new AddressingFeature(true, true));
        ((BindingProvider) registry).getRequestContext().put(BindingProvider.ENDPOINT_ADDRESS_PROPERTY,
                node.registryUrl());
    }

    RegistryResponseType provide(Submission submission, Map<String, byte[]> documentsByEntryId) {
        ProvideAndRegisterDocumentSetRequestType request = new ProvideAndRegisterDocumentSetRequestType();
        request.setSubmitObjectsRequest(SubmissionMapper.toEbRim(submission));
        documentsByEntryId.forEach((id, bytes) -> {
            ProvideAndRegisterDocumentSetRequestType.Document d = new ProvideAndRegisterDocumentSetRequestType.Document();
            d.setId(id);
            d.setValue(bytes);
            request.getDocument().add(d);
        });
        return repository.documentRepositoryProvideAndRegisterDocumentSetB(request);
    }

    RegistryResponseType register(Submission submission) {
        return registry.documentRegistryRegisterDocumentSetB(SubmissionMapper.toEbRim(submission));
    }

    RetrieveDocumentSetResponseType retrieve(String repositoryId, String... documentUniqueIds) {
        RetrieveDocumentSetRequestType request = new RetrieveDocumentSetRequestType();
        for (String id : documentUniqueIds) {
            DocumentRequestType r = new DocumentRequestType();
            r.setRepositoryUniqueId(repositoryId);
            r.setDocumentUniqueId(id);
            request.getDocumentRequest().add(r);
        }
        return repository.documentRepositoryRetrieveDocumentSet(request);
    }

    AdhocQueryResponse query(String queryId, String returnType, String... nameValues) {
        AdhocQueryRequest request = new AdhocQueryRequest();
        ResponseOptionType option = new ResponseOptionType();
        option.setReturnType(returnType);
        option.setReturnComposedObjects(true);
        request.setResponseOption(option);
        AdhocQueryType query = new AdhocQueryType();
        query.setId(queryId);
        for (int i = 0; i < nameValues.length; i += 2) {
            SlotType1 slot = new SlotType1();
            slot.setName(nameValues[i]);
            ValueListType values = new ValueListType();
            values.getValue().add(nameValues[i + 1]);
            slot.setValueList(values);
            query.getSlot().add(slot);
        }
        request.setAdhocQuery(query);
        return registry.documentRegistryRegistryStoredQuery(request);
    }

    AdhocQueryResponse findDocuments(String patientId) {
        return query(FIND_DOCUMENTS, "LeafClass", "$XDSDocumentEntryPatientId", "'" + patientId + "'",
                "$XDSDocumentEntryStatus", APPROVED);
    }

    static List<String> uniqueIds(List<DocumentEntry> entries) {
        List<String> ids = new ArrayList<>();
        entries.forEach(e -> ids.add(e.uniqueId()));
        return ids;
    }
}

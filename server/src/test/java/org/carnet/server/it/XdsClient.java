package org.carnet.server.it;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.net.ssl.SSLContext;
import javax.xml.namespace.QName;

import jakarta.xml.ws.BindingProvider;
import jakarta.xml.ws.soap.AddressingFeature;
import jakarta.xml.ws.soap.MTOMFeature;

import org.apache.cxf.configuration.jsse.TLSClientParameters;
import org.apache.cxf.frontend.ClientProxy;
import org.apache.cxf.headers.Header;
import org.apache.cxf.transport.http.HTTPConduit;
import org.carnet.common.StoredQueryRequests;
import org.carnet.common.ebrim.SubmissionMapper;
import org.carnet.common.metadata.Submission;
import org.carnet.common.security.WsNamespaces;
import org.carnet.common.xml.SecureXml;
import org.carnet.wsdl.ihe.DocumentRegistryPortType;
import org.carnet.wsdl.ihe.DocumentRegistryService;
import org.carnet.wsdl.ihe.DocumentRepositoryPortType;
import org.carnet.wsdl.ihe.DocumentRepositoryService;
import org.carnet.wsdl.ihe.DocumentRequestType;
import org.carnet.wsdl.ihe.ProvideAndRegisterDocumentSetRequestType;
import org.carnet.wsdl.ihe.RetrieveDocumentSetRequestType;
import org.carnet.wsdl.ihe.RetrieveDocumentSetResponseType;
import org.carnet.wsdl.lcm.RemoveObjectsRequest;
import org.carnet.wsdl.query.AdhocQueryResponse;
import org.carnet.wsdl.rim.ObjectRefListType;
import org.carnet.wsdl.rim.ObjectRefType;
import org.carnet.wsdl.rs.RegistryResponseType;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;

/** A document source and consumer as a hospital system would be: a CXF JAX-WS client, MTOM on or off. */
final class XdsClient {
    static final String GET_DOCUMENTS = StoredQueryRequests.GET_DOCUMENTS;

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

    /** Connects over TLS with this context: its key is the client certificate, its trust the node's CA. */
    XdsClient over(SSLContext tls) {
        for (Object port : List.of(repository, registry)) {
            TLSClientParameters parameters = new TLSClientParameters();
            parameters.setSslContext(tls);
            ((HTTPConduit) ClientProxy.getClient(port).getConduit()).setTlsClientParameters(parameters);
        }
        return this;
    }

    /** Sends every later request with this VIHF assertion in a wsse:Security header, as DMP clients do. */
    XdsClient as(String assertion) {
        try {
            Element security = SecureXml.documentBuilder().parse(new InputSource(new StringReader(
                    "<wsse:Security xmlns:wsse=\"" + WsNamespaces.WSSE + "\">" + assertion + "</wsse:Security>")))
                    .getDocumentElement();
            List<Header> headers = new ArrayList<>(List.of(new Header(new QName(WsNamespaces.WSSE, "Security"),
                    security)));
            ((BindingProvider) repository).getRequestContext().put(Header.HEADER_LIST, headers);
            ((BindingProvider) registry).getRequestContext().put(Header.HEADER_LIST, headers);
            return this;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
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
        return repository.documentRepositoryRetrieveDocumentSet(documentRequests(repositoryId, documentUniqueIds));
    }

    /** ITI-43 and ITI-86 name documents the same way. */
    private static RetrieveDocumentSetRequestType documentRequests(String repositoryId, String... documentUniqueIds) {
        RetrieveDocumentSetRequestType request = new RetrieveDocumentSetRequestType();
        for (String id : documentUniqueIds) {
            DocumentRequestType r = new DocumentRequestType();
            r.setRepositoryUniqueId(repositoryId);
            r.setDocumentUniqueId(id);
            request.getDocumentRequest().add(r);
        }
        return request;
    }

    RegistryResponseType delete(String... entryUuids) {
        RemoveObjectsRequest request = new RemoveObjectsRequest();
        ObjectRefListType refs = new ObjectRefListType();
        for (String id : entryUuids) {
            ObjectRefType ref = new ObjectRefType();
            ref.setId(id);
            refs.getObjectRef().add(ref);
        }
        request.setObjectRefList(refs);
        return registry.documentRegistryDeleteDocumentSet(request);
    }

    RegistryResponseType remove(String repositoryId, String... documentUniqueIds) {
        return repository.documentRepositoryRemoveDocuments(documentRequests(repositoryId, documentUniqueIds));
    }

    AdhocQueryResponse query(String queryId, String returnType, String... nameValues) {
        return registry.documentRegistryRegistryStoredQuery(StoredQueryRequests.request(queryId, returnType,
                nameValues));
    }

    AdhocQueryResponse findDocuments(String patientId) {
        return query(StoredQueryRequests.FIND_DOCUMENTS, "LeafClass", "$XDSDocumentEntryPatientId", "'" + patientId + "'",
                "$XDSDocumentEntryStatus", StoredQueryRequests.APPROVED);
    }
}

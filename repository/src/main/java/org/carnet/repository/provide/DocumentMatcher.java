package org.carnet.repository.provide;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.carnet.common.error.ErrorCode;
import org.carnet.common.error.ErrorList;
import org.carnet.common.metadata.DocumentEntry;
import org.carnet.wsdl.ihe.ProvideAndRegisterDocumentSetRequestType.Document;

/**
 * Pairs each DocumentEntry with its Document (ITI TF-2 3.41.4.1.2: {@code Document/@id} names the
 * ExtrinsicObject). An entry without a document is XDSMissingDocument; a document without an entry
 * XDSMissingDocumentMetadata.
 * <p>
 * The ids are matched exactly first. The DMP's own TD2.1 example message pairs {@code DocumentME2} with a
 * Document named {@code documentME2}; the DMP accepts it, so an id that matches exactly one entry when case is
 * ignored is paired too.
 */
final class DocumentMatcher {
    private DocumentMatcher() {
    }

    static Map<DocumentEntry, Document> match(List<DocumentEntry> entries, List<Document> documents, ErrorList errors) {
        Map<String, Document> byId = new HashMap<>();
        for (Document d : documents) {
            if (d.getId() == null) {
                errors.metadata("a Document has no id attribute", null);
                continue;
            }
            if (byId.putIfAbsent(d.getId(), d) != null) {
                errors.metadata("two Documents have the id " + d.getId(), d.getId());
            }
        }
        Map<DocumentEntry, Document> pairs = new LinkedHashMap<>();
        List<DocumentEntry> unmatched = new ArrayList<>();
        for (DocumentEntry de : entries) {
            Document d = byId.remove(de.entryUuid());
            if (d == null) {
                unmatched.add(de);
            } else {
                pairs.put(de, d);
            }
        }
        for (DocumentEntry de : unmatched) {
            List<String> sameIgnoringCase = byId.keySet().stream().filter(id -> id.equalsIgnoreCase(de.entryUuid()))
                    .toList();
            if (sameIgnoringCase.size() == 1) {
                pairs.put(de, byId.remove(sameIgnoringCase.get(0)));
            } else {
                errors.add(ErrorCode.MISSING_DOCUMENT, "no Document is attached for DocumentEntry " + de.entryUuid(),
                        de.entryUuid());
            }
        }
        for (String id : byId.keySet()) {
            errors.add(ErrorCode.MISSING_DOCUMENT_METADATA, "Document " + id + " has no DocumentEntry (ExtrinsicObject)",
                    id);
        }
        return pairs;
    }
}

package org.carnet.registry.store;

import java.util.List;

import org.carnet.common.metadata.Association;
import org.carnet.common.metadata.DocumentEntry;
import org.carnet.common.metadata.Folder;
import org.carnet.common.metadata.SubmissionSet;

/** What one registration adds to the registry: each object with its ebRIM XML as it will be stored. */
public record NewObjects(String patientKey, WithXml<SubmissionSet> submissionSet,
                         List<WithXml<DocumentEntry>> documentEntries, List<WithXml<Folder>> folders,
                         List<WithXml<Association>> associations) {

    public NewObjects {
        documentEntries = List.copyOf(documentEntries);
        folders = List.copyOf(folders);
        associations = List.copyOf(associations);
    }

    /** An object of the model and its stored ebRIM form. */
    public record WithXml<T>(T object, byte[] ebrim) {
    }
}

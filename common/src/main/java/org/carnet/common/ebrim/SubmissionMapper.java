package org.carnet.common.ebrim;

import static org.carnet.common.vocabulary.Vocabulary.SUBMISSION_SET_CLASS_NODE;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.xml.bind.JAXBElement;

import org.carnet.common.error.ErrorList;
import org.carnet.common.metadata.Association;
import org.carnet.common.metadata.DocumentEntry;
import org.carnet.common.metadata.Folder;
import org.carnet.common.metadata.Submission;
import org.carnet.common.metadata.SubmissionSet;
import org.carnet.wsdl.lcm.SubmitObjectsRequest;
import org.carnet.wsdl.rim.AssociationType1;
import org.carnet.wsdl.rim.ClassificationType;
import org.carnet.wsdl.rim.ExtrinsicObjectType;
import org.carnet.wsdl.rim.IdentifiableType;
import org.carnet.wsdl.rim.ObjectFactory;
import org.carnet.wsdl.rim.ObjectRefType;
import org.carnet.wsdl.rim.RegistryObjectListType;
import org.carnet.wsdl.rim.RegistryObjectType;
import org.carnet.wsdl.rim.RegistryPackageType;

/** Submission ↔ {@code lcm:SubmitObjectsRequest} (ITI TF-3 4.1: the content of ITI-41/ITI-42). */
public final class SubmissionMapper {
    private static final ObjectFactory RIM = new ObjectFactory();

    private SubmissionMapper() {
    }

    /**
     * Reads every object of the request. Top-level Classifications that classify another object of the request
     * (a submission set or folder may be marked that way, ITI TF-3 4.2.1.3) are first moved into that object, so
     * that every object carries its own classifications from here on, in the model and in what is stored.
     */
    public static Submission fromEbRim(SubmitObjectsRequest request, ErrorList errors) {
        List<IdentifiableType> objects = objects(request);
        attachTopLevelClassifications(request, objects, errors);
        SubmissionSet submissionSet = null;
        List<DocumentEntry> entries = new ArrayList<>();
        List<Folder> folders = new ArrayList<>();
        List<Association> associations = new ArrayList<>();
        for (IdentifiableType object : objects(request)) {
            if (object instanceof ExtrinsicObjectType eo) {
                entries.add(DocumentEntryMapper.fromEbRim(eo, errors));
            } else if (object instanceof RegistryPackageType rp) {
                if (SubmissionSetMapper.isSubmissionSet(rp)) {
                    if (submissionSet != null) {
                        errors.metadata("a submission must contain exactly one submission set", rp.getId());
                    } else {
                        submissionSet = SubmissionSetMapper.fromEbRim(rp, errors);
                    }
                } else if (FolderMapper.isFolder(rp)) {
                    folders.add(FolderMapper.fromEbRim(rp, errors));
                } else {
                    errors.metadata("RegistryPackage is classified neither as a "
                            + "submission set nor as a folder", rp.getId());
                }
            } else if (object instanceof AssociationType1 a) {
                associations.add(AssociationMapper.fromEbRim(a, errors));
            } else if (!(object instanceof ObjectRefType) && !(object instanceof ClassificationType)) {
                errors.metadata(object.getClass().getSimpleName().replace("Type", "") + " is not part of XDS metadata",
                        object.getId());
            }
        }
        if (submissionSet == null) {
            errors.metadata("the submission contains no submission set "
                    + "(a RegistryPackage classified by " + SUBMISSION_SET_CLASS_NODE
                    + ")", null);
        }
        return new Submission(submissionSet, entries, folders, associations);
    }

    private static void attachTopLevelClassifications(SubmitObjectsRequest request, List<IdentifiableType> objects,
                                                      ErrorList errors) {
        Map<String, RegistryObjectType> byId = objects.stream()
                .filter(o -> o instanceof RegistryObjectType && !(o instanceof ClassificationType))
                .map(RegistryObjectType.class::cast)
                .collect(Collectors.toMap(IdentifiableType::getId, Function.identity(), (a, b) -> a));
        if (request.getRegistryObjectList() == null) {
            return;
        }
        request.getRegistryObjectList().getIdentifiable().removeIf(element -> {
            if (!(element.getValue() instanceof ClassificationType c)) {
                return false;
            }
            RegistryObjectType target = byId.get(c.getClassifiedObject());
            if (target == null) {
                errors.metadata("Classification classifies "
                        + c.getClassifiedObject() + ", which is not in the submission", c.getId());
                return false;
            }
            target.getClassification().add(c);
            return true;
        });
    }

    /** The identifiable objects of the request, in order. */
    public static List<IdentifiableType> objects(SubmitObjectsRequest request) {
        RegistryObjectListType list = request.getRegistryObjectList();
        if (list == null) {
            return List.of();
        }
        return list.getIdentifiable().stream().map(JAXBElement::getValue).map(IdentifiableType.class::cast).toList();
    }

    public static SubmitObjectsRequest toEbRim(Submission submission) {
        SubmitObjectsRequest request = new SubmitObjectsRequest();
        RegistryObjectListType list = new RegistryObjectListType();
        List<JAXBElement<? extends IdentifiableType>> objects = list.getIdentifiable();
        if (submission.submissionSet() != null) {
            objects.add(RIM.createRegistryPackage(SubmissionSetMapper.toEbRim(submission.submissionSet())));
        }
        for (Folder folder : submission.folders()) {
            objects.add(RIM.createRegistryPackage(FolderMapper.toEbRim(folder)));
        }
        for (DocumentEntry entry : submission.documentEntries()) {
            objects.add(RIM.createExtrinsicObject(DocumentEntryMapper.toEbRim(entry)));
        }
        for (Association association : submission.associations()) {
            objects.add(RIM.createAssociation(AssociationMapper.toEbRim(association)));
        }
        request.setRegistryObjectList(list);
        return request;
    }
}

package org.carnet.common.ebrim;

import static org.carnet.common.ebrim.RegistryObjects.slotValues;
import static org.carnet.common.vocabulary.Vocabulary.SLOT_AUTHOR_INSTITUTION;
import static org.carnet.common.vocabulary.Vocabulary.SLOT_AUTHOR_PERSON;
import static org.carnet.common.vocabulary.Vocabulary.SLOT_AUTHOR_ROLE;
import static org.carnet.common.vocabulary.Vocabulary.SLOT_AUTHOR_SPECIALTY;
import static org.carnet.common.vocabulary.Vocabulary.SLOT_AUTHOR_TELECOMMUNICATION;

import java.util.ArrayList;
import java.util.List;

import org.carnet.common.error.ErrorList;
import org.carnet.common.metadata.Author;
import org.carnet.wsdl.rim.ClassificationType;
import org.carnet.wsdl.rim.RegistryObjectType;

/** Authors (ITI TF-3 4.2.3.1.4): an author classification with an empty nodeRepresentation and sub-slots. */
final class AuthorMapper {
    private AuthorMapper() {
    }

    static List<Author> fromEbRim(RegistryObjectType object, String scheme, ErrorList errors) {
        List<Author> authors = new ArrayList<>();
        for (ClassificationType c : RegistryObjects.classifications(object, scheme)) {
            authors.add(new Author(
                    RegistryObjects.singleSlot(c, SLOT_AUTHOR_PERSON, errors),
                    slotValues(c, SLOT_AUTHOR_INSTITUTION),
                    slotValues(c, SLOT_AUTHOR_ROLE),
                    slotValues(c, SLOT_AUTHOR_SPECIALTY),
                    slotValues(c, SLOT_AUTHOR_TELECOMMUNICATION)));
        }
        return authors;
    }

    static void toEbRim(List<Author> authors, String scheme, RegistryObjectType object) {
        for (Author author : authors) {
            ClassificationType c = EbRimBuilder.classification(scheme, object.getId(), "");
            EbRimBuilder.addSlot(c, SLOT_AUTHOR_PERSON, author.person());
            EbRimBuilder.addSlot(c, SLOT_AUTHOR_INSTITUTION, author.institutions());
            EbRimBuilder.addSlot(c, SLOT_AUTHOR_ROLE, author.roles());
            EbRimBuilder.addSlot(c, SLOT_AUTHOR_SPECIALTY, author.specialties());
            EbRimBuilder.addSlot(c, SLOT_AUTHOR_TELECOMMUNICATION, author.telecommunications());
            object.getClassification().add(c);
        }
    }
}

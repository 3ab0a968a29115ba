package org.carnet.common.metadata;

import java.util.List;

/**
 * An author (ITI TF-3 4.2.3.1.4): the values of the author classification's sub-slots, kept as sent.
 * authorPerson is an XCN, authorInstitution an XON, authorRole/authorSpecialty are coded (the DMP sends
 * {@code code^display^codeSystem} triples), authorTelecommunication an XTN.
 */
public record Author(String person, List<String> institutions, List<String> roles, List<String> specialties,
                     List<String> telecommunications) {

    public Author {
        institutions = List.copyOf(institutions);
        roles = List.copyOf(roles);
        specialties = List.copyOf(specialties);
        telecommunications = List.copyOf(telecommunications);
    }

    public static Author person(String xcn) {
        return new Author(xcn, List.of(), List.of(), List.of(), List.of());
    }
}

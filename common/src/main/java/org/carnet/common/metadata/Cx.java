package org.carnet.common.metadata;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An HL7 v2 CX patient identifier as XDS uses it: {@code id^^^&universalId&ISO} with optional trailing
 * components. The DMP writes {@code INS^^^&1.2.250.1.213.1.4.10&ISO^NH} (with an identifier type code, and
 * sometimes an effective date after it); plain XDS omits the type code. Both name the same patient: two
 * identifiers are the same patient when their id number and assigning authority universal id are equal,
 * which is what {@link #key()} captures.
 * <p>
 * Holds the value as sent, so that a malformed one can travel to the validator and be reported with the
 * others; {@link #problem()} says what is wrong with it.
 */
public record Cx(String value) {

    private static final Pattern OID = Pattern.compile("[0-2](\\.(0|[1-9][0-9]*))+");

    public Cx {
        Objects.requireNonNull(value, "value");
        value = value.trim();
    }

    /** Parses a CX value, refusing a malformed one with a message a person can act on. */
    public static Cx parse(String value) {
        Cx cx = new Cx(value == null ? "" : value);
        String problem = cx.problem();
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        return cx;
    }

    /** Null when the value is a usable XDS patient id, otherwise what is wrong with it. */
    public String problem() {
        if (value.isEmpty()) {
            return "patient id is empty";
        }
        String[] c = value.split("\\^", -1);
        if (c[0].isEmpty()) {
            return "patient id '" + value + "' has no id number (CX.1)";
        }
        if (c.length < 4 || c[3].isEmpty()) {
            return "patient id '" + value + "' has no assigning authority (CX.4, as in id^^^&1.2.3&ISO)";
        }
        if (!c[1].isEmpty() || !c[2].isEmpty()) {
            return "patient id '" + value + "' must leave CX.2 and CX.3 empty";
        }
        String[] authority = c[3].split("&", -1);
        if (authority.length < 3 || !"ISO".equals(authority[2]) || !OID.matcher(authority[1]).matches()) {
            return "patient id '" + value + "' must name its assigning authority by OID with type ISO (&OID&ISO)";
        }
        return null;
    }

    public boolean isValid() {
        return problem() == null;
    }

    public String idNumber() {
        return value.split("\\^", -1)[0];
    }

    public String assigningAuthority() {
        return value.split("\\^", -1)[3].split("&", -1)[1];
    }

    /** The identity of the patient: id number and assigning authority, whatever other components were sent. */
    public String key() {
        if (!isValid()) {
            throw new IllegalStateException(problem());
        }
        return idNumber() + "^^^&" + assigningAuthority() + "&ISO";
    }

    public boolean samePatientAs(Cx other) {
        return isValid() && other.isValid() && key().equals(other.key());
    }

    @Override
    public String toString() {
        return value;
    }
}

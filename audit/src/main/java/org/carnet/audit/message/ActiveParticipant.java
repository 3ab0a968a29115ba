package org.carnet.audit.message;

import java.util.List;
import java.util.Objects;

/**
 * A person, process or node that took part (DICOM ActiveParticipant).
 *
 * @param userId               required: a user id, process name or endpoint URI
 * @param alternativeUserId    e.g. the process id; null when none
 * @param userName             display name; null when none
 * @param requestor            whether this participant started the event
 * @param roles                RoleIDCodes (110153 Source, 110152 Destination, a professional's role, ...)
 * @param networkAccessPointId host name or IP address; null when none
 */
public record ActiveParticipant(String userId, String alternativeUserId, String userName, boolean requestor,
                                List<CodedValue> roles, String networkAccessPointId) {

    public ActiveParticipant {
        Objects.requireNonNull(userId, "userId");
        roles = List.copyOf(roles);
    }

    /**
     * NetworkAccessPointTypeCode: 2 (IP address) when the access point is an IPv4 or IPv6 literal, otherwise 1
     * (machine name); null when there is no access point.
     */
    public String networkAccessPointType() {
        if (networkAccessPointId == null) {
            return null;
        }
        return isIpLiteral(networkAccessPointId) ? "2" : "1";
    }

    private static boolean isIpLiteral(String s) {
        return s.contains(":") || s.matches("\\d{1,3}(\\.\\d{1,3}){3}");
    }
}

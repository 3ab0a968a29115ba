package org.carnet.audit.message;

import static org.carnet.audit.message.DicomCodes.*;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The node's own events (DICOM PS3.15 A.5.3): 110100 Application Activity when it starts (110120) and stops
 * (110121), and a 110113 Security Alert when it starts with a configuration that differs from the previous
 * start's. A change of a {@code security.*} or {@code audit.*} setting is typed 110129 "Security Configuration",
 * any other 110131 "Software Configuration" (both when both kinds changed); each changed setting is a participant
 * object named by its key, with "added", "changed" or "removed" as its Alert Description, never its value.
 *
 * <p>Participants: the node as 110150 Application (process name, process id, host) and the operating-system user
 * who launched it as 110151 Application Launcher, the requestor.
 */
public final class NodeMessages {
    private final LocalNode node;
    private final String launcher;

    /** @param launcher the operating-system user running the node */
    public NodeMessages(LocalNode node, String launcher) {
        this.node = Objects.requireNonNull(node, "node");
        this.launcher = Objects.requireNonNull(launcher, "launcher");
    }

    public AuditMessage started(Instant at) {
        return applicationActivity(at, APPLICATION_START);
    }

    public AuditMessage stopped(Instant at) {
        return applicationActivity(at, APPLICATION_STOP);
    }

    public AuditMessage configurationChanged(Instant at, List<SettingChange> changes) {
        if (changes.isEmpty()) {
            throw new IllegalArgumentException("no setting changed");
        }
        Set<CodedValue> types = new LinkedHashSet<>();
        List<ParticipantObject> objects = new ArrayList<>();
        for (SettingChange change : changes) {
            types.add(change.securityRelevant() ? SECURITY_CONFIGURATION : SOFTWARE_CONFIGURATION);
            objects.add(new ParticipantObject(change.key(), TYPE_SYSTEM_OBJECT, ROLE_SECURITY_RESOURCE, null, SETTING,
                    null, List.of(ParticipantObject.Detail.text(DETAIL_ALERT_DESCRIPTION, change.kind().word()))));
        }
        EventIdentification event = new EventIdentification(SECURITY_ALERT, EventAction.EXECUTE, at,
                EventOutcome.SUCCESS, List.copyOf(types), null, List.of());
        return new AuditMessage(event, participants(), node.source(), objects);
    }

    private AuditMessage applicationActivity(Instant at, CodedValue type) {
        EventIdentification event = new EventIdentification(APPLICATION_ACTIVITY, EventAction.EXECUTE, at,
                EventOutcome.SUCCESS, List.of(type), null, List.of());
        return new AuditMessage(event, participants(), node.source(), List.of());
    }

    private List<ActiveParticipant> participants() {
        return List.of(
                new ActiveParticipant(node.applicationName(), node.processId(), null, false, List.of(APPLICATION),
                        node.hostName()),
                new ActiveParticipant(launcher, null, null, true, List.of(APPLICATION_LAUNCHER), null));
    }
}

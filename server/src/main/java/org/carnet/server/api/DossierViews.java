package org.carnet.server.api;

import java.time.Instant;
import java.util.List;

import org.carnet.common.policy.DossierFacts;
import org.carnet.registry.patient.AuthorisedDossier;
import org.carnet.registry.patient.Dossier;
import org.carnet.registry.patient.DossierEvent;
import org.carnet.registry.patient.DossierRetention;
import org.carnet.registry.patient.Notification;
import org.carnet.registry.patient.Oppositions;
import org.carnet.registry.patient.ProfessionalOnDossier;

/** How the dossier API shows things: JSON records, times as ISO-8601 UTC strings, absent values as null. */
public final class DossierViews {
    private DossierViews() {
    }

    private static String time(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    /** A dossier as its patient (or a system) sees it: state, oppositions, consent history, retention. */
    public record DossierView(String patientId, String status, String openedAt, String updatedAt, String closedAt,
                              String closedReason, String purgeableFrom, OppositionsView oppositions,
                              List<ConsentEventView> consentHistory) {
        static DossierView of(Dossier d, List<DossierEvent> history, DossierRetention retention) {
            return new DossierView(d.patientKey(), d.status().name(), time(d.openedAt()), time(d.updatedAt()),
                    time(d.closedAt()), d.closedReason(), time(retention.purgeableFrom(d).orElse(null)),
                    OppositionsView.of(d.oppositions()), history.stream().map(ConsentEventView::of).toList());
        }
    }

    /**
     * TD0.2 as a professional sees it: the dossier's status and the caller's own standing. {@code authorisation} is
     * TD0.2's code: VALIDE (authorised or médecin traitant), INTERDIT (blocked by the patient), NON_EXISTE (none).
     */
    public record DossierStatusView(String patientId, String status, String closedAt, String closedReason,
                                    String authorisation, boolean medecinTraitant) {
        static DossierStatusView of(Dossier d, DossierFacts caller) {
            String authorisation = caller.blocked() ? "INTERDIT"
                    : caller.authorised() || caller.medecinTraitant() ? "VALIDE" : "NON_EXISTE";
            return new DossierStatusView(d.patientKey(), d.status().name(), time(d.closedAt()), d.closedReason(),
                    authorisation, caller.medecinTraitant());
        }
    }

    public record OppositionsView(boolean brisDeGlace, boolean centre15, boolean emergencyMaySeeMasked) {
        static OppositionsView of(Oppositions o) {
            return new OppositionsView(o.brisDeGlace(), o.centre15(), o.emergencyMaySeeMasked());
        }
    }

    /** One step of the dossier's life: OPENED and REOPENED record the patient's consent and who recorded it. */
    public record ConsentEventView(String event, String reason, String recordedBy, String recordedByKind,
                                   String recordedByName, String at) {
        static ConsentEventView of(DossierEvent e) {
            return new ConsentEventView(e.kind().name(), e.reason(), e.recordedBy(), e.recordedByKind(),
                    e.recordedByName(), time(e.recordedAt()));
        }
    }

    /** TD1.6: a professional's standing on the dossier; mode ACTIVE or BLOCKED (INTERDITE). */
    public record ProfessionalView(String professionalId, String name, String professionCode, String specialityCode,
                                   String mode, boolean authorised, String authorisedSince, String authorisedBy,
                                   String authorisedByKind, boolean blocked, String blockedSince,
                                   boolean medecinTraitant, String medecinTraitantSince) {
        static ProfessionalView of(ProfessionalOnDossier p) {
            return new ProfessionalView(p.professionalId(), p.name(), p.professionCode(), p.specialityCode(),
                    p.mode().name(), p.authorised(), time(p.authorisedSince()), p.authorisedBy(),
                    p.authorisedByKind(), p.blockedSince() != null, time(p.blockedSince()), p.medecinTraitant(),
                    time(p.medecinTraitantSince()));
        }

        /** A professional who holds no standing (any more). */
        static ProfessionalView none(String professionalId) {
            return new ProfessionalView(professionalId, null, null, null, null, false, null, null, null, false, null,
                    false, null);
        }
    }

    /** TD0.4: a dossier the professional may consult. */
    public record AuthorisedDossierView(String patientId, String status, String authorisedSince,
                                        boolean medecinTraitant, String medecinTraitantSince) {
        static AuthorisedDossierView of(AuthorisedDossier d) {
            return new AuthorisedDossierView(d.patientKey(), d.status().name(), time(d.authorisedSince()),
                    d.medecinTraitant(), time(d.medecinTraitantSince()));
        }
    }

    public record NotificationView(long id, String kind, String actorId, String actorName, String accessMode,
                                   String detail, String createdAt) {
        static NotificationView of(Notification n) {
            return new NotificationView(n.id(), n.kind(), n.actorId(), n.actorName(), n.accessMode(), n.detail(),
                    time(n.createdAt()));
        }
    }

    /** A page of a list, with what was asked for. */
    public record Page<T>(int page, int size, List<T> items) {
    }
}

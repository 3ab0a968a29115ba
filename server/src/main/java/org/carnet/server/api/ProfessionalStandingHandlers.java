package org.carnet.server.api;

import static org.carnet.common.policy.DossierOperation.AUTHORISE_BY_PATIENT;
import static org.carnet.common.policy.DossierOperation.AUTHORISE_SELF;
import static org.carnet.common.policy.DossierOperation.BLOCK;
import static org.carnet.common.policy.DossierOperation.DECLARE_MEDECIN_TRAITANT;
import static org.carnet.common.policy.DossierOperation.LIST_DOSSIERS_OF_PROFESSIONAL;
import static org.carnet.common.policy.DossierOperation.LIST_PROFESSIONALS;
import static org.carnet.common.policy.DossierOperation.REMOVE_AUTHORISATION;
import static org.carnet.common.policy.DossierOperation.STOP_MEDECIN_TRAITANT;
import static org.carnet.common.policy.DossierOperation.UNBLOCK;

import java.io.IOException;
import java.sql.SQLException;

import org.carnet.common.access.Caller;
import org.carnet.common.policy.DossierOperation;
import org.carnet.registry.patient.DossierDirectory;
import org.carnet.registry.patient.DossierProfessionals;
import org.carnet.registry.patient.DossierProfessionals.Professional;
import org.carnet.registry.patient.DossierProfessionals.Relation;
import org.carnet.registry.patient.ProfessionalOnDossier;
import org.carnet.server.http.ApiExchange;
import org.carnet.server.http.HttpError;
import org.carnet.server.http.Reply;

/**
 * Professionals' standing on a dossier over HTTP: authorisation (TD0.3 or by the patient), blocking, médecin
 * traitant, the TD1.6 list, and TD0.4 (a professional's dossiers). A PUT grants and answers the professional's
 * standing (200, also when it was held already); a DELETE takes it back (204), or is a 404 when it was not held.
 */
public final class ProfessionalStandingHandlers {

    /**
     * The optional body of a patient's PUT: how the patient names the professional, shown in lists. A professional
     * acting for themself is described by their token instead.
     */
    public record ProfessionalDescription(String name, String professionCode, String specialityCode) {
    }

    private final DossierOperations operations;
    private final DossierDirectory dossiers;
    private final DossierProfessionals professionals;

    public ProfessionalStandingHandlers(DossierOperations operations, DossierDirectory dossiers,
                                        DossierProfessionals professionals) {
        this.operations = operations;
        this.dossiers = dossiers;
        this.professionals = professionals;
    }

    /** PUT .../authorisation: a professional declares themself (TD0.3); anyone else asks as the patient. */
    public Reply authorise(ApiExchange x) {
        DossierOperation operation = x.caller().actor().isProfessional() ? AUTHORISE_SELF : AUTHORISE_BY_PATIENT;
        return grant(x, operation, Relation.AUTHORISED);
    }

    public Reply removeAuthorisation(ApiExchange x) {
        return revoke(x, REMOVE_AUTHORISATION, Relation.AUTHORISED);
    }

    public Reply block(ApiExchange x) {
        return grant(x, BLOCK, Relation.BLOCKED);
    }

    public Reply unblock(ApiExchange x) {
        return revoke(x, UNBLOCK, Relation.BLOCKED);
    }

    public Reply declareMedecinTraitant(ApiExchange x) {
        return grant(x, DECLARE_MEDECIN_TRAITANT, Relation.MEDECIN_TRAITANT);
    }

    public Reply stopMedecinTraitant(ApiExchange x) {
        return revoke(x, STOP_MEDECIN_TRAITANT, Relation.MEDECIN_TRAITANT);
    }

    private Reply grant(ApiExchange x, DossierOperation operation, Relation relation) {
        Caller caller = x.caller();
        return operations.run(caller, operation, step -> {
            String key = PatientIds.patient(x.pathParam("patient")).key();
            String professionalId = PatientIds.professional(x.pathParam("professional"));
            Professional professional = describe(x, caller, professionalId);
            step.patient(key).authorise(r -> r.withProfessional(professionalId));
            professionals.grant(key, relation, professional, caller);
            return Reply.ok(standing(key, professionalId));
        });
    }

    private Reply revoke(ApiExchange x, DossierOperation operation, Relation relation) {
        return operations.run(x.caller(), operation, step -> {
            String key = PatientIds.patient(x.pathParam("patient")).key();
            String professionalId = PatientIds.professional(x.pathParam("professional"));
            step.patient(key).authorise(r -> r.withProfessional(professionalId));
            if (!professionals.revoke(key, relation, professionalId)) {
                throw HttpError.notFound("this professional holds no " + relation.name() + " standing on the dossier");
            }
            return Reply.noContent();
        });
    }

    /** A professional acting for themself is described by their token; the patient may name the professional. */
    private static Professional describe(ApiExchange x, Caller caller, String professionalId) throws IOException {
        if (caller.actor().isProfessional() && caller.id().equals(professionalId)) {
            return Professional.of(caller);
        }
        ProfessionalDescription d = x.optionalBody(ProfessionalDescription.class);
        return d == null ? new Professional(professionalId, null, null, null)
                : new Professional(professionalId, d.name(), d.professionCode(), d.specialityCode());
    }

    private DossierViews.ProfessionalView standing(String key, String professionalId) throws SQLException {
        return professionals.list(key, null).stream().filter(p -> p.professionalId().equals(professionalId))
                .findFirst().map(DossierViews.ProfessionalView::of)
                .orElseGet(() -> DossierViews.ProfessionalView.none(professionalId));
    }

    /** GET .../professionals?mode=all|active|blocked (TD1.6 TOUTE / ACTIVE / INTERDITE). */
    public Reply list(ApiExchange x) {
        return operations.run(x.caller(), LIST_PROFESSIONALS, step -> {
            String key = PatientIds.patient(x.pathParam("patient")).key();
            ProfessionalOnDossier.Mode mode = mode(x.query("mode"));
            step.patient(key).authorise();
            dossiers.find(key).orElseThrow(() -> HttpError.notFound("no dossier for this patient"));
            return Reply.ok(professionals.list(key, mode).stream().map(DossierViews.ProfessionalView::of).toList());
        });
    }

    private static ProfessionalOnDossier.Mode mode(String mode) {
        if (mode == null || mode.equals("all")) {
            return null;
        }
        return switch (mode) {
            case "active" -> ProfessionalOnDossier.Mode.ACTIVE;
            case "blocked" -> ProfessionalOnDossier.Mode.BLOCKED;
            default -> throw HttpError.badRequest("mode is all, active or blocked");
        };
    }

    /** GET /api/professionals/{id}/dossiers (TD0.4). */
    public Reply dossiersOf(ApiExchange x) {
        return operations.run(x.caller(), LIST_DOSSIERS_OF_PROFESSIONAL, step -> {
            String professionalId = PatientIds.professional(x.pathParam("professional"));
            step.authorise(r -> r.withProfessional(professionalId));
            return Reply.ok(professionals.dossiersOf(professionalId).stream()
                    .map(DossierViews.AuthorisedDossierView::of).toList());
        });
    }
}

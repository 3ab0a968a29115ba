package org.carnet.server.api;

import static org.carnet.common.policy.DossierOperation.CLOSE;
import static org.carnet.common.policy.DossierOperation.OPEN;
import static org.carnet.common.policy.DossierOperation.READ_STATE;
import static org.carnet.common.policy.DossierOperation.REOPEN;
import static org.carnet.common.policy.DossierOperation.SET_OPPOSITIONS;

import java.sql.SQLException;
import java.util.regex.Pattern;

import org.carnet.common.access.Caller;
import org.carnet.common.metadata.Cx;
import org.carnet.common.policy.DossierFacts;
import org.carnet.common.policy.DossierManagementDecider;
import org.carnet.registry.patient.Dossier;
import org.carnet.registry.patient.DossierDirectory;
import org.carnet.registry.patient.DossierRetention;
import org.carnet.registry.patient.Oppositions;
import org.carnet.server.http.ApiExchange;
import org.carnet.server.http.HttpError;
import org.carnet.server.http.Reply;

/**
 * The dossier's life over HTTP: open with consent (TD1.1), read (TD0.2 / TD1.3a), close (TD1.4), reopen (TD1.2),
 * oppositions (TD1.3b). Each runs through {@link DossierOperations}: audited, and decided by the policy.
 */
public final class DossierLifeHandlers {
    /** TD1.4 reason codes (code system 1.2.250.1.213.4.1.2.4) are upper-case words. */
    private static final Pattern REASON = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");

    /** POST /api/dossiers. {@code patientId} may be left out by a patient (their own); consent: see the README. */
    public record OpenRequest(String patientId, Boolean consent) {
    }

    /** POST /api/dossiers/{id}/close; the reason defaults to FERMETURE_DEMANDE_PATIENT. */
    public record CloseRequest(String reason) {
    }

    /** POST /api/dossiers/{id}/reopen. */
    public record ReopenRequest(Boolean consent) {
    }

    /** PUT /api/dossiers/{id}/oppositions: every field required. */
    public record OppositionsRequest(Boolean brisDeGlace, Boolean centre15, Boolean emergencyMaySeeMasked) {
    }

    private final DossierOperations operations;
    private final DossierDirectory dossiers;
    private final DossierRetention retention;

    public DossierLifeHandlers(DossierOperations operations, DossierDirectory dossiers, DossierRetention retention) {
        this.operations = operations;
        this.dossiers = dossiers;
        this.retention = retention;
    }

    public Reply open(ApiExchange x) {
        Caller caller = x.caller();
        return operations.run(caller, OPEN, step -> {
            OpenRequest body = x.optionalBody(OpenRequest.class);
            String patientId = body == null ? null : body.patientId();
            Cx patient = patientId == null && caller.actor().isPatientSide() ? new Cx(caller.dossierKey())
                    : PatientIds.patient(patientId);
            boolean consent = consents(body == null ? null : body.consent());
            step.patient(patient.key()).authorise(r -> r.withConsent(consent));
            DossierDirectory.Opened opened = dossiers.open(patient, caller);
            DossierViews.DossierView view = view(opened.dossier());
            return opened.created() ? Reply.created(view) : Reply.ok(view);
        });
    }

    public Reply read(ApiExchange x) {
        Caller caller = x.caller();
        return operations.run(caller, READ_STATE, step -> {
            String key = PatientIds.patient(x.pathParam("patient")).key();
            DossierFacts facts = step.patient(key).authorise();
            Dossier dossier = dossiers.find(key).orElseThrow(() -> HttpError.notFound("no dossier for this patient"));
            // TD0.2: a professional learns the status and their own standing, not the patient's choices
            return Reply.ok(caller.actor().isProfessional() ? DossierViews.DossierStatusView.of(dossier, facts)
                    : view(dossier));
        });
    }

    public Reply close(ApiExchange x) {
        return operations.run(x.caller(), CLOSE, step -> {
            String key = PatientIds.patient(x.pathParam("patient")).key();
            CloseRequest body = x.optionalBody(CloseRequest.class);
            String reason = body == null || body.reason() == null ? DossierManagementDecider.CLOSED_AT_PATIENT_REQUEST
                    : body.reason();
            if (!REASON.matcher(reason).matches()) {
                throw HttpError.badRequest("reason is a TD1.4 code such as "
                        + DossierManagementDecider.CLOSED_AT_PATIENT_REQUEST);
            }
            step.patient(key).authorise(r -> r.withCloseReason(reason));
            return Reply.ok(view(dossiers.close(key, reason, x.caller())));
        });
    }

    public Reply reopen(ApiExchange x) {
        return operations.run(x.caller(), REOPEN, step -> {
            String key = PatientIds.patient(x.pathParam("patient")).key();
            ReopenRequest body = x.optionalBody(ReopenRequest.class);
            step.patient(key).authorise(r -> r.withConsent(consents(body == null ? null : body.consent())));
            return Reply.ok(view(dossiers.reopen(key, x.caller())));
        });
    }

    public Reply setOppositions(ApiExchange x) {
        return operations.run(x.caller(), SET_OPPOSITIONS, step -> {
            String key = PatientIds.patient(x.pathParam("patient")).key();
            OppositionsRequest body = x.body(OppositionsRequest.class);
            if (body.brisDeGlace() == null || body.centre15() == null || body.emergencyMaySeeMasked() == null) {
                throw HttpError.badRequest("brisDeGlace, centre15 and emergencyMaySeeMasked are all required "
                        + "(true or false)");
            }
            step.patient(key).authorise();
            return Reply.ok(view(dossiers.setOppositions(key, new Oppositions(body.brisDeGlace(), body.centre15(),
                    body.emergencyMaySeeMasked()))));
        });
    }

    /** Only an explicit {@code "consent": true} states the patient's consent. */
    private static boolean consents(Boolean consent) {
        return Boolean.TRUE.equals(consent);
    }

    private DossierViews.DossierView view(Dossier dossier) throws SQLException {
        return DossierViews.DossierView.of(dossier, dossiers.history(dossier.patientKey()), retention);
    }
}

package org.carnet.server.api;

import static org.carnet.common.policy.DossierOperation.LIST_NOTIFICATIONS;

import org.carnet.registry.patient.DossierDirectory;
import org.carnet.registry.patient.PatientNotifications;
import org.carnet.server.http.ApiExchange;
import org.carnet.server.http.HttpError;
import org.carnet.server.http.Reply;

/** GET /api/dossiers/{id}/notifications?page=0&amp;size=50: what the patient is told, newest first. */
public final class NotificationHandlers {
    static final int DEFAULT_PAGE_SIZE = 50;

    private final DossierOperations operations;
    private final DossierDirectory dossiers;
    private final PatientNotifications notifications;

    public NotificationHandlers(DossierOperations operations, DossierDirectory dossiers,
                                PatientNotifications notifications) {
        this.operations = operations;
        this.dossiers = dossiers;
        this.notifications = notifications;
    }

    public Reply list(ApiExchange x) {
        return operations.run(x.caller(), LIST_NOTIFICATIONS, step -> {
            String key = PatientIds.patient(x.pathParam("patient")).key();
            int page = number(x.query("page"), 0, Integer.MAX_VALUE / PatientNotifications.MAX_PAGE_SIZE, 0, "page");
            int size = number(x.query("size"), 1, PatientNotifications.MAX_PAGE_SIZE, DEFAULT_PAGE_SIZE, "size");
            step.patient(key).authorise();
            dossiers.find(key).orElseThrow(() -> HttpError.notFound("no dossier for this patient"));
            return Reply.ok(new DossierViews.Page<>(page, size, notifications.list(key, page, size).stream()
                    .map(DossierViews.NotificationView::of).toList()));
        });
    }

    /** A paging parameter: absent, the default; otherwise an integer in range, or a 400. */
    static int number(String value, int min, int max, int absent, String name) {
        if (value == null) {
            return absent;
        }
        try {
            int n = Integer.parseInt(value);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw HttpError.badRequest(name + " is an integer from " + min + " to " + max);
    }
}

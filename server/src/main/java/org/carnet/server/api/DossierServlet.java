package org.carnet.server.api;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.carnet.common.metadata.Cx;
import org.carnet.registry.patient.Dossier;
import org.carnet.registry.patient.DossierDirectory;
import org.carnet.server.http.HttpError;
import org.carnet.server.http.JsonServlet;

/**
 * The dossier API (the DMP "open a record" step): {@code POST /api/dossiers} with {@code {"patientId": CX}} opens
 * a dossier (201, or 200 if it was open already); {@code GET /api/dossiers/{patientId}} reads it (404 if none).
 * The patient id in the path is the CX value, percent-encoded.
 */
public final class DossierServlet extends JsonServlet {
    private static final long serialVersionUID = 1L;

    /** The request body of POST /api/dossiers. */
    public record OpenRequest(String patientId) {
    }

    /** How a dossier is shown. */
    public record DossierView(String patientId, String status, String openedAt, String updatedAt) {
        static DossierView of(Dossier d) {
            return new DossierView(d.patientKey(), d.status().name(), d.openedAt().toString(),
                    d.updatedAt().toString());
        }
    }

    private final transient DossierDirectory dossiers;

    public DossierServlet(DossierDirectory dossiers) {
        this.dossiers = dossiers;
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getPathInfo() != null && !request.getPathInfo().equals("/")) {
            throw HttpError.notFound("no such resource");
        }
        OpenRequest body = readJson(request, OpenRequest.class);
        Cx patient = patientId(body == null ? null : body.patientId());
        try {
            DossierDirectory.Opened opened = dossiers.open(patient);
            writeJson(response, opened.created() ? HttpServletResponse.SC_CREATED : HttpServletResponse.SC_OK,
                    DossierView.of(opened.dossier()));
        } catch (SQLException e) {
            throw new IllegalStateException("dossier directory failure", e);
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        if (path == null || path.length() <= 1) {
            throw HttpError.notFound("name a dossier: GET /api/dossiers/{patientId}");
        }
        Cx patient = patientId(URLDecoder.decode(path.substring(1), StandardCharsets.UTF_8));
        try {
            Dossier dossier = dossiers.find(patient).orElseThrow(() -> HttpError.notFound("no dossier for this patient"));
            writeJson(response, HttpServletResponse.SC_OK, DossierView.of(dossier));
        } catch (SQLException e) {
            throw new IllegalStateException("dossier directory failure", e);
        }
    }

    private static Cx patientId(String value) {
        if (value == null || value.isBlank()) {
            throw HttpError.badRequest("patientId is required, e.g. 1234567890123^^^&1.2.250.1.213.1.4.8&ISO");
        }
        Cx cx = new Cx(value);
        if (!cx.isValid()) {
            throw HttpError.badRequest(cx.problem());
        }
        return cx;
    }
}

package org.carnet.server.api;

import org.carnet.server.http.RoutedServlet;
import org.carnet.server.http.Routes;

/**
 * The dossier API under {@code /api/dossiers}, one route a line; {@code {patient}} is the patient's CX id,
 * percent-encoded, in either form ({@code …&ISO} or {@code …&ISO^NH}). A sub-resource is one more line here, with
 * its handler. The README documents each route; every one is authenticated by the API filter, decided by the
 * policy and audited (see {@link DossierOperations}).
 */
public final class DossierServlet extends RoutedServlet {
    private static final long serialVersionUID = 1L;

    public DossierServlet(DossierLifeHandlers life, ProfessionalStandingHandlers standing,
                          NotificationHandlers notifications, DocumentHandlers documents,
                          AccessLogHandlers accessLog) {
        super(new Routes()
                .add("POST", "/", life::open)
                .add("GET", "/{patient}", life::read)
                .add("POST", "/{patient}/close", life::close)
                .add("POST", "/{patient}/reopen", life::reopen)
                .add("PUT", "/{patient}/oppositions", life::setOppositions)
                .add("GET", "/{patient}/professionals", standing::list)
                .add("PUT", "/{patient}/professionals/{professional}/authorisation", standing::authorise)
                .add("DELETE", "/{patient}/professionals/{professional}/authorisation", standing::removeAuthorisation)
                .add("PUT", "/{patient}/professionals/{professional}/block", standing::block)
                .add("DELETE", "/{patient}/professionals/{professional}/block", standing::unblock)
                .add("PUT", "/{patient}/professionals/{professional}/medecin-traitant",
                        standing::declareMedecinTraitant)
                .add("DELETE", "/{patient}/professionals/{professional}/medecin-traitant",
                        standing::stopMedecinTraitant)
                .add("GET", "/{patient}/notifications", notifications::list)
                .add("GET", "/{patient}/documents", documents::list)
                .add("GET", "/{patient}/documents/{document}", documents::read)
                .add("GET", "/{patient}/access-log", accessLog::read));
    }
}

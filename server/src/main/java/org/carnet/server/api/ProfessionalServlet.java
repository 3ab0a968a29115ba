package org.carnet.server.api;

import org.carnet.server.http.RoutedServlet;
import org.carnet.server.http.Routes;

/** The professional API under {@code /api/professionals}: TD0.4, the dossiers a professional may consult. */
public final class ProfessionalServlet extends RoutedServlet {
    private static final long serialVersionUID = 1L;

    public ProfessionalServlet(ProfessionalStandingHandlers standing) {
        super(new Routes().add("GET", "/{professional}/dossiers", standing::dossiersOf));
    }
}

package org.pollcam.security.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;

/** Who is signed in, and signing out (a POST from a Faces form, so it cannot be triggered by a foreign page). */
@Named
@RequestScoped
public class AccountView {

    public String getUsername() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        return external.getUserPrincipal() == null ? null : external.getUserPrincipal().getName();
    }

    public boolean isSignedIn() {
        return getUsername() != null;
    }

    public void signOut() throws ServletException, IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/");
    }
}

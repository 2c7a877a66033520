package org.pollcam.shared.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.UUID;

/**
 * Lets a public page answer a revalidation (a browser's or the caching proxy's {@code If-None-Match}) without being
 * rendered: the page's view action names everything the page shows, and that, with the address, the language and the
 * deployment, is the page's version. Rendering costs a few milliseconds of CPU; this costs the view action's reads, so
 * nginx or a CDN can refresh thousands of cached station pages every few seconds. Staff pages and responses that set
 * a cookie are never shared (see {@link PublicPageCaching}), so they are always rendered.
 */
@RequestScoped
public class PageVersion {

    /** Templates and texts change only with a new deployment, which therefore starts a new version of every page. */
    private static final String DEPLOYMENT = UUID.randomUUID().toString();

    @Inject
    LocaleView locale;

    /**
     * True when the visitor already has this version of the page: the response is then a 304 and is complete.
     * {@code shown} must be everything the page shows (records whose text says all their values).
     */
    public boolean unchanged(Object... shown) {
        FacesContext faces = FacesContext.getCurrentInstance();
        HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
        if (!PublicPageCaching.mayShare(request)) {
            return false;
        }
        String tag = PublicPageCaching.tag(String.join("|", DEPLOYMENT, request.getRequestURI(),
                String.valueOf(request.getQueryString()), locale.getLanguage(), Arrays.deepToString(shown)));
        request.setAttribute(PublicPageCaching.VERSION, tag);
        if (!PublicPageCaching.matches(request, tag)) {
            return false;
        }
        faces.getExternalContext().setResponseStatus(304);
        faces.responseComplete();
        return true;
    }
}

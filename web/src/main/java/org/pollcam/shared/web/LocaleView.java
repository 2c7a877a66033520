package org.pollcam.shared.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The language of the screens: Azerbaijani, English or Russian. A visitor's choice is a link ({@code ?lang=ru}) that
 * leaves it in a cookie; without a choice the browser's preference decides (negotiated by Faces against the
 * supported locales). No HTTP session: a crowd of anonymous viewers costs the server no memory per viewer, and the
 * public pages stay cacheable (see {@link PublicPageCaching}).
 */
@Named
@RequestScoped
public class LocaleView {

    public static final List<Locale> LANGUAGES = List.of(new Locale("az"), Locale.ENGLISH, new Locale("ru"));
    /** The query parameter of a language switch. */
    public static final String PARAMETER = "lang";
    static final String COOKIE = "pollcam_lang";
    private static final int COOKIE_SECONDS = 365 * 24 * 3600;

    private Locale locale;

    public Locale getLocale() {
        if (locale == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            ExternalContext external = faces.getExternalContext();
            Optional<Locale> chosen = supported(external.getRequestParameterMap().get(PARAMETER));
            chosen.ifPresent(language -> remember(external, language));
            locale = chosen.or(() -> supported(cookie(external)))
                    .orElseGet(() -> faces.getApplication().getViewHandler().calculateLocale(faces));
        }
        return locale;
    }

    public String getLanguage() {
        return getLocale().getLanguage();
    }

    public List<Locale> getLanguages() {
        return LANGUAGES;
    }

    /** A language named in itself, as a switcher shows it. */
    public String nameOf(Locale language) {
        String name = language.getDisplayLanguage(language);
        return name.substring(0, 1).toUpperCase(language) + name.substring(1);
    }

    /** This page again, with the same query (a postback's form fields are not in it), in {@code language}. */
    public String linkTo(Locale language) {
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext()
                .getRequest();
        String query = request.getQueryString() == null ? "" : Arrays.stream(request.getQueryString().split("&"))
                .filter(p -> !p.isEmpty() && !p.equals(PARAMETER) && !p.startsWith(PARAMETER + "="))
                .map(p -> p + "&").collect(Collectors.joining());
        return request.getRequestURI() + "?" + query + PARAMETER + "=" + language.getLanguage();
    }

    static Optional<Locale> supported(String language) {
        return LANGUAGES.stream().filter(candidate -> candidate.getLanguage().equals(language)).findFirst();
    }

    private static String cookie(ExternalContext external) {
        Map<String, Object> cookies = external.getRequestCookieMap();
        return cookies.get(COOKIE) instanceof Cookie cookie ? cookie.getValue() : null;
    }

    private static void remember(ExternalContext external, Locale language) {
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        Cookie cookie = new Cookie(COOKIE, language.getLanguage());
        cookie.setPath(external.getRequestContextPath().isEmpty() ? "/" : external.getRequestContextPath());
        cookie.setMaxAge(COOKIE_SECONDS);
        cookie.setHttpOnly(true);
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
    }
}

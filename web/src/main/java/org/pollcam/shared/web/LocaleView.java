package org.pollcam.shared.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/**
 * The language of the screens: Azerbaijani, English or Russian. Starts from the browser's preference (negotiated by
 * Faces against the supported locales) and keeps the visitor's choice for the session.
 */
@Named
@SessionScoped
public class LocaleView implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final List<Locale> LANGUAGES = List.of(new Locale("az"), Locale.ENGLISH, new Locale("ru"));

    private Locale locale;

    public Locale getLocale() {
        if (locale == null) {
            locale = FacesContext.getCurrentInstance().getApplication().getViewHandler()
                    .calculateLocale(FacesContext.getCurrentInstance());
        }
        return locale;
    }

    public String getLanguage() {
        return getLocale().getLanguage();
    }

    public void setLanguage(String language) {
        LANGUAGES.stream().filter(candidate -> candidate.getLanguage().equals(language)).findFirst()
                .ifPresent(chosen -> {
                    locale = chosen;
                    FacesContext.getCurrentInstance().getViewRoot().setLocale(chosen);
                });
    }

    public List<Locale> getLanguages() {
        return LANGUAGES;
    }

    /** A language named in itself, as a switcher shows it. */
    public String nameOf(Locale language) {
        String name = language.getDisplayLanguage(language);
        return name.substring(0, 1).toUpperCase(language) + name.substring(1);
    }
}

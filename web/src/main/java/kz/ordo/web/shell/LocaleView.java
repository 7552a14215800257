package kz.ordo.web.shell;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/** The language of the pages: Russian by default, Kazakh and English selectable (R-NFR-6). */
@Named
@SessionScoped
public class LocaleView implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final List<String> LANGUAGES = List.of("ru", "kk", "en");

    private Locale locale = Locale.forLanguageTag("ru");

    public Locale getLocale() {
        return locale;
    }

    public String getLanguage() {
        return locale.getLanguage();
    }

    public List<String> getLanguages() {
        return LANGUAGES;
    }

    /** Switches the language and reloads the current page in it. */
    public void switchTo(String language) {
        if (LANGUAGES.contains(language)) {
            locale = Locale.forLanguageTag(language);
            FacesContext.getCurrentInstance().getViewRoot().setLocale(locale);
        }
    }
}

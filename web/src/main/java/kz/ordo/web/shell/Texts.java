package kz.ordo.web.shell;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import kz.ordo.shared.BusinessException;
import kz.ordo.shared.Messages;

/** Texts in the user's language for code (the pages use the {@code msg} bundle directly). */
@Named
@RequestScoped
public class Texts {

    @Inject
    LocaleView localeView;

    public java.util.Locale locale() {
        return localeView.getLocale();
    }

    public String get(String key, Object... args) {
        return Messages.get(localeView.getLocale(), key, args);
    }

    /** "Fill in «field»" for the field whose label key is given. */
    public String required(String labelKey) {
        return get("request.error.fieldRequired", new Messages.Text(labelKey));
    }

    /** Shows a refused business action as an error message on the page. */
    public void error(BusinessException e) {
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, Messages.of(localeView.getLocale(), e), null));
        FacesContext.getCurrentInstance().validationFailed();
    }

    public void warn(String key, Object... args) {
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_WARN, get(key, args), null));
    }

    public void info(String key, Object... args) {
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_INFO, get(key, args), null));
    }
}

package kz.ordo.web.shell;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;

import java.util.Locale;

/**
 * Every view starts in the language the user chose (Russian by default), not in the browser's: the messages of
 * a page's view parameters (a wrong id or type in the URL) are resolved before the page's f:view sets its locale.
 */
public class OrdoViewHandler extends ViewHandlerWrapper {

    public OrdoViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Locale calculateLocale(FacesContext context) {
        LocaleView chosen = context.getApplication().evaluateExpressionGet(context, "#{localeView}", LocaleView.class);
        return chosen == null ? super.calculateLocale(context) : chosen.getLocale();
    }
}

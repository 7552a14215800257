package kz.ordo.web.shell;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

/**
 * Which tab contents of a card's dynamic tab view are built: a card opens on its first tab, so its GET builds only
 * that one; the card's postbacks (an action, a tab opened, a file uploaded) name the open tab in the tab view's
 * {@code _activeIndex} field (the content load of a newly opened tab too), so only that tab's components need exist
 * then. Used at build time, {@code <c:if test="#{lazyTabs.built('card:tabs', 2)}">} inside each {@code p:tab}.
 * A tab loaded later finds the scripts its components need in the page head only if they were put there on the GET
 * (PrimeFaces resource dependencies go to the head when a component is built): a tab whose components need scripts
 * beyond the page's own declares them with {@code h:outputScript} outside its {@code c:if} (the file upload, the date
 * picker). A postback of another form (language, bell) builds every tab, as the view was before.
 */
@Named
@RequestScoped
public class LazyTabs {

    public boolean built(String tabViewClientId, int index) {
        FacesContext fc = FacesContext.getCurrentInstance();
        if (!fc.isPostback()) {
            return index == 0;
        }
        String active = fc.getExternalContext().getRequestParameterMap().get(tabViewClientId + "_activeIndex");
        if (active == null) {
            return true;
        }
        try {
            return Integer.parseInt(active.strip()) == index;
        } catch (NumberFormatException e) {
            return true;
        }
    }
}

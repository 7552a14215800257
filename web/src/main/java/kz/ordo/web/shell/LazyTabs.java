package kz.ordo.web.shell;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

/**
 * Which tab contents of a card's dynamic tab view are built in a postback: the card's postbacks (an action, a tab
 * opened, a file uploaded) name the open tab in the tab view's {@code _activeIndex} field (the content load of a
 * newly opened tab too), so the components of the other tabs need not exist then. Used at build time,
 * {@code <c:if test="#{lazyTabs.built('card:tabs', 2)}">} inside each {@code p:tab}. The first GET builds every
 * tab: the components of a tab bring their scripts into the page head (PrimeFaces resource dependencies), and a
 * file upload loaded into a tab later found no script to work with. A postback of another form (language, bell)
 * builds every tab too, as the view was before.
 */
@Named
@RequestScoped
public class LazyTabs {

    public boolean built(String tabViewClientId, int index) {
        FacesContext fc = FacesContext.getCurrentInstance();
        if (!fc.isPostback()) {
            return true;
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

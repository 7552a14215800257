package kz.ordo.web.shell;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

/**
 * Which tab contents of a card's dynamic tab view are built in this request: a card opens on its first tab and
 * loads the others by ajax when opened, so the components of the tabs not shown need not exist at all (building
 * them was most of a card's cost). Used at build time, {@code <c:if test="#{lazyTabs.built('card:tabs', 2)}">}
 * inside each {@code p:tab}. A postback of the card's form names its open tab in the tab view's
 * {@code _activeIndex} field (the content load of a newly opened tab too); a postback of another form (language,
 * bell) builds every tab, as the view was before.
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

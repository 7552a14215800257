package kz.ordo.web.notifications;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import kz.ordo.notifications.boundary.NotificationService;
import kz.ordo.notifications.entity.Notification;
import kz.ordo.shared.BusinessException;
import kz.ordo.web.shell.PagedModel;
import kz.ordo.web.shell.Texts;

import java.io.IOException;
import java.io.Serializable;

/** The caller's notifications, newest first, paged in SQL; opening one marks it read and goes to its record. */
@Named
@ViewScoped
public class NotificationListView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    NotificationService notifications;

    @Inject
    Texts texts;

    private PagedModel<Notification> model;

    @jakarta.annotation.PostConstruct
    void init() {
        model = new PagedModel<>(notifications::count, notifications::mine, Notification::getId);
    }

    public void open(Long id) throws IOException {
        try {
            String link = notifications.markRead(id);
            FacesContext fc = FacesContext.getCurrentInstance();
            fc.getExternalContext().redirect(fc.getExternalContext().getRequestContextPath() + "/" + (link == null ? "notifications/list.xhtml" : link));
        } catch (BusinessException e) {
            texts.error(e);
        }
    }

    public void markAllRead() {
        notifications.markAllRead();
        texts.info("notify.allRead");
    }

    public PagedModel<Notification> getModel() {
        return model;
    }
}

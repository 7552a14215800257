package kz.ordo.web.notifications;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import kz.ordo.notifications.boundary.NotificationService;
import kz.ordo.notifications.boundary.Preference;
import kz.ordo.notifications.entity.DeliveryMode;
import kz.ordo.shared.BusinessException;
import kz.ordo.web.shell.Texts;

import java.io.Serializable;
import java.util.List;

/** The caller's delivery choice per event kind: in the app, by email, both or none, and the daily digest. */
@Named
@ViewScoped
public class PreferencesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    NotificationService notifications;

    @Inject
    Texts texts;

    private List<Preference> preferences;

    @PostConstruct
    void init() {
        preferences = notifications.preferences();
    }

    public void save() {
        try {
            notifications.savePreferences(preferences);
            preferences = notifications.preferences();
            texts.info("notify.prefsSaved");
        } catch (BusinessException e) {
            texts.error(e);
        }
    }

    public List<Preference> getPreferences() {
        return preferences;
    }

    public DeliveryMode[] getModes() {
        return DeliveryMode.values();
    }
}

package kz.ordo.web.notifications;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.faces.push.Push;
import jakarta.faces.push.PushContext;
import jakarta.inject.Inject;
import kz.ordo.notifications.control.PushHub;

/**
 * Carries "something new for this person" from the notification module to their open pages: a Faces
 * websocket message on the user's channel, on which the bell asks for its count again (no page reload).
 */
@ApplicationScoped
public class PushBridge {

    public static final String CHANNEL = "notify";

    @Inject
    PushHub hub;

    @Inject
    @Push(channel = CHANNEL)
    PushContext push;

    void start(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        hub.listen(login -> push.send("refresh", login));
    }
}

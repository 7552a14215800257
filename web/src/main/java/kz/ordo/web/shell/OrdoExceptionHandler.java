package kz.ordo.web.shell;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.FacesException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import kz.ordo.identity.control.SecurityLog;
import kz.ordo.shared.Messages;

import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What a user sees when something goes wrong in a page or an ajax call: an expired view goes back to the
 * page with a message; a refused access goes to the 403 page; anything else is logged with a correlation
 * id and shown as that id on the error page, never as a stack trace.
 */
public class OrdoExceptionHandler extends ExceptionHandlerWrapper {

    private static final Logger LOG = Logger.getLogger(OrdoExceptionHandler.class.getName());

    OrdoExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext fc = FacesContext.getCurrentInstance();
        Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext()) {
            Throwable t = events.next().getContext().getException();
            events.remove();
            ExternalContext ec = fc.getExternalContext();
            try {
                if (find(t, ViewExpiredException.class) != null) {
                    ViewExpiredException vee = find(t, ViewExpiredException.class);
                    ec.getFlash().setKeepMessages(true);
                    Locale locale = fc.getViewRoot() == null ? Messages.DEFAULT_LOCALE : fc.getViewRoot().getLocale();
                    fc.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN,
                            Messages.get(locale, "error.viewExpired"), null));
                    ec.redirect(ec.getRequestContextPath() + (vee.getViewId() == null ? "/" : vee.getViewId()));
                } else if (find(t, EJBAccessException.class) != null) {
                    SecurityLog.event("access.denied", ec.getRemoteUser(), String.valueOf(ec.getRequestServletPath()));
                    ec.redirect(ec.getRequestContextPath() + "/error.xhtml?code=403");
                } else {
                    String id = String.valueOf(ec.getRequestMap().get(SecurityHeadersFilter.CORRELATION_ID));
                    LOG.log(Level.SEVERE, "Unhandled error, correlation id " + id, t);
                    ec.redirect(ec.getRequestContextPath() + "/error.xhtml?code=500&ref=" + id);
                }
                fc.responseComplete();
            } catch (IOException e) {
                throw new FacesException(e);
            }
        }
        getWrapped().handle();
    }

    private static <T extends Throwable> T find(Throwable t, Class<T> type) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (type.isInstance(c)) {
                return type.cast(c);
            }
        }
        return null;
    }
}

package kz.ordo.api;

import jakarta.ejb.EJBAccessException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import kz.ordo.shared.BusinessException;
import kz.ordo.shared.Messages;
import kz.ordo.shared.NotFoundException;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Errors of the REST API as JSON {@code {"error": key, "message": text}} in the caller's language
 * (Accept-Language: ru, kk, en): a refused rule is 400, an unknown or foreign id 404, a missing role 403,
 * anything else 500 with a correlation id and no internals.
 */
@Provider
public class ErrorMapper implements ExceptionMapper<Exception> {

    private static final Logger LOG = Logger.getLogger(ErrorMapper.class.getName());

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(Exception e) {
        Throwable t = e;
        while (t.getCause() != null && !(t instanceof BusinessException) && !(t instanceof EJBAccessException)) {
            t = t.getCause();
        }
        if (t instanceof NotFoundException nf) {
            return body(404, nf.getMessageKey(), Messages.of(locale(), nf));
        }
        if (t instanceof kz.ordo.shared.ConcurrentEditException ce) {
            return body(409, ce.getMessageKey(), Messages.of(locale(), ce));
        }
        if (t instanceof BusinessException be) {
            return body(400, be.getMessageKey(), Messages.of(locale(), be));
        }
        if (t instanceof EJBAccessException) {
            return body(403, "error.403", Messages.get(locale(), "error.403"));
        }
        if (e instanceof WebApplicationException wae && wae.getResponse().getStatus() < 500) {
            return body(wae.getResponse().getStatus(), "error.request", String.valueOf(wae.getMessage()));
        }
        String id = UUID.randomUUID().toString().substring(0, 8);
        LOG.log(Level.SEVERE, "REST error, correlation id " + id, e);
        return body(500, "error.500", Messages.get(locale(), "error.500") + " (" + id + ")");
    }

    private Locale locale() {
        List<Locale> accepted = headers == null ? List.of() : headers.getAcceptableLanguages();
        for (Locale l : accepted) {
            if (List.of("ru", "kk", "en").contains(l.getLanguage())) {
                return l;
            }
        }
        return Messages.DEFAULT_LOCALE;
    }

    private static Response body(int status, String key, String message) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("error", key);
        m.put("message", message);
        return Response.status(status).type(MediaType.APPLICATION_JSON).entity(m).build();
    }
}

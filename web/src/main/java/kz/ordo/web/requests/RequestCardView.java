package kz.ordo.web.requests;

import jakarta.faces.context.FacesContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import kz.ordo.requests.boundary.RequestService;
import kz.ordo.requests.entity.Request;
import kz.ordo.shared.NotFoundException;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;

/** A request's card; the id comes from the URL and the service decides whether the caller may see it. */
@Named
@RequestScoped
public class RequestCardView {

    @Inject
    RequestService requests;

    @Inject
    Clock clock;

    private Long id;
    private Request request;

    /** Loads the request; a missing or foreign id answers 404 like any unknown page. */
    public void load() throws IOException {
        try {
            request = requests.find(id);
        } catch (NotFoundException e) {
            FacesContext fc = FacesContext.getCurrentInstance();
            fc.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, null);
            fc.responseComplete();
        }
    }

    public boolean isOverdue() {
        return request != null && request.isOverdue(LocalDate.now(clock));
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Request getRequest() {
        return request;
    }
}

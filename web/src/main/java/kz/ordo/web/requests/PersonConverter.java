package kz.ordo.web.requests;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import jakarta.inject.Inject;
import kz.ordo.identity.boundary.PeopleService;
import kz.ordo.identity.boundary.Person;

/** A picked colleague travels as their id; the service reads them back. */
@FacesConverter(value = "ordo.person", managed = true)
public class PersonConverter implements Converter<Person> {

    @Inject
    PeopleService people;

    @Override
    public Person getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            // a managed converter gets the service injected; where Faces built it without CDI, ask CDI directly
            PeopleService service = people != null ? people : jakarta.enterprise.inject.spi.CDI.current().select(PeopleService.class).get();
            return service.byId(Long.valueOf(value));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Person value) {
        return value == null ? "" : String.valueOf(value.getId());
    }
}

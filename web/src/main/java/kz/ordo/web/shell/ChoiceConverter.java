package kz.ordo.web.shell;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;

/** A {@link Choice} travels as "id:label", so that the picker shows it again without asking a service. */
@FacesConverter("ordo.choice")
public class ChoiceConverter implements Converter<Choice> {

    @Override
    public Choice getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        int colon = value.indexOf(':');
        try {
            return new Choice(Long.valueOf(colon < 0 ? value : value.substring(0, colon)), colon < 0 ? "" : value.substring(colon + 1));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Choice value) {
        return value == null ? "" : value.getId() + ":" + value.getLabel();
    }
}

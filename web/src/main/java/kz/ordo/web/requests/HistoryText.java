package kz.ordo.web.requests;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import kz.ordo.requests.boundary.HistoryEntry;
import kz.ordo.requests.entity.FieldSpec;
import kz.ordo.requests.entity.RequestType;
import kz.ordo.requests.entity.TypeFields;
import kz.ordo.web.shell.Texts;

import java.util.Arrays;
import java.util.Optional;

/** A history line in the reader's language: field names and coded values (status, priority, options) translated. */
@Named
@RequestScoped
public class HistoryText {

    @Inject
    Texts texts;

    public String field(HistoryEntry h) {
        if (h.getField() == null) {
            return "";
        }
        if (h.getField().startsWith("field.")) {
            return texts.get(h.getField());
        }
        String key = "history.field." + h.getField();
        String label = texts.get(key);
        return label.equals(key) ? h.getField() : label;
    }

    public String value(String field, String value) {
        if (value == null || field == null) {
            return value;
        }
        return switch (field) {
            case "status" -> texts.get("request." + value);
            case "priority" -> texts.get("priority." + value);
            case "type" -> texts.get("request.type." + value);
            default -> field.startsWith("field.") ? spec(field.substring(6))
                    .map(f -> FieldDisplay.format(texts, f, value)).orElse(value) : value;
        };
    }

    private static Optional<FieldSpec> spec(String key) {
        return Arrays.stream(RequestType.values()).flatMap(t -> TypeFields.of(t).stream())
                .filter(f -> f.key().equals(key)).findFirst();
    }
}

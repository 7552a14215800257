package kz.ordo.api;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import kz.ordo.shared.BusinessException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/** Typed reads of a JSON request body; a value of the wrong type is refused naming the field. */
final class JsonFields {

    private JsonFields() {
    }

    private static JsonValue value(JsonObject o, String name) {
        JsonValue v = o.get(name);
        return v == null || v.getValueType() == JsonValue.ValueType.NULL ? null : v;
    }

    static String string(JsonObject o, String name) {
        JsonValue v = value(o, name);
        if (v == null) {
            return null;
        }
        if (v instanceof JsonString s) {
            return s.getString();
        }
        if (v instanceof JsonNumber n) {
            return n.toString();
        }
        throw new BusinessException("api.error.field", name);
    }

    static Long longValue(JsonObject o, String name) {
        JsonValue v = value(o, name);
        try {
            if (v == null) {
                return null;
            }
            if (v instanceof JsonNumber n) {
                return n.longValueExact();
            }
            if (v instanceof JsonString s) {
                return Long.valueOf(s.getString());
            }
        } catch (ArithmeticException | NumberFormatException e) {
            throw new BusinessException("api.error.field", name);
        }
        throw new BusinessException("api.error.field", name);
    }

    static BigDecimal decimal(JsonObject o, String name) {
        JsonValue v = value(o, name);
        try {
            if (v == null) {
                return null;
            }
            if (v instanceof JsonNumber n) {
                return n.bigDecimalValue();
            }
            if (v instanceof JsonString s) {
                return new BigDecimal(s.getString());
            }
        } catch (NumberFormatException e) {
            throw new BusinessException("api.error.field", name);
        }
        throw new BusinessException("api.error.field", name);
    }

    static LocalDate date(JsonObject o, String name) {
        String s = string(o, name);
        try {
            return s == null || s.isBlank() ? null : LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw new BusinessException("api.error.field", name);
        }
    }

    static <E extends Enum<E>> E enumValue(JsonObject o, String name, Class<E> type) {
        String s = string(o, name);
        try {
            return s == null || s.isBlank() ? null : Enum.valueOf(type, s);
        } catch (IllegalArgumentException e) {
            throw new BusinessException("api.error.field", name);
        }
    }

    static Map<String, String> stringMap(JsonObject o, String name) {
        JsonValue v = value(o, name);
        if (v == null) {
            return Map.of();
        }
        if (!(v instanceof JsonObject m)) {
            throw new BusinessException("api.error.field", name);
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (String key : m.keySet()) {
            out.put(key, string(m, key));
        }
        return out;
    }
}

package kz.ordo.requests.entity;

import kz.ordo.shared.BusinessException;
import kz.ordo.shared.Messages;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/**
 * One type-specific field of a request (R-REQ-1): its key (also the label key {@code field.<key>}), kind,
 * whether it is required, the options of a choice, and an optional condition "required when field X has
 * value Y" (e.g. an incident's severity).
 */
public record FieldSpec(String key, FieldKind kind, boolean required, List<String> options, String requiredWhenKey,
                        String requiredWhenValue) {

    public static final int TEXT_MAX = 500;
    public static final int LONG_TEXT_MAX = 5000;

    public FieldSpec {
        options = options == null ? List.of() : List.copyOf(options);
    }

    public static FieldSpec required(String key, FieldKind kind, String... options) {
        return new FieldSpec(key, kind, true, List.of(options), null, null);
    }

    public static FieldSpec optional(String key, FieldKind kind, String... options) {
        return new FieldSpec(key, kind, false, List.of(options), null, null);
    }

    public FieldSpec requiredWhen(String otherKey, String otherValue) {
        return new FieldSpec(key, kind, false, options, otherKey, otherValue);
    }

    /** The bundle key of this field's label. */
    public String label() {
        return "field." + key;
    }

    /** Whether the field must be filled, given the other values entered. */
    public boolean isRequiredFor(Map<String, String> values) {
        return required || (requiredWhenKey != null && requiredWhenValue.equals(values.get(requiredWhenKey)));
    }

    /** Shown as required in the form (always, or "required when"): the form marks both. */
    public boolean isConditional() {
        return requiredWhenKey != null;
    }

    /**
     * The stored form of a value entered by a person: trimmed text, ISO dates, plain decimals, option codes.
     * Blank gives null. A malformed value is refused naming the field.
     */
    public String normalise(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String v = raw.strip();
        Messages.Text name = new Messages.Text(label());
        try {
            return switch (kind) {
                case TEXT -> limit(v, TEXT_MAX, name);
                case LONG_TEXT -> limit(v, LONG_TEXT_MAX, name);
                case INTEGER -> {
                    long n = Long.parseLong(v.replace(" ", "").replace("\u00a0", ""));
                    if (n < 0 || n > 1_000_000_000L) {
                        throw new BusinessException("request.error.fieldNumber", name);
                    }
                    yield Long.toString(n);
                }
                case DECIMAL -> {
                    BigDecimal d = new BigDecimal(v.replace(" ", "").replace("\u00a0", "").replace(',', '.'));
                    if (d.signum() < 0 || d.scale() > 2 || d.precision() - d.scale() > 15) {
                        throw new BusinessException("request.error.fieldNumber", name);
                    }
                    yield d.toPlainString();
                }
                case DATE -> LocalDate.parse(v).toString();
                case DATETIME -> LocalDateTime.parse(v).truncatedTo(ChronoUnit.MINUTES).toString();
                case CHOICE -> {
                    if (!options.contains(v)) {
                        throw new BusinessException("request.error.fieldChoice", name);
                    }
                    yield v;
                }
                case BOOLEAN -> {
                    if (!v.equals("true") && !v.equals("false")) {
                        throw new BusinessException("request.error.fieldChoice", name);
                    }
                    yield v;
                }
            };
        } catch (NumberFormatException e) {
            throw new BusinessException("request.error.fieldNumber", name);
        } catch (DateTimeParseException e) {
            throw new BusinessException("request.error.fieldDate", name);
        }
    }

    private static String limit(String v, int max, Messages.Text name) {
        if (v.length() > max) {
            throw new BusinessException("request.error.fieldLength", name, max);
        }
        return v;
    }
}

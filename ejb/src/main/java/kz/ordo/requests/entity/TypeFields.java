package kz.ordo.requests.entity;

import kz.ordo.shared.BusinessException;
import kz.ordo.shared.Messages;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static kz.ordo.requests.entity.FieldKind.BOOLEAN;
import static kz.ordo.requests.entity.FieldKind.CHOICE;
import static kz.ordo.requests.entity.FieldKind.DATE;
import static kz.ordo.requests.entity.FieldKind.DATETIME;
import static kz.ordo.requests.entity.FieldKind.DECIMAL;
import static kz.ordo.requests.entity.FieldKind.INTEGER;
import static kz.ordo.requests.entity.FieldKind.LONG_TEXT;
import static kz.ordo.requests.entity.FieldKind.TEXT;
import static kz.ordo.requests.entity.FieldSpec.optional;
import static kz.ordo.requests.entity.FieldSpec.required;

/**
 * The catalogue of type-specific fields (R-REQ-1, R-RULE-5, R-SEED-8/13/14). Amount and currency are
 * columns of every request (money is NUMERIC with a currency); {@link #amountRequired} says for which types.
 */
public final class TypeFields {

    private static final Map<RequestType, List<FieldSpec>> FIELDS = new EnumMap<>(RequestType.class);

    static {
        FIELDS.put(RequestType.PAYMENT, List.of(
                required("supplier", TEXT),
                required("paymentDue", DATE),
                required("basis", TEXT),
                optional("purpose", LONG_TEXT)));
        FIELDS.put(RequestType.PURCHASE, List.of(
                required("item", TEXT),
                required("quantity", INTEGER),
                required("deliveryPlace", TEXT),
                required("forWhom", TEXT),
                required("urgency", CHOICE, "PLANNED", "SOON", "IMMEDIATE")));
        FIELDS.put(RequestType.CONTRACT, List.of(
                required("counterparty", TEXT),
                required("subject", LONG_TEXT),
                optional("fileVersion", TEXT)));
        FIELDS.put(RequestType.MARKETING, List.of(
                required("marketingKind", CHOICE, "CREATIVE", "PLACEMENT", "TEXTS", "DESIGN"),
                optional("placement", TEXT),
                optional("texts", LONG_TEXT),
                optional("design", LONG_TEXT),
                required("launchDate", DATE)));
        FIELDS.put(RequestType.IT, List.of(
                required("itKind", CHOICE, "ACCESS", "SETUP", "INTEGRATION", "BUG", "INCIDENT"),
                required("system", TEXT),
                optional("severity", CHOICE, "S1", "S2", "S3", "S4").requiredWhen("itKind", "INCIDENT"),
                optional("impact", CHOICE, "USER", "TEAM", "BRANCH", "COMPANY").requiredWhen("itKind", "INCIDENT"),
                optional("resolution", LONG_TEXT)));
        FIELDS.put(RequestType.HR, List.of(
                required("hrKind", CHOICE, "CERTIFICATE", "DOCUMENT", "PAPERWORK"),
                required("employee", TEXT),
                optional("copies", INTEGER),
                optional("presentTo", TEXT)));
        FIELDS.put(RequestType.REPAIR, List.of(
                required("equipmentModel", TEXT),
                required("serialNumber", TEXT),
                optional("purchaseDate", DATE),
                required("symptoms", LONG_TEXT),
                required("location", TEXT),
                required("serviceMode", CHOICE, "ON_SITE", "CARRY_IN"),
                optional("visitSlot", DATETIME).requiredWhen("serviceMode", "ON_SITE"),
                optional("visitConfirmed", BOOLEAN)));
        FIELDS.put(RequestType.INSTALLATION, List.of(
                required("objectType", CHOICE, "OFFICE", "WAREHOUSE", "SHOP", "HOUSE", "OTHER"),
                required("area", DECIMAL),
                optional("floors", INTEGER),
                optional("network", TEXT),
                optional("zones", TEXT),
                required("goals", LONG_TEXT),
                required("desiredDate", DATE),
                optional("estimateWorks", DECIMAL),
                optional("estimateMaterials", DECIMAL),
                optional("estimateExtras", DECIMAL),
                optional("priceMode", CHOICE, "FIXED", "HOURLY"),
                optional("crew", TEXT),
                optional("installSlot", DATETIME)));
    }

    private TypeFields() {
    }

    public static List<FieldSpec> of(RequestType type) {
        return type == null ? List.of() : FIELDS.get(type);
    }

    /** A payment request names its amount and currency; other types may. */
    public static boolean amountRequired(RequestType type) {
        return type == RequestType.PAYMENT;
    }

    /**
     * Checks and normalises the values entered for {@code type}: unknown keys are refused, every required
     * field (including "required when") must be filled. Returns only the filled fields, in catalogue order.
     */
    public static Map<String, String> check(RequestType type, Map<String, String> raw) {
        Map<String, String> in = raw == null ? Map.of() : raw;
        List<FieldSpec> specs = of(type);
        for (String key : in.keySet()) {
            if (specs.stream().noneMatch(s -> s.key().equals(key)) && in.get(key) != null && !in.get(key).isBlank()) {
                throw new BusinessException("request.error.fieldUnknown", key);
            }
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (FieldSpec spec : specs) {
            String v = spec.normalise(in.get(spec.key()));
            if (v != null) {
                out.put(spec.key(), v);
            }
        }
        for (FieldSpec spec : specs) {
            if (spec.isRequiredFor(out) && !out.containsKey(spec.key())) {
                throw new BusinessException("request.error.fieldRequired", new Messages.Text(spec.label()));
            }
        }
        return out;
    }
}

package kz.ordo.platform;

import kz.ordo.requests.entity.RequestType;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Valid type-specific field values for each request type, as a person would enter them: the demo company,
 * the integration tests and the data generator use them so generated requests satisfy the same rules.
 */
public final class SampleFields {

    private SampleFields() {
    }

    public static Map<String, String> of(RequestType type, LocalDate today) {
        Map<String, String> m = new LinkedHashMap<>();
        switch (type) {
            case PAYMENT -> {
                m.put("supplier", "ТОО «Арендодатель»");
                m.put("paymentDue", today.plusDays(5).toString());
                m.put("basis", "Договор аренды № 12/2026");
            }
            case PURCHASE -> {
                m.put("item", "Бумага А4, 80 г/м²");
                m.put("quantity", "40");
                m.put("deliveryPlace", "Алматы, склад");
                m.put("forWhom", "Административный отдел");
                m.put("urgency", "PLANNED");
            }
            case CONTRACT -> {
                m.put("counterparty", "ТОО «Чистая вода»");
                m.put("subject", "Поставка питьевой воды на 2027 год");
                m.put("fileVersion", "v1");
            }
            case MARKETING -> {
                m.put("marketingKind", "DESIGN");
                m.put("placement", "Баннер 3×6 м, ТРЦ");
                m.put("launchDate", today.plusDays(14).toString());
            }
            case IT -> {
                m.put("itKind", "ACCESS");
                m.put("system", "1С:Бухгалтерия");
            }
            case HR -> {
                m.put("hrKind", "CERTIFICATE");
                m.put("employee", "Ерлан Омаров");
                m.put("copies", "1");
            }
            case REPAIR -> {
                m.put("equipmentModel", "Daikin FTXB35C");
                m.put("serialNumber", "SN-4471-A");
                m.put("purchaseDate", today.minusYears(2).toString());
                m.put("symptoms", "Не охлаждает, течёт вода");
                m.put("location", "Переговорная 3, 2 этаж");
                m.put("serviceMode", "ON_SITE");
                m.put("visitSlot", today.plusDays(2).atTime(10, 0).toString());
            }
            case INSTALLATION -> {
                m.put("objectType", "WAREHOUSE");
                m.put("area", "850");
                m.put("floors", "1");
                m.put("goals", "Видеонаблюдение за погрузкой и входами");
                m.put("desiredDate", today.plusDays(30).toString());
                m.put("priceMode", "FIXED");
            }
        }
        return m;
    }
}

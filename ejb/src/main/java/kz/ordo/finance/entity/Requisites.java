package kz.ordo.finance.entity;

import java.math.BigInteger;
import java.util.Locale;

/**
 * Checks of Kazakhstan's bank details (R-FIN-1): the BIN/IIN control digit (two weighted passes modulo 11), the
 * IBAN check digits (ISO 13616, modulo 97; a KZ IBAN has 20 characters), the BIC form and the KBE code.
 */
public final class Requisites {

    private static final int[] W1 = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11};
    private static final int[] W2 = {3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2};

    private Requisites() {
    }

    public static boolean isBinOrIin(String s) {
        if (s == null || !s.matches("\\d{12}")) {
            return false;
        }
        int c = weighted(s, W1);
        if (c == 10) {
            c = weighted(s, W2);
        }
        return c != 10 && c == s.charAt(11) - '0';
    }

    private static int weighted(String s, int[] w) {
        int sum = 0;
        for (int i = 0; i < 11; i++) {
            sum += (s.charAt(i) - '0') * w[i];
        }
        return sum % 11;
    }

    /** The IBAN without spaces, upper case. */
    public static String normalizeIban(String s) {
        return s == null ? "" : s.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
    }

    public static boolean isIban(String raw) {
        String s = normalizeIban(raw);
        if (!s.matches("[A-Z]{2}\\d{2}[A-Z0-9]{10,30}") || (s.startsWith("KZ") && s.length() != 20)) {
            return false;
        }
        String moved = s.substring(4) + s.substring(0, 4);
        StringBuilder digits = new StringBuilder();
        for (char c : moved.toCharArray()) {
            digits.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
        }
        return new BigInteger(digits.toString()).mod(BigInteger.valueOf(97)).intValue() == 1;
    }

    public static boolean isBic(String s) {
        return s != null && s.toUpperCase(Locale.ROOT).matches("[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?");
    }

    /** KBE: residence (1 resident, 2 non-resident) and economic sector (1–9). */
    public static boolean isKbe(String s) {
        return s != null && s.matches("[12][1-9]");
    }
}

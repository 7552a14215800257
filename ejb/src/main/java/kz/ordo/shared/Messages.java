package kz.ordo.shared;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The product's texts (resource bundle {@code kz.ordo.i18n.messages}: ru default, kk, en). */
public final class Messages {

    public static final String BUNDLE = "kz.ordo.i18n.messages";
    public static final Locale DEFAULT_LOCALE = Locale.forLanguageTag("ru");

    private Messages() {
    }

    public static String get(Locale locale, String key, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale == null ? DEFAULT_LOCALE : locale,
                Messages.class.getClassLoader(), ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        if (args.length == 0) {
            return pattern;
        }
        Object[] resolved = args.clone();
        for (int i = 0; i < resolved.length; i++) {
            if (resolved[i] instanceof Text t) {
                resolved[i] = get(locale, t.key());
            } else if (resolved[i] instanceof TextList list) {
                resolved[i] = String.join(", ", list.items().stream().map(t -> get(locale, t.key())).toList());
            }
        }
        return new MessageFormat(pattern, bundle.getLocale()).format(resolved);
    }

    /** An argument that is itself a text of the bundle (a field's name), shown in the reader's language. */
    public record Text(String key) implements java.io.Serializable {
    }

    /** Several texts of the bundle shown as one comma-separated argument ("the invoice file, the basis"). */
    public record TextList(java.util.List<Text> items) implements java.io.Serializable {
    }

    public static String of(Locale locale, BusinessException e) {
        return get(locale, e.getMessageKey(), e.getArguments());
    }
}

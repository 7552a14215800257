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
        return args.length == 0 ? pattern : new MessageFormat(pattern, bundle.getLocale()).format(args);
    }

    public static String of(Locale locale, BusinessException e) {
        return get(locale, e.getMessageKey(), e.getArguments());
    }
}

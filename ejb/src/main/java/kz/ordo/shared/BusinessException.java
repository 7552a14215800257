package kz.ordo.shared;

import jakarta.ejb.ApplicationException;

import java.util.Arrays;

/**
 * A refused business action. Carries a message key of the {@code kz.ordo.i18n.messages} bundle and its
 * arguments, so that the page and the REST API show it in the user's language. Rolls the transaction back.
 */
@ApplicationException(rollback = true)
public class BusinessException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public BusinessException(String messageKey, Object... arguments) {
        super(messageKey + Arrays.toString(arguments));
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String getMessageKey() {
        return messageKey;
    }

    public Object[] getArguments() {
        return arguments.clone();
    }
}

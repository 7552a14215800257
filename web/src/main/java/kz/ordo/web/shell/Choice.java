package kz.ordo.web.shell;

import java.io.Serializable;
import java.util.Objects;

/**
 * Something picked in an autocomplete (a counterparty, a budget line, a payment request): its id and how the picker
 * shows it. The service checks the id again when the form is saved; the label is only shown back to the same user.
 */
public final class Choice implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Long id;
    private final String label;

    public Choice(Long id, String label) {
        this.id = Objects.requireNonNull(id);
        this.label = label == null ? "" : label;
    }

    public static Long idOf(Choice c) {
        return c == null ? null : c.id;
    }

    public Long getId() {
        return id;
    }

    public String getLabel() {
        return label;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Choice c && c.id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return label;
    }
}

package kz.ordo.identity.boundary;

import java.io.Serializable;
import java.util.Objects;

/** A colleague as pickers show them. A bean with getters (Expression Language 5 cannot read records). */
public final class Person implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Long id;
    private final String fullName;
    private final String login;

    public Person(Long id, String fullName, String login) {
        this.id = id;
        this.fullName = fullName;
        this.login = login;
    }

    public Long getId() {
        return id;
    }

    public String getFullName() {
        return fullName;
    }

    public String getLogin() {
        return login;
    }

    public String getLabel() {
        return fullName + " (@" + login + ")";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Person p && Objects.equals(p.id, id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}

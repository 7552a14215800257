package kz.ordo.identity.control;

import jakarta.enterprise.context.RequestScoped;

import java.util.HashMap;
import java.util.Map;

/** The callers already resolved in this request, by login, so a page that calls several services reads the user once. */
@RequestScoped
public class CallerCache {

    private final Map<String, Caller> byLogin = new HashMap<>();

    Caller get(String login) {
        return byLogin.get(login);
    }

    void put(String login, Caller caller) {
        byLogin.put(login, caller);
    }
}

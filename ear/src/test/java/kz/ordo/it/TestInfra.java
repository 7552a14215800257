package kz.ordo.it;

import kz.ordo.devinfra.LocalDatabase;
import kz.ordo.devinfra.LocalMailServer;

/** Handles on the infrastructure started by {@link DevServicesListener}, for client-side tests. */
public final class TestInfra {

    static volatile LocalDatabase database;
    static volatile LocalMailServer mail;

    private TestInfra() {
    }

    public static String baseUrl() {
        return "http://127.0.0.1:" + Integer.getInteger("ordo.it.httpPort", 8180) + "/ordo/";
    }
}

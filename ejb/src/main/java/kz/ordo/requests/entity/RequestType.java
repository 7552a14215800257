package kz.ordo.requests.entity;

/** The kinds of request (R-REQ-1, R-SEED-13/14) and the prefix of their numbers. */
public enum RequestType {
    PAYMENT("PAY"), PURCHASE("PUR"), CONTRACT("CON"), MARKETING("MKT"), IT("IT"), HR("HR"),
    REPAIR("REP"), INSTALLATION("INS");

    private final String prefix;

    RequestType(String prefix) {
        this.prefix = prefix;
    }

    public String prefix() {
        return prefix;
    }
}

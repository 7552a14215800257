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

    /** The human-readable number of the {@code sequence}-th request of this type in {@code year}. */
    public String number(int year, long sequence) {
        return String.format("%s-%d-%06d", prefix, year, sequence);
    }
}

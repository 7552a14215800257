package kz.ordo.shared;

/** Text placed into HTML that Ordo writes itself (email bodies): the characters that would be markup, escaped. */
public final class Html {

    private Html() {
    }

    public static String escape(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}

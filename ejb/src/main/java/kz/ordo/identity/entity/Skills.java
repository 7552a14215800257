package kz.ordo.identity.entity;

import kz.ordo.shared.BusinessException;

import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/** Skill tags (R-SEED-7): lower case, 2 to 40 letters, digits, spaces or {@code . + # -}; at most 20 per person. */
public final class Skills {

    public static final int MAX_PER_PERSON = 20;
    private static final Pattern SKILL = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} .+#-]{1,39}");

    private Skills() {
    }

    /** The tag as stored, or null for a blank one; a malformed tag is refused with a message naming it. */
    public static String normalize(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String s = raw.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        if (!SKILL.matcher(s).matches()) {
            throw new BusinessException("skill.error.format", raw.strip());
        }
        return s;
    }

    public static Set<String> normalizeAll(Collection<String> raw) {
        Set<String> out = new TreeSet<>();
        if (raw != null) {
            for (String r : raw) {
                String s = normalize(r);
                if (s != null) {
                    out.add(s);
                }
            }
        }
        if (out.size() > MAX_PER_PERSON) {
            throw new BusinessException("skill.error.tooMany", MAX_PER_PERSON);
        }
        return out;
    }
}

package kz.ordo.tasks;

import kz.ordo.identity.entity.Skills;
import kz.ordo.shared.BusinessException;
import kz.ordo.tasks.entity.TaskStatus;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TaskRulesTest {

    @Test
    void the_database_open_flag_names_exactly_the_statuses_that_are_not_closed() throws IOException {
        String sql;
        try (InputStream in = getClass().getResourceAsStream("/db/migration/V8__task_list_indexes.sql")) {
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Matcher m = Pattern.compile("is_open BOOLEAN GENERATED ALWAYS AS\\s*\\(status IN \\(([^)]*)\\)\\)").matcher(sql);
        assertTrue(m.find(), "V8 defines is_open from the status");
        Set<String> inSql = new TreeSet<>(Arrays.stream(m.group(1).split(",")).map(s -> s.strip().replace("'", "")).toList());
        Set<String> open = new TreeSet<>(Arrays.stream(TaskStatus.values()).filter(s -> !s.isClosed()).map(Enum::name).toList());
        assertEquals(open, inSql);
    }

    @Test
    void a_closed_task_goes_nowhere_and_rework_returns_to_work_or_review() {
        for (TaskStatus s : TaskStatus.values()) {
            assertEquals(s.isClosed(), s.next().isEmpty(), s.name());
        }
        assertTrue(TaskStatus.REWORK.canMoveTo(TaskStatus.REVIEW));
        assertFalse(TaskStatus.TODO.canMoveTo(TaskStatus.DONE), "nothing is done without a result under review");
    }

    @Test
    void skills_are_normalised_and_malformed_ones_refused() {
        assertEquals("1с бухгалтерия", Skills.normalize("  1С   Бухгалтерия "));
        assertNull(Skills.normalize("  "));
        assertEquals(List.of("c#", "сварка"), List.copyOf(Skills.normalizeAll(List.of("Сварка", "сварка", "C#", ""))));
        assertEquals("skill.error.format", assertThrows(BusinessException.class, () -> Skills.normalize("<b>")).getMessageKey());
        assertEquals("skill.error.format", assertThrows(BusinessException.class, () -> Skills.normalize("x")).getMessageKey());
        List<String> many = java.util.stream.IntStream.range(0, Skills.MAX_PER_PERSON + 1).mapToObj(i -> "навык " + i).toList();
        assertEquals("skill.error.tooMany", assertThrows(BusinessException.class, () -> Skills.normalizeAll(many)).getMessageKey());
    }
}

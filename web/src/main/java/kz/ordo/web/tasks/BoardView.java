package kz.ordo.web.tasks;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import kz.ordo.shared.BusinessException;
import kz.ordo.tasks.boundary.TaskRow;
import kz.ordo.tasks.boundary.TaskService;
import kz.ordo.tasks.entity.TaskStatus;
import kz.ordo.web.shell.Texts;
import org.primefaces.event.DragDropEvent;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The team board (R-TASK-5): a column per status; dropping a card on another column asks the service for
 * that move (take, accept). A refused move shows why and the board is drawn again, so the card goes back.
 */
@Named
@ViewScoped
public class BoardView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Pattern CARD = Pattern.compile(":(\\d+):cards:(\\d+):card$");
    private static final Pattern COLUMN = Pattern.compile(":(\\d+):column$");

    @Inject
    TaskService tasks;

    @Inject
    Texts texts;

    @Inject
    Clock clock;

    private Map<TaskStatus, List<TaskRow>> board;

    public List<TaskStatus> getColumns() {
        return List.of(TaskStatus.board());
    }

    public List<TaskRow> cards(TaskStatus status) {
        if (board == null) {
            board = tasks.board();
        }
        return board.get(status);
    }

    public void onDrop(DragDropEvent event) {
        Matcher card = CARD.matcher(event.getDragId());
        Matcher column = COLUMN.matcher(event.getDropId());
        if (!card.find() || !column.find()) {
            return;
        }
        TaskStatus from = getColumns().get(Integer.parseInt(card.group(1)));
        TaskStatus to = getColumns().get(Integer.parseInt(column.group(1)));
        List<TaskRow> cards = cards(from);
        int index = Integer.parseInt(card.group(2));
        if (from == to || index >= cards.size()) {
            return;
        }
        TaskRow row = cards.get(index);
        try {
            tasks.moveOnBoard(row.getId(), row.getVersion(), to);
            texts.info("task.moved", row.getTitle());
        } catch (BusinessException e) {
            texts.error(e);
        } finally {
            board = null;
        }
    }

    /** Whether a row is overdue today, for the page: {@code #{view.overdue[row]}}. */
    public java.util.Map<TaskRow, Boolean> getOverdue() {
        LocalDate today = LocalDate.now(clock);
        return kz.ordo.web.shell.RowFlag.of(row -> row.overdueOn(today));
    }
}

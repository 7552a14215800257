package kz.ordo.batch;

import jakarta.batch.api.chunk.AbstractItemReader;

import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * A chunk reader over ids in ascending order, a page at a time; the checkpoint is the last id handed out (all
 * handed-out ids were written when a checkpoint is taken), so a restarted run goes on after it.
 */
public abstract class KeysetReader extends AbstractItemReader {

    private final Deque<Long> buffer = new ArrayDeque<>();
    private long lastId;
    private long handedOut;
    private boolean done;

    /** The next ids after {@code afterId}, ascending, at most {@link #pageSize()}. */
    protected abstract List<Long> page(long afterId);

    protected int pageSize() {
        return 1000;
    }

    @Override
    public void open(Serializable checkpoint) {
        if (checkpoint instanceof Long last) {
            lastId = last;
            handedOut = last;
        }
    }

    @Override
    public Object readItem() {
        if (buffer.isEmpty() && !done) {
            List<Long> ids = page(lastId);
            buffer.addAll(ids);
            done = ids.size() < pageSize();
            if (!ids.isEmpty()) {
                lastId = ids.get(ids.size() - 1);
            }
        }
        Long next = buffer.poll();
        if (next != null) {
            handedOut = next;
        }
        return next;
    }

    @Override
    public Serializable checkpointInfo() {
        return handedOut;
    }
}

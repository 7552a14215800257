package kz.ordo.bench;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.filter.Filter;
import ch.qos.logback.core.spi.FilterReply;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Keeps the failures log small when a page fails on every request: Gatling logs each failed request as a
 * one-line summary and a long dump (request, session, response); this lets every summary through but only the
 * first few dumps of each failed check ("name: KO message").
 */
public final class FailureDumpFilter extends Filter<ILoggingEvent> {

    private static final String MARK = "Request:\n";

    private final Map<String, AtomicInteger> seen = new ConcurrentHashMap<>();
    private int dumpsPerCheck = 3;

    public void setDumpsPerCheck(int dumpsPerCheck) {
        this.dumpsPerCheck = dumpsPerCheck;
    }

    @Override
    public FilterReply decide(ILoggingEvent event) {
        String message = event.getFormattedMessage();
        int start = message == null ? -1 : message.indexOf(MARK);
        if (start < 0) {
            return FilterReply.NEUTRAL;
        }
        start += MARK.length();
        int end = message.indexOf('\n', start);
        String check = message.substring(start, end < 0 ? message.length() : end);
        return seen.computeIfAbsent(check, k -> new AtomicInteger()).incrementAndGet() <= dumpsPerCheck
                ? FilterReply.NEUTRAL : FilterReply.DENY;
    }
}

package kz.ordo.notifications.control;

import jakarta.enterprise.context.ApplicationScoped;
import kz.ordo.notifications.entity.Channel;
import kz.ordo.notifications.entity.OutboxMessage;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * WhatsApp (R-INT-3) through a provider's HTTP endpoint ({@code ORDO_WHATSAPP_URL}, bearer {@code ORDO_WHATSAPP_TOKEN}):
 * one JSON POST per message, {@code {"to": "+7701…", "text": "…"}}; any answer other than 2xx is a failed attempt.
 * Off while no URL is set.
 */
@ApplicationScoped
public class WhatsAppChannel implements NotificationChannel {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Override
    public Channel channel() {
        return Channel.WHATSAPP;
    }

    @Override
    public void send(OutboxMessage m) throws IOException, InterruptedException {
        String url = NotifySettings.whatsAppUrl();
        if (url == null) {
            throw new IOException("WhatsApp provider not configured (ORDO_WHATSAPP_URL)");
        }
        String json = "{\"to\":\"" + json(m.getAddress()) + "\",\"text\":\"" + json(m.getBodyText()) + "\"}";
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json; charset=UTF-8")
                .header("Authorization", "Bearer " + NotifySettings.whatsAppToken())
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() / 100 != 2) {
            throw new IOException("WhatsApp provider answered " + r.statusCode() + ": "
                    + (r.body().length() > 200 ? r.body().substring(0, 200) : r.body()));
        }
    }

    static String json(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }
}

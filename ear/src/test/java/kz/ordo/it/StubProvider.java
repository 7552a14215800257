package kz.ordo.it;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A stand-in for a WhatsApp provider inside the test: a real HTTP endpoint on a free local port that records
 * each request (its Authorization header and body) and answers 200. Plain sockets, so it runs inside WildFly.
 */
final class StubProvider implements AutoCloseable {

    private final ServerSocket server;
    private final List<String> received = new CopyOnWriteArrayList<>();
    private final Thread thread;

    StubProvider() throws IOException {
        server = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
        thread = new Thread(this::serve, "stub-provider");
        thread.setDaemon(true);
        thread.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getLocalPort() + "/send";
    }

    List<String> received() {
        return received;
    }

    private void serve() {
        while (!server.isClosed()) {
            try (Socket s = server.accept()) {
                java.io.InputStream in = s.getInputStream();
                java.io.ByteArrayOutputStream head = new java.io.ByteArrayOutputStream();
                int c;
                while ((c = in.read()) >= 0) {
                    head.write(c);
                    byte[] h = head.toByteArray();
                    int n = h.length;
                    if (n >= 4 && h[n - 4] == '\r' && h[n - 3] == '\n' && h[n - 2] == '\r' && h[n - 1] == '\n') {
                        break;
                    }
                }
                int length = 0;
                String auth = "";
                for (String line : head.toString(StandardCharsets.ISO_8859_1).split("\r\n")) {
                    String lower = line.toLowerCase(Locale.ROOT);
                    if (lower.startsWith("content-length:")) {
                        length = Integer.parseInt(line.substring(15).strip());
                    } else if (lower.startsWith("authorization:")) {
                        auth = line.substring(14).strip();
                    }
                }
                byte[] body = in.readNBytes(length);
                received.add(auth + " " + new String(body, StandardCharsets.UTF_8));
                OutputStream out = s.getOutputStream();
                out.write("HTTP/1.1 200 OK\r\nContent-Length: 0\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
            } catch (IOException e) {
                if (server.isClosed()) {
                    return;
                }
            }
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}

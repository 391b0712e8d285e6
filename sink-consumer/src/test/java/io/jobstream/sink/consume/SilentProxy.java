package io.jobstream.sink.consume;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A TCP relay in front of a database server whose open connections can fall silent: they stay
 * open but carry no more bytes either way, as over a network path that drops every packet.
 * Connections made afterwards are relayed as usual. Test use only.
 */
final class SilentProxy implements AutoCloseable {
  private static final Pattern HOST_PORT = Pattern.compile("//([^:/]+):(\\d+)/");

  private final ServerSocket server;
  private final String host;
  private final int port;
  private final List<Relay> relays = new CopyOnWriteArrayList<>();

  private SilentProxy(String host, int port) throws IOException {
    this.host = host;
    this.port = port;
    this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread acceptor = new Thread(this::accept, "silent-proxy-accept");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  /** A proxy in front of the server a {@code jdbc:postgresql://host:port/db} URL names. */
  static SilentProxy to(String jdbcUrl) throws IOException {
    Matcher m = HOST_PORT.matcher(jdbcUrl);
    if (!m.find()) {
      throw new IllegalArgumentException("no host:port in " + jdbcUrl);
    }
    return new SilentProxy(m.group(1), Integer.parseInt(m.group(2)));
  }

  /** {@code jdbcUrl} with its host and port replaced by the proxy's. */
  String route(String jdbcUrl) {
    return HOST_PORT.matcher(jdbcUrl).replaceFirst("//127.0.0.1:" + server.getLocalPort() + "/");
  }

  /** Makes every connection open now drop whatever either side sends, from now on. */
  void silenceOpenConnections() {
    relays.forEach(r -> r.silent = true);
  }

  /** How many connections the proxy has accepted. */
  int connections() {
    return relays.size();
  }

  @Override
  public void close() throws IOException {
    server.close();
    for (Relay r : relays) {
      r.close();
    }
  }

  private void accept() {
    while (!server.isClosed()) {
      try {
        Socket client = server.accept();
        Socket upstream = new Socket();
        upstream.connect(new InetSocketAddress(host, port), 5_000);
        Relay relay = new Relay(client, upstream);
        relays.add(relay);
        relay.start();
      } catch (IOException e) {
        // Closed, or the server refused: the client sees its connection fail.
      }
    }
  }

  private static final class Relay {
    private final Socket client;
    private final Socket upstream;
    volatile boolean silent;

    Relay(Socket client, Socket upstream) {
      this.client = client;
      this.upstream = upstream;
    }

    void start() {
      pump(client, upstream, "silent-proxy-up");
      pump(upstream, client, "silent-proxy-down");
    }

    private void pump(Socket from, Socket to, String name) {
      Thread t = new Thread(() -> {
        byte[] buffer = new byte[8192];
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
          for (int n; (n = in.read(buffer)) >= 0; ) {
            if (!silent) {
              out.write(buffer, 0, n);
              out.flush();
            }
          }
        } catch (IOException e) {
          // One side closed: the relay ends.
        } finally {
          close();
        }
      }, name);
      t.setDaemon(true);
      t.start();
    }

    void close() {
      try {
        client.close();
      } catch (IOException ignored) {
        // already closed
      }
      try {
        upstream.close();
      } catch (IOException ignored) {
        // already closed
      }
    }
  }
}

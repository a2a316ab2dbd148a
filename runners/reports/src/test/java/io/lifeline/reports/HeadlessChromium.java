package io.lifeline.reports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Test helper: Debian's headless Chromium driven over the Chrome DevTools Protocol (a WebSocket, with the JDK's
 * own client), so browser tests need no driver binary and nothing from the network. One page per instance.
 */
final class HeadlessChromium implements AutoCloseable {

  private static final List<String> CANDIDATES = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser",
      "/usr/bin/google-chrome");
  private static final Pattern LISTENING = Pattern.compile("DevTools listening on (ws://\\S+)");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Process process;
  private final Path profile;
  private final WebSocket socket;
  private final AtomicInteger ids = new AtomicInteger();
  private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();

  /** The browser binary, if this machine has one. */
  static Optional<Path> binary() {
    return CANDIDATES.stream().map(Path::of).filter(Files::isExecutable).findFirst();
  }

  HeadlessChromium(Path binary, int width, int height) throws Exception {
    profile = Files.createTempDirectory("lifeline-chromium");
    process = new ProcessBuilder(binary.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
        "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-dev-shm-usage", "--hide-scrollbars", "--remote-allow-origins=*", "--remote-debugging-port=0",
        "--window-size=" + width + "," + height, "--user-data-dir=" + profile, "about:blank")
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .start();
    String browserWs = awaitListening();
    URI base = URI.create(browserWs.replaceFirst("^ws://", "http://").replaceFirst("/devtools/.*$", ""));
    HttpClient http = HttpClient.newHttpClient();
    String pageWs = null;
    for (int i = 0; i < 50 && pageWs == null; i++) {
      JsonNode list = JSON.readTree(http.send(HttpRequest.newBuilder(base.resolve("/json/list")).build(),
          HttpResponse.BodyHandlers.ofString()).body());
      for (JsonNode t : list) {
        if ("page".equals(t.path("type").asText())) {
          pageWs = t.get("webSocketDebuggerUrl").asText();
        }
      }
      if (pageWs == null) {
        Thread.sleep(100);
      }
    }
    if (pageWs == null) {
      throw new IllegalStateException("chromium offers no page target");
    }
    socket = http.newWebSocketBuilder().buildAsync(URI.create(pageWs), new Listener()).get(10, TimeUnit.SECONDS);
    call("Page.enable", JSON.createObjectNode());
  }

  private String awaitListening() throws IOException {
    BufferedReader err = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8));
    String line;
    while ((line = err.readLine()) != null) {
      Matcher m = LISTENING.matcher(line);
      if (m.find()) {
        Thread drain = new Thread(() -> {
          try {
            while (err.readLine() != null) {
              // keep the pipe from filling
            }
          } catch (IOException ignored) {
            // the browser is gone
          }
        });
        drain.setDaemon(true);
        drain.start();
        return m.group(1);
      }
    }
    throw new IllegalStateException("chromium exited before opening DevTools");
  }

  /** Sends one command and waits for its result. */
  JsonNode call(String method, ObjectNode params) throws Exception {
    int id = ids.incrementAndGet();
    CompletableFuture<JsonNode> reply = new CompletableFuture<>();
    pending.put(id, reply);
    ObjectNode msg = JSON.createObjectNode().put("id", id).put("method", method);
    msg.set("params", params);
    socket.sendText(JSON.writeValueAsString(msg), true).get(10, TimeUnit.SECONDS);
    JsonNode r = reply.get(30, TimeUnit.SECONDS);
    if (r.has("error")) {
      throw new IllegalStateException(method + ": " + r.get("error"));
    }
    return r.get("result");
  }

  /** Opens a URL and waits for its load event (polling document.readyState). */
  void open(URI url) throws Exception {
    call("Page.navigate", JSON.createObjectNode().put("url", url.toString()));
    for (int i = 0; i < 100; i++) {
      if ("complete".equals(eval("document.readyState").asText())) {
        return;
      }
      Thread.sleep(50);
    }
    throw new IllegalStateException("page did not load: " + url);
  }

  /** The value of a JavaScript expression. */
  JsonNode eval(String expression) throws Exception {
    JsonNode r = call("Runtime.evaluate", JSON.createObjectNode().put("expression", expression)
        .put("returnByValue", true).put("awaitPromise", true));
    if (r.has("exceptionDetails")) {
      throw new IllegalStateException("script failed: " + r.get("exceptionDetails"));
    }
    return r.path("result").path("value");
  }

  /** A PNG of the whole page. */
  byte[] screenshot() throws Exception {
    JsonNode r = call("Page.captureScreenshot", JSON.createObjectNode().put("format", "png")
        .put("captureBeyondViewport", true));
    return Base64.getDecoder().decode(r.get("data").asText());
  }

  @Override
  public void close() throws Exception {
    try {
      socket.sendClose(WebSocket.NORMAL_CLOSURE, "").get(2, TimeUnit.SECONDS);
    } catch (Exception ignored) {
      // the browser is closed below either way
    }
    process.destroy();
    if (!process.waitFor(5, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
    }
    try (var walk = Files.walk(profile)) {
      walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  private final class Listener implements WebSocket.Listener {
    private final StringBuilder buffer = new StringBuilder();

    @Override
    public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
      buffer.append(data);
      if (last) {
        String text = buffer.toString();
        buffer.setLength(0);
        try {
          JsonNode n = JSON.readTree(text);
          if (n.has("id")) {
            CompletableFuture<JsonNode> f = pending.remove(n.get("id").asInt());
            if (f != null) {
              f.complete(n);
            }
          }
        } catch (IOException e) {
          // not a protocol message; ignore
        }
      }
      ws.request(1);
      return null;
    }
  }
}

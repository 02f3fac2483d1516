package it.ccse.anagrafica.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * The portal server's live heap, read with the JDK's jcmd after a full collection: what the load
 * benchmark prints to show the heap stays flat (issue 15).
 */
final class ServerHeap {

  private static final Pattern USED = Pattern.compile("used (\\d+)K");

  private ServerHeap() {}

  /** Megabytes in use after a full collection of the test domain's server. */
  static long liveMegabytes() {
    String domain = System.getProperty("it.domain", "anagrafica-it");
    long pid =
        ProcessHandle.allProcesses()
            .filter(
                p ->
                    p.info()
                        .commandLine()
                        .filter(c -> c.contains("ASMain") && c.contains(domain))
                        .isPresent())
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("no Payara server of domain " + domain))
            .pid();
    jcmd(pid, "GC.run");
    var used = USED.matcher(jcmd(pid, "GC.heap_info"));
    if (!used.find()) {
      throw new IllegalStateException("jcmd GC.heap_info gave no heap figure");
    }
    return Long.parseLong(used.group(1)) / 1024;
  }

  private static String jcmd(long pid, String command) {
    Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
    try {
      var process =
          new ProcessBuilder(jcmd.toString(), String.valueOf(pid), command)
              .redirectErrorStream(true)
              .start();
      String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (process.waitFor() != 0) {
        throw new IllegalStateException("jcmd " + command + " failed: " + out);
      }
      return out;
    } catch (IOException e) {
      throw new IllegalStateException("jcmd " + command + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}

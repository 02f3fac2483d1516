package it.ccse.anagrafica.it;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Signs a downloaded form as a newcomer would, with config/bin/dev-sign.sh and the dev CA the test
 * domain trusts (it/bin/prepare-domain.sh): the README's recipe, run for real.
 */
final class DevSigning {

  private DevSigning() {}

  static Path sign(Path pdf, String codiceFiscale, String name)
      throws IOException, InterruptedException {
    Path script = Path.of(System.getProperty("it.config"), "bin", "dev-sign.sh");
    var process =
        new ProcessBuilder(
                "bash",
                script.toString(),
                System.getProperty("it.dev-ca"),
                pdf.toString(),
                codiceFiscale,
                name)
            .redirectErrorStream(true)
            .start();
    String output = new String(process.getInputStream().readAllBytes()).trim();
    if (process.waitFor() != 0) {
      throw new IllegalStateException("dev-sign.sh failed: " + output);
    }
    return Path.of(output.lines().reduce((first, last) -> last).orElseThrow());
  }
}

package it.ccse.anagrafica.web.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Pattern;

/**
 * The labels an area's pages show that a bundle lacks: the keys written in its pages ({@code
 * msg['…']}), the messages its beans add ({@code "<prefix>….…"} literals) and those its enums name.
 */
public final class PageLabels {

  private static final Pattern KEY = Pattern.compile("msg\\['([A-Za-z0-9_.]+)'\\]");

  private PageLabels() {}

  /**
   * @param beans the area's bean package, relative to the web module
   * @param messagePrefix what the keys of the beans' messages start with, e.g. {@code practice}
   */
  public static List<String> missing(
      String language,
      List<String> pages,
      Path beans,
      String messagePrefix,
      Collection<String> enumKeys) {
    var bundle = ResourceBundle.getBundle("i18n.messages", Locale.forLanguageTag(language));
    return keys(pages, beans, messagePrefix, enumKeys).stream()
        .filter(k -> !bundle.containsKey(k))
        .toList();
  }

  private static List<String> keys(
      List<String> pages, Path beans, String messagePrefix, Collection<String> enumKeys) {
    var message = Pattern.compile("\"(" + messagePrefix + "[A-Za-z]*\\.[A-Za-z.]+)\"");
    List<String> keys = new ArrayList<>(enumKeys);
    try {
      for (String page : pages) {
        var matcher = KEY.matcher(Files.readString(Path.of("src/main/webapp", page)));
        while (matcher.find()) {
          keys.add(matcher.group(1));
        }
      }
      try (var files = Files.list(beans)) {
        for (Path bean : files.toList()) {
          var matcher = message.matcher(Files.readString(bean));
          while (matcher.find()) {
            keys.add(matcher.group(1));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return keys;
  }
}

package it.ccse.anagrafica.company.domain;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * Why a company file cannot be signed as it stands: a message key of the bundles and its values.
 */
public record FileProblem(String messageKey, List<String> arguments) implements Serializable {

  public FileProblem(String messageKey, Object... arguments) {
    this(messageKey, Arrays.stream(arguments).map(String::valueOf).toList());
  }
}

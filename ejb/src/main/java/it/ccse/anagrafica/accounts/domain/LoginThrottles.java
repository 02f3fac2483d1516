package it.ccse.anagrafica.accounts.domain;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Stream;

/**
 * The three throttles one login attempt passes (ON-4, issue 15 finding 4): its username at its
 * source, its source, its username from everywhere. An attempt waits for the longest of them,
 * except that from a source where the username signed in lately ({@link
 * LoginThrottle#isKnownSource}) only its own key holds it: someone spraying names from elsewhere,
 * or guessing this username from many addresses, cannot keep the holder out.
 */
public record LoginThrottles(
    LoginThrottle usernameAtSource, LoginThrottle source, LoginThrottle username) {

  /** How long this attempt must still wait before its password is even checked. */
  public Duration waitAt(LocalDateTime now, LoginThrottlePolicy policy) {
    Duration own = usernameAtSource.waitAt(now, policy);
    if (usernameAtSource.isKnownSource(now)) {
      return own;
    }
    return Stream.of(own, source.waitAt(now, policy), username.waitAt(now, policy))
        .max(Duration::compareTo)
        .orElseThrow();
  }

  /**
   * Counts a failure under every key; returns true when it starts the username's waits, so that the
   * holder is warned once per episode.
   */
  public boolean registerFailure(LocalDateTime now, LoginThrottlePolicy policy) {
    usernameAtSource.registerFailure(now, policy);
    source.registerFailure(now, policy);
    return username.registerFailure(now, policy);
  }

  /** Only the username at this source starts afresh: the others keep counting what others did. */
  public void registerSuccess(LocalDateTime now) {
    usernameAtSource.registerSuccess(now);
  }

  public List<LoginThrottle> all() {
    return List.of(usernameAtSource, source, username);
  }
}

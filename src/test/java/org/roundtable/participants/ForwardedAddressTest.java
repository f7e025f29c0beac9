package org.roundtable.participants;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vertx.core.json.JsonObject;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.roundtable.support.TestApp;

/** Wrong invitation codes count per client: behind a trusted proxy that is the forwarded address, else the socket's. */
class ForwardedAddressTest {
  @RegisterExtension
  static final TestApp behindProxy = TestApp.withEnvironment(Map.of("ROUNDTABLE_TRUST_PROXY", "true"));
  @RegisterExtension
  static final TestApp direct = new TestApp();

  @Test
  void behindATrustedProxyEachForwardedClientHasItsOwnCount() {
    for (int i = 0; i < Joining.FREE_WRONG_CODES - 1; i++) {
      assertEquals(401, wrongCode(behindProxy, "198.51.100.7, 203.0.113.1").status(), "wrong guess " + i);
    }
    assertEquals(429, wrongCode(behindProxy, "203.0.113.1").status(), "that client waits");
    assertEquals(401, wrongCode(behindProxy, "203.0.113.2").status(), "another client behind the proxy does not");
    // Only the proxy's own entry (the last) counts: a client cannot escape by writing its own header.
    assertEquals(429, wrongCode(behindProxy, "192.0.2.99, 203.0.113.1").status());
  }

  @Test
  void withoutTrustTheHeaderIsIgnored() {
    for (int i = 0; i < Joining.FREE_WRONG_CODES - 1; i++) {
      assertEquals(401, wrongCode(direct, "203.0.113." + i).status(), "wrong guess " + i);
    }
    assertEquals(429, wrongCode(direct, "203.0.113.200").status(), "a made-up forwarded address does not help");
  }

  private static org.roundtable.support.HttpResult wrongCode(TestApp app, String forwardedFor) {
    return app.api().send("POST", "/api/v1/auth/participant", null, new JsonObject().put("code", "ACDEFGHJK"),
        "X-Forwarded-For", forwardedFor);
  }
}

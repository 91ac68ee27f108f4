package io.kubesim.simulator.http;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/** {@code /healthz}, {@code /livez} and {@code /readyz}: plain {@code ok}, as kube-apiserver. */
final class HealthRoutes {

  private final ResponseWriter writer;

  HealthRoutes(ResponseWriter writer) {
    this.writer = writer;
  }

  void mount(Router router) {
    for (String path : new String[] {"/healthz", "/livez", "/readyz"}) {
      router.get(path).handler(this::ok);
      router.get(path + "/*").handler(this::ok);
    }
  }

  private void ok(RoutingContext rc) {
    writer.commonHeaders(rc, rc.response());
    rc.response().putHeader("Content-Type", "text/plain; charset=utf-8")
        .putHeader("X-Content-Type-Options", "nosniff").end("ok");
  }
}

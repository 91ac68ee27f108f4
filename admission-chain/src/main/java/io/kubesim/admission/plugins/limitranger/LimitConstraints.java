package io.kubesim.admission.plugins.limitranger;

import io.kubesim.admission.resources.ResourceList;
import io.kubesim.admission.resources.ResourceQuantity;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * The constraints a LimitRange item puts on one resource of a container, a pod or a claim, each
 * answering upstream's message for the first condition it finds violated.
 *
 * <p>Like upstream, values are compared in milli-units when none of them would overflow, else in
 * whole units, both rounded up; equal values pass.
 */
final class LimitConstraints {

  private LimitConstraints() {}

  /** {@code min}: a request is required and neither request nor limit may be below it. */
  static Optional<String> min(String type, String resource, ResourceQuantity enforced,
      ResourceList requests, ResourceList limits) {
    Optional<ResourceQuantity> request = requests.get(resource);
    Optional<ResourceQuantity> limit = limits.get(resource);
    long[] v = comparable(request, limit, enforced);
    String prefix = "minimum " + resource + " usage per " + type + " is " + enforced;
    if (request.isEmpty()) {
      return Optional.of(prefix + ".  No request is specified");
    }
    if (v[0] < v[2]) {
      return Optional.of(prefix + ", but request is " + request.get());
    }
    if (limit.isPresent() && v[1] < v[2]) {
      return Optional.of(prefix + ", but limit is " + limit.get());
    }
    return Optional.empty();
  }

  /** {@code max}: a limit is required and neither limit nor request may exceed it. */
  static Optional<String> max(String type, String resource, ResourceQuantity enforced,
      ResourceList requests, ResourceList limits) {
    Optional<ResourceQuantity> request = requests.get(resource);
    Optional<ResourceQuantity> limit = limits.get(resource);
    long[] v = comparable(request, limit, enforced);
    String prefix = "maximum " + resource + " usage per " + type + " is " + enforced;
    if (limit.isEmpty()) {
      return Optional.of(prefix + ".  No limit is specified");
    }
    if (v[1] > v[2]) {
      return Optional.of(prefix + ", but limit is " + limit.get());
    }
    if (request.isPresent() && v[0] > v[2]) {
      return Optional.of(prefix + ", but request is " + request.get());
    }
    return Optional.empty();
  }

  /** {@code max} for claims, whose limits upstream ignores: the request must not exceed it. */
  static Optional<String> maxRequest(String type, String resource, ResourceQuantity enforced,
      ResourceList requests) {
    Optional<ResourceQuantity> request = requests.get(resource);
    long[] v = comparable(request, Optional.empty(), enforced);
    String prefix = "maximum " + resource + " usage per " + type + " is " + enforced;
    if (request.isEmpty()) {
      return Optional.of(prefix + ".  No request is specified");
    }
    if (v[0] > v[2]) {
      return Optional.of(prefix + ", but request is " + request.get());
    }
    return Optional.empty();
  }

  /** {@code maxLimitRequestRatio}: both must be set and non-zero, limit/request at most it. */
  static Optional<String> ratio(String type, String resource, ResourceQuantity enforced,
      ResourceList requests, ResourceList limits) {
    Optional<ResourceQuantity> request = requests.get(resource);
    Optional<ResourceQuantity> limit = limits.get(resource);
    long[] v = comparable(request, limit, enforced);
    String prefix = resource + " max limit to request ratio per " + type + " is " + enforced;
    if (request.isEmpty() || v[0] == 0) {
      return Optional.of(prefix + ", but no request is specified or request is 0");
    }
    if (limit.isEmpty() || v[1] == 0) {
      return Optional.of(prefix + ", but no limit is specified or limit is 0");
    }
    double observed = (double) v[1] / (double) v[0];
    double compared = observed;
    double allowed = enforced.value();
    if (enforced.value() <= ResourceQuantity.MAX_MILLI_VALUE) {
      compared = observed * 1000;
      allowed = enforced.milliValue();
    }
    if (compared > allowed) {
      return Optional.of(prefix + ", but provided ratio is " + goFloat(observed));
    }
    return Optional.empty();
  }

  // upstream's requestLimitEnforcedValues: {request, limit, enforced}; absent counts as zero
  private static long[] comparable(Optional<ResourceQuantity> request,
      Optional<ResourceQuantity> limit, ResourceQuantity enforced) {
    ResourceQuantity req = request.orElse(ResourceQuantity.zero());
    ResourceQuantity lim = limit.orElse(ResourceQuantity.zero());
    long max = ResourceQuantity.MAX_MILLI_VALUE;
    if (req.value() <= max && lim.value() <= max && enforced.value() <= max) {
      return new long[] {req.milliValue(), lim.milliValue(), enforced.milliValue()};
    }
    return new long[] {req.value(), lim.value(), enforced.value()};
  }

  // Go's %f: six decimals of the double's exact value, rounded half to even
  private static String goFloat(double value) {
    return new BigDecimal(value).setScale(6, RoundingMode.HALF_EVEN).toPlainString();
  }
}

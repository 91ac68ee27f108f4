package io.kubesim.admission.testing;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kubesim.admission.GroupResource;
import io.kubesim.admission.cluster.ClusterView;
import java.util.List;
import java.util.Optional;

/** A cluster whose every lookup fails, like an API client whose requests all error out. */
public final class BrokenClusterView implements ClusterView {

  /** The failure upstream's tests inject into their fake clients. */
  public static final String NOPE = "nope, out of luck";

  private final String message;

  public BrokenClusterView(String message) {
    this.message = message;
  }

  /** A view failing with {@link #NOPE}. */
  public static BrokenClusterView nope() {
    return new BrokenClusterView(NOPE);
  }

  @Override
  public Optional<ObjectNode> get(GroupResource resource, String namespace, String name) {
    throw new IllegalStateException(message);
  }

  @Override
  public List<ObjectNode> list(GroupResource resource, String namespace) {
    throw new IllegalStateException(message);
  }
}

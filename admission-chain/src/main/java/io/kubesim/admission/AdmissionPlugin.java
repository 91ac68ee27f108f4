package io.kubesim.admission;

/**
 * An admission plugin: a named step of the admission chain that handles some operations.
 *
 * <p>A plugin's capabilities are the interfaces it implements: it takes part in the mutating
 * phase because it implements {@link MutatingPlugin}, in the validating phase because it
 * implements {@link ValidatingPlugin}, in both when it implements both. The chain calls a plugin
 * only for the operations it {@link #handles(Operation) handles}.
 */
public interface AdmissionPlugin {

  /** The plugin's name as used in {@code --enable-admission-plugins}, e.g. {@code LimitRanger}. */
  String name();

  /** True when the chain should call this plugin for requests with {@code operation}. */
  boolean handles(Operation operation);
}

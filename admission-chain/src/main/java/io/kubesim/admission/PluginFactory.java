package io.kubesim.admission;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Creates one plugin from its own typed configuration, at start-up.
 *
 * <p>{@link #configuration} decodes and validates what the admission configuration file (or the
 * settings builder) gives for this plugin, so a broken configuration fails when the simulator
 * starts, never on the first request.
 *
 * @param <C> the plugin's configuration type ({@link Void} for plugins without one)
 */
public interface PluginFactory<C> {

  /** The plugin name this factory creates, as in the plugin order. */
  String name();

  /**
   * Decodes and validates the plugin's configuration.
   *
   * @param raw the plugin's entry of the admission configuration, or {@code null} when it has none
   * @throws RuntimeException with upstream's message when the configuration is invalid
   */
  C configuration(JsonNode raw);

  /** Creates the plugin from a configuration {@link #configuration} accepted. */
  AdmissionPlugin create(C configuration, PluginEnvironment environment);

  /** Decodes, validates, and creates in one step. */
  default AdmissionPlugin createFrom(JsonNode raw, PluginEnvironment environment) {
    return create(configuration(raw), environment);
  }

  /** A factory for a plugin that takes no configuration and, like upstream, ignores any given. */
  static PluginFactory<Void> unconfigured(String name,
      Function<PluginEnvironment, AdmissionPlugin> creator) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(creator, "creator");
    return new PluginFactory<>() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public Void configuration(JsonNode raw) {
        return null;
      }

      @Override
      public AdmissionPlugin create(Void configuration, PluginEnvironment environment) {
        return creator.apply(environment);
      }
    };
  }

  /**
   * A factory for a plugin with its own configuration type.
   *
   * @param decoder decodes and validates the raw configuration ({@code null} when none is
   *     given), throwing with upstream's message when it is invalid
   * @param creator creates the plugin from a decoded configuration
   */
  static <C> PluginFactory<C> configured(String name, Function<JsonNode, C> decoder,
      BiFunction<C, PluginEnvironment, AdmissionPlugin> creator) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(decoder, "decoder");
    Objects.requireNonNull(creator, "creator");
    return new PluginFactory<>() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public C configuration(JsonNode raw) {
        return decoder.apply(raw);
      }

      @Override
      public AdmissionPlugin create(C configuration, PluginEnvironment environment) {
        return creator.apply(configuration, environment);
      }
    };
  }
}

package io.kubesim.simulator.selector;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * One kind's field-selector contract: which field labels it accepts (some renamed to a canonical
 * label), how it reads their values from an object, and the error for any other label.
 *
 * <p>Upstream splits this in two: a field-label conversion function per version decides what is
 * accepted ({@code AddFieldLabelConversionFunc}), and the registry's {@code ToSelectableFields}
 * computes the values. The two lists differ: a label can be accepted yet never set (pods'
 * {@code status.podIPs}), and then it reads as {@code ""}. Instances live in
 * {@link SelectableFieldsTable}.
 */
public final class SelectableFields {

  private final Map<String, String> accepted;
  private final Map<String, FieldReader> readers;
  private final UnaryOperator<String> rejection;

  private SelectableFields(Builder builder) {
    this.accepted = Collections.unmodifiableMap(new LinkedHashMap<>(builder.accepted));
    this.readers = Map.copyOf(builder.readers);
    this.rejection = builder.rejection;
  }

  /**
   * Starts a namespaced kind: {@code metadata.name} and {@code metadata.namespace} are accepted.
   *
   * @param rejection the kind's message for an unsupported label, given the label
   */
  public static Builder namespaced(UnaryOperator<String> rejection) {
    return clusterScoped(rejection).field("metadata.namespace",
        FieldReader.text("/metadata/namespace"));
  }

  /** Starts a kind whose conversion accepts {@code metadata.name} but not the namespace. */
  public static Builder clusterScoped(UnaryOperator<String> rejection) {
    return new Builder(rejection).field("metadata.name", FieldReader.text("/metadata/name"));
  }

  /** Every label clients may use, including renamed ones. */
  public Set<String> acceptedLabels() {
    return accepted.keySet();
  }

  /**
   * The canonical label for {@code label}.
   *
   * @throws InvalidSelectorException with the kind's upstream message, e.g.
   *     {@code field label not supported: foo}
   */
  public String canonicalLabel(String label) {
    String canonical = accepted.get(label);
    if (canonical == null) {
      throw new InvalidSelectorException(rejection.apply(label));
    }
    return canonical;
  }

  /**
   * Checks every term's field and rewrites it to its canonical label, as the apiserver does
   * before it lists or watches.
   *
   * @throws InvalidSelectorException for the first unsupported field, in the selector's order
   */
  public FieldSelector convert(FieldSelector selector) {
    return selector.transform(term -> term.withField(canonicalLabel(term.field())));
  }

  /** The object's selectable fields by canonical label; upstream's {@code fields.Set}. */
  public Map<String, String> fieldSet(ObjectNode object) {
    Map<String, String> fields = new HashMap<>();
    readers.forEach((label, reader) -> fields.put(label, reader.read(object)));
    return fields;
  }

  /** True when the object satisfies a selector already {@link #convert converted} for this kind. */
  public boolean matches(FieldSelector converted, ObjectNode object) {
    return converted.isEmpty() || converted.matches(fieldSet(object));
  }

  /** Collects one kind's labels. */
  public static final class Builder {

    private final Map<String, String> accepted = new LinkedHashMap<>();
    private final Map<String, FieldReader> readers = new HashMap<>();
    private final UnaryOperator<String> rejection;

    private Builder(UnaryOperator<String> rejection) {
      this.rejection = rejection;
    }

    /** A label accepted as written and read by {@code reader}. */
    public Builder field(String label, FieldReader reader) {
      accepted.put(label, label);
      readers.put(label, reader);
      return this;
    }

    /** A label accepted and renamed to {@code canonical}, whose reader is declared separately. */
    public Builder alias(String label, String canonical) {
      accepted.put(label, canonical);
      return this;
    }

    /** A canonical label that is read but not accepted under its own name. */
    public Builder readOnly(String canonical, FieldReader reader) {
      readers.put(canonical, reader);
      return this;
    }

    /** A label accepted but never set upstream, so it always reads as {@code ""}. */
    public Builder acceptedButUnset(String label) {
      accepted.put(label, label);
      return this;
    }

    public SelectableFields build() {
      return new SelectableFields(this);
    }
  }
}

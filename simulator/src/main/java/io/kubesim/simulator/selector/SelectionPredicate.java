package io.kubesim.simulator.selector;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kubesim.admission.GroupResource;
import io.kubesim.admission.status.StatusException;
import java.util.Objects;
import java.util.Optional;

/**
 * What one list or watch request selects: its label selector and its field selector, the latter
 * already converted for the resource; upstream's {@code storage.SelectionPredicate}.
 *
 * @param labels the parsed {@code labelSelector}
 * @param fields the {@code fieldSelector}, rewritten to the kind's canonical labels
 * @param kind the resource's field-selector contract, which reads field values from objects
 */
public record SelectionPredicate(LabelSelector labels, FieldSelector fields,
    SelectableFields kind) {

  public SelectionPredicate {
    Objects.requireNonNull(labels, "labels");
    Objects.requireNonNull(fields, "fields");
    Objects.requireNonNull(kind, "kind");
  }

  /**
   * Parses a request's {@code labelSelector} and {@code fieldSelector} query parameters (either
   * may be null or empty) and checks the field labels against {@code resource}.
   *
   * <p>Failures are reported in upstream's order: label syntax, then field syntax, then the first
   * unsupported field.
   *
   * @throws StatusException 400 BadRequest with upstream's message
   */
  public static SelectionPredicate fromQuery(GroupResource resource, String labelSelector,
      String fieldSelector) {
    try {
      LabelSelector labels = LabelSelector.parse(labelSelector == null ? "" : labelSelector);
      FieldSelector fields = FieldSelector.parse(fieldSelector == null ? "" : fieldSelector);
      SelectableFields kind = SelectableFieldsTable.forResource(resource);
      return new SelectionPredicate(labels, kind.convert(fields), kind);
    } catch (InvalidSelectorException e) {
      throw e.toBadRequest();
    }
  }

  /** The predicate that selects every object of {@code resource}. */
  public static SelectionPredicate everything(GroupResource resource) {
    return new SelectionPredicate(LabelSelector.everything(), FieldSelector.everything(),
        SelectableFieldsTable.forResource(resource));
  }

  /** True when the object satisfies both selectors. */
  public boolean matches(ObjectNode object) {
    return labels.matches(object) && kind.matches(fields, object);
  }

  /** True when nothing is filtered out. */
  public boolean isEverything() {
    return labels.isEmpty() && fields.isEmpty();
  }

  /**
   * The single object name the field selector pins ({@code metadata.name=x}), which lets a store
   * read one key instead of scanning.
   */
  public Optional<String> requiredName() {
    return fields.requiresExactMatch("metadata.name");
  }
}

/**
 * Server-side apply and field ownership ({@code metadata.managedFields}).
 *
 * <p>In a real cluster several actors write the same object: a user applies a manifest, a
 * controller scales it, a webhook adds a sidecar. Field ownership records who set which field so
 * that an apply can remove what its author stopped setting without touching the rest, and can
 * refuse (409) to silently overwrite a value someone else owns. {@link
 * io.kubesim.simulator.apply.FieldSet} is the unit of ownership, {@link
 * io.kubesim.simulator.apply.FieldsV1} its stored form, and {@link
 * io.kubesim.simulator.apply.FieldOwnership} the rules.
 */
package io.kubesim.simulator.apply;

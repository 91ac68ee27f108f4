/**
 * OpenAPI v3 documents generated from the resource registry and the fabric8 model classes.
 *
 * <p>In a real cluster kubectl downloads these before {@code create -f}, {@code apply}, {@code
 * replace}, {@code edit} and {@code diff}: a PATCH operation carrying the {@code fieldValidation}
 * parameter tells it that the server validates fields itself ({@code fieldValidation=Strict}),
 * the schemas' patch strategies let client-side {@code apply} compute a strategic merge patch,
 * and {@code kubectl explain} prints the schemas with their descriptions. Without them kubectl
 * falls back to OpenAPI v2, and fails when that is missing too.
 *
 * <p>The structure comes from the fabric8 model classes; the descriptions, which fabric8 does not
 * carry, from the official Java client's model annotations ({@link
 * io.kubesim.simulator.api.openapi.ModelDescriptions}).
 *
 * <p>{@link io.kubesim.simulator.api.openapi.OpenApiV3} is the entry point.
 */
package io.kubesim.simulator.api.openapi;

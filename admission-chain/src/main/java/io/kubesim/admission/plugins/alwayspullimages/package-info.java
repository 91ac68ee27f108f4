/**
 * AlwaysPullImages: sets every container's {@code imagePullPolicy} to {@code Always}.
 *
 * <p>Why it exists: once a node has pulled a private image, any pod scheduled there can start it
 * from the node's cache without presenting the pull secret. In a cluster shared by several teams
 * that leaks images across tenants. With {@code Always}, the kubelet asks the registry on every
 * container start, so only pods with valid credentials can run the image. The price is a registry
 * round-trip per start, and no start at all while the registry is down.
 *
 * <p>The plugin mutates new pods, and validates that nothing later in the chain (a webhook, say)
 * changed a policy back. Its validation failure is an aggregate of Forbidden errors, which the API
 * server answers as a plain 500, a faithfully reproduced upstream quirk.
 */
package io.kubesim.admission.plugins.alwayspullimages;

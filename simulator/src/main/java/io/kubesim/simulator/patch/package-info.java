/**
 * The three classic PATCH types of kube-apiserver: JSON patch (RFC 6902), JSON merge patch
 * (RFC 7386) and strategic merge patch.
 *
 * <p>In a real cluster, {@code kubectl label}, {@code annotate} and {@code scale} send merge
 * patches; {@code kubectl patch}, {@code edit}, {@code rollout restart} and client-side
 * {@code apply} send strategic merge patches, which merge lists such as {@code containers} by a
 * key instead of replacing them, and carry directives ({@code $setElementOrder},
 * {@code $retainKeys}, {@code $patch}, {@code $deleteFromPrimitiveList}). Which lists merge, and
 * by which key, is data: {@code patch-strategies.json}, transcribed from upstream's struct tags.
 *
 * <p>{@link io.kubesim.simulator.patch.Patches} is the entry point; errors are the Status errors
 * upstream sends, byte for byte, including the Go decoder's messages for malformed bodies.
 */
package io.kubesim.simulator.patch;

/**
 * Decodes Kubernetes Protobuf request bodies ({@code application/vnd.kubernetes.protobuf}) into
 * the JSON trees the rest of the request path works on.
 *
 * <p>Why it exists: client-go's generated clientsets prefer Protobuf, so every {@code kubectl
 * create <generator>}, {@code auth can-i}, {@code auth whoami} and {@code create token} sends a
 * Protobuf body with no JSON fallback; a 415 answer just fails the command. Answers stay JSON,
 * which those clients accept. A body is the magic {@code k8s\0} followed by a
 * {@code runtime.Unknown} whose {@code raw} bytes are the object, encoded with the
 * {@code generated.proto} of its group-version ({@link ProtobufEnvelope}). {@link ProtoKinds}
 * finds the generated message for an {@code apiVersion} and {@code kind};
 * {@link ProtoJsonConverter} writes the message as Go's JSON encoder would have written the same
 * object, with the help of {@link ApimachineryTypes} and {@link FieldShapes}.
 */
package io.kubesim.simulator.protobuf;

package io.kubesim.simulator.journal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kubesim.admission.ObjectMappers;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Writes every journaled request as an {@code audit.k8s.io/v1} Event, one JSON object per line,
 * like kube-apiserver's {@code --audit-log-path} at level {@code Metadata} and stage
 * {@code ResponseComplete}, with authorization's and admission plugins' annotations. Lines are
 * written by one background thread so requests never wait for the disk.
 */
public final class AuditLog implements AutoCloseable {

  private final BufferedWriter out;
  private final ExecutorService writer;
  private final Runnable unsubscribe;

  private AuditLog(Path file, RequestJournal journal) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    this.out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
        StandardOpenOption.APPEND);
    this.writer = Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "kubesim-audit-log");
      t.setDaemon(true);
      return t;
    });
    this.unsubscribe = journal.subscribe(record -> writer.execute(() -> write(record)));
  }

  /** Starts logging {@code journal}'s future records to {@code file} (appending). */
  public static AuditLog open(Path file, RequestJournal journal) {
    try {
      return new AuditLog(file, journal);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open audit log " + file, e);
    }
  }

  /** The audit event for one record. */
  public static ObjectNode event(RequestRecord r) {
    ObjectNode e = ObjectMappers.json().createObjectNode();
    e.put("kind", "Event");
    e.put("apiVersion", "audit.k8s.io/v1");
    e.put("level", "Metadata");
    e.put("auditID", r.id());
    e.put("stage", "ResponseComplete");
    e.put("requestURI", r.uri());
    e.put("verb", r.verb());
    ObjectNode user = e.putObject("user");
    user.put("username", r.user());
    ArrayNode groups = user.putArray("groups");
    r.audit().groups().forEach(groups::add);
    e.putArray("sourceIPs").add(r.audit().sourceIp());
    if (!r.audit().userAgent().isEmpty()) {
      e.put("userAgent", r.audit().userAgent());
    }
    ObjectNode ref = e.putObject("objectRef");
    ref.put("resource", r.resource().split("\\.", 2)[0]);
    putIfNotEmpty(ref, "namespace", r.namespace());
    putIfNotEmpty(ref, "name", r.name());
    putIfNotEmpty(ref, "apiGroup", r.audit().apiGroup());
    putIfNotEmpty(ref, "apiVersion", r.audit().apiVersion());
    putIfNotEmpty(ref, "subresource", r.audit().subresource());
    ObjectNode status = e.putObject("responseStatus");
    status.putObject("metadata");
    status.put("code", r.code());
    Instant done = r.received().plusNanos(r.durationNanos());
    e.put("requestReceivedTimestamp", micros(r.received()));
    e.put("stageTimestamp", micros(done));
    if (!r.audit().annotations().isEmpty()) {
      ObjectNode annotations = e.putObject("annotations");
      for (Map.Entry<String, String> a : r.audit().annotations().entrySet()) {
        annotations.put(a.getKey(), a.getValue());
      }
    }
    return e;
  }

  private void write(RequestRecord record) {
    try {
      out.write(event(record).toString());
      out.newLine();
      out.flush();
    } catch (IOException e) {
      // The audit log is best effort for a simulator: a full disk must not fail requests.
    }
  }

  @Override
  public void close() {
    unsubscribe.run();
    writer.shutdown();
    try {
      writer.awaitTermination(5, TimeUnit.SECONDS);
      out.close();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** RFC 3339 with microseconds, as upstream's {@code metav1.MicroTime}. */
  private static String micros(Instant t) {
    return java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'")
        .withZone(java.time.ZoneOffset.UTC).format(t);
  }

  private static void putIfNotEmpty(ObjectNode node, String field, String value) {
    if (value != null && !value.isEmpty()) {
      node.put(field, value);
    }
  }
}

package io.kubesim.simulator.store;

import static io.kubesim.simulator.store.TestObjects.pod;
import static io.kubesim.simulator.store.TestObjects.podKey;
import static io.kubesim.simulator.store.TestObjects.withImage;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Undecoded reads give the bytes that decoded reads decode, at the same revision. */
class EncodedReadTest {

  @TempDir Path dir;

  static final String A = podKey("default", "a");
  static final String B = podKey("default", "b");
  static final String PODS = StoreKeys.namespacePrefix("", "pods", "default");
  static final JsonMapper JSON = JsonMapper.builder().build();

  static List<StoreCase> cases() {
    return List.of(
        StoreCase.of(
            "an encoded get is the JSON of the decoded get",
            store -> {
              store.create(A, pod("default", "a"));
              store.update(A, 0, pod -> withImage(pod, "redis"));
              EncodedObject encoded = store.getEncoded(A).orElseThrow();
              assertThat(encoded.key()).isEqualTo(A);
              assertThat(JSON.readTree(encoded.json()))
                  .isEqualTo(store.get(A).orElseThrow().object());
              assertThat(encoded.json())
                  .isEqualTo(JSON.writeValueAsBytes(store.get(A).orElseThrow().object()));
            }),
        StoreCase.of(
            "an encoded get of a missing key is empty",
            store -> assertThat(store.getEncoded(A)).isEmpty()),
        StoreCase.of(
            "an encoded list holds the same keys, objects and revision as a decoded one",
            store -> {
              store.create(B, pod("default", "b"));
              store.create(A, pod("default", "a"));
              store.create(podKey("other", "c"), pod("other", "c"));
              EncodedList encoded = store.listEncoded(PODS);
              StoreList decoded = store.list(PODS);
              assertThat(encoded.revision()).isEqualTo(decoded.revision()).isEqualTo(3);
              assertThat(encoded.items()).extracting(EncodedObject::key).containsExactly(A, B);
              for (int i = 0; i < 2; i++) {
                assertThat(JSON.readTree(encoded.items().get(i).json()))
                    .isEqualTo(decoded.items().get(i).object());
              }
            }),
        StoreCase.of(
            "a write replaces the bytes an encoded read hands out",
            store -> {
              store.create(A, pod("default", "a"));
              byte[] before = store.getEncoded(A).orElseThrow().json();
              store.update(A, 0, pod -> withImage(pod, "redis"));
              assertThat(store.getEncoded(A).orElseThrow().json()).isNotEqualTo(before);
            }));
  }

  static Stream<Arguments> storesAndCases() {
    return StoreCase.forBothStores(cases());
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("storesAndCases")
  void behaves(StoreFactory factory, StoreCase c) throws Exception {
    c.runIn(factory, dir);
  }
}

package io.kubesim.simulator.kubectl;

import static io.kubesim.simulator.kubectl.SuiteStep.step;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/**
 * {@code kubectl describe}: the object's sections, and the Events kubectl finds for it with a
 * field selector on {@code involvedObject} (name, namespace, uid), which {@link CreateSteps}
 * created ten minutes in the past.
 */
final class DescribeSteps {

  private DescribeSteps() {}

  static List<SuiteStep> steps() {
    return List.of(
        step("describe pod prints the pod's sections and its events", cell -> {
          List<String> lines = cell.kubectl().run("describe", "pod", "web-0").succeeded()
              .stdoutLines();

          assertThat(lines).startsWith(
              "Name:             web-0",
              "Namespace:        default",
              "Priority:         0",
              "Service Account:  default",
              "Node:             <none>",
              "Labels:           app=web",
              "                  tier=front",
              "Annotations:      <none>",
              "Status:           Pending",
              "IP:               ",
              "IPs:              <none>",
              "Containers:",
              "  nginx:",
              "    Image:        nginx:1.27",
              "    Port:         <none>",
              "    Host Port:    <none>",
              "    Environment:  <none>",
              "    Mounts:");
          assertThat(lines).contains("QoS Class:                   BestEffort");
          assertThat(lines).endsWith(
              "Events:",
              "  Type    Reason     Age   From               Message",
              "  ----    ------     ----  ----               -------",
              "  Normal  Scheduled  10m   default-scheduler  Successfully assigned "
                  + "default/web-0 to node-1");
        }),
        step("describe deployment prints the deployment's sections and its events", cell -> {
          List<String> lines = cell.kubectl().run("describe", "deployment", "web").succeeded()
              .stdoutLines();

          // kubectl 1.29 aligns the pod template's lines one column further left than 1.33
          // and has no Node-Selectors or Tolerations lines: compare with spaces squeezed.
          assertThat(lines.stream().map(line -> line.strip().replaceAll(" +", " ")))
              .contains("Name: web", "Namespace: default", "Labels: app=web",
                  "Selector: app=web",
                  "Replicas: 2 desired | 0 updated | 0 total | 0 available | 0 unavailable",
                  "StrategyType: RollingUpdate",
                  "RollingUpdateStrategy: 25% max unavailable, 25% max surge",
                  "Pod Template:", "Image: nginx:1.27");
          assertThat(lines).endsWith(
              "Events:",
              "  Type    Reason             Age   From                   Message",
              "  ----    ------             ----  ----                   -------",
              "  Normal  ScalingReplicaSet  10m   deployment-controller  Scaled up replica set "
                  + "web-5d4b7c6f8 from 0 to 2");
        }),
        step("describe namespace prints its status, quotas and limit ranges", cell ->
            // kubectl's namespace describer has no Events section.
            assertThat(cell.kubectl().run("describe", "namespace", "team-a").succeeded()
                .stdout()).isEqualTo("""
                    Name:         team-a
                    Labels:       kubernetes.io/metadata.name=team-a
                    Annotations:  <none>
                    Status:       Active

                    No resource quota.

                    No LimitRange resource.
                    """)));
  }
}

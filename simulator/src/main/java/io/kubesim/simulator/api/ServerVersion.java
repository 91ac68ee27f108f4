package io.kubesim.simulator.api;

/**
 * The build the simulator reports at {@code GET /version}; fields as upstream's {@code
 * version.Info}, in its order.
 *
 * @param major e.g. {@code 1}
 * @param minor e.g. {@code 33}
 * @param emulationMajor the emulated major version (new in 1.33)
 * @param emulationMinor the emulated minor version (new in 1.33)
 * @param minCompatibilityMajor the oldest major version it stays compatible with
 * @param minCompatibilityMinor the oldest minor version it stays compatible with
 * @param gitVersion e.g. {@code v1.33.1}
 * @param gitCommit the upstream commit of that release
 * @param gitTreeState {@code clean}
 * @param buildDate {@code yyyy-MM-ddTHH:mm:ssZ}; fabric8 parses it
 * @param goVersion e.g. {@code go1.24.2}
 * @param compiler {@code gc}
 * @param platform e.g. {@code linux/amd64}
 */
public record ServerVersion(
    String major,
    String minor,
    String emulationMajor,
    String emulationMinor,
    String minCompatibilityMajor,
    String minCompatibilityMinor,
    String gitVersion,
    String gitCommit,
    String gitTreeState,
    String buildDate,
    String goVersion,
    String compiler,
    String platform) {}

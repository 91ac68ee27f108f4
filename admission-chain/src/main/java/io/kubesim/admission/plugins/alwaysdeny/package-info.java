/**
 * AlwaysDeny: rejects every request with {@code admission control is denying all modifications}.
 *
 * <p>Why it exists: upstream wrote it to test the API server's failure paths, where a request
 * must be forbidden no matter what it contains. No real cluster runs it (a cluster with it cannot
 * even create a namespace), and upstream deprecated it. In kubesim it is the quickest way to see a
 * 403 from admission and how the chain stops at the first denial.
 */
package io.kubesim.admission.plugins.alwaysdeny;

/**
 * AlwaysAdmit: admits every request unchanged.
 *
 * <p>Why it exists: it was the admission chain's placeholder from Kubernetes' earliest days, when
 * a cluster had to name at least one admission controller. It has no effect at all, which is why
 * upstream deprecated it and logs a warning when it is enabled; kubesim keeps it so that old
 * flag sets keep working and so the trace can show what a plugin that does nothing looks like.
 */
package io.kubesim.admission.plugins.alwaysadmit;

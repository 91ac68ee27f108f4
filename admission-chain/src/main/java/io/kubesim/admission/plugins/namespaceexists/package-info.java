/**
 * NamespaceExists: refuses writes to objects in a namespace that does not exist.
 *
 * <p>Why it exists: the storage layer happily keeps an object under any namespace name, so
 * without a check a typo in {@code -n} silently creates content in a namespace nobody will ever
 * list or delete. NamespaceExists is the older, narrower answer to that problem: it only asks
 * whether the namespace exists, and answers 404 {@code namespaces "x" not found} when it does not.
 * It does not look at the namespace's phase, so a terminating namespace still "exists". Real
 * clusters run NamespaceLifecycle instead, which covers this and more; this plugin is off by
 * default and kept for clusters that want the check without lifecycle rules.
 */
package io.kubesim.admission.plugins.namespaceexists;

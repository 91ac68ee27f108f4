/**
 * The syntax of label keys and values with upstream's messages, shared by the simulator's
 * selectors and validation and by admission plugins that read labels or resource names.
 */
package io.kubesim.admission.labels;

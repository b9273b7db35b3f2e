// Package analysis runs the stages over one document, in order, and returns
// the claimgraph/analysis/v1 record (see SCHEMA.md in the shared folder).
// Analyze is a pure function of the document: no I/O, no global state, the
// same output for the same input, whether called from the CLI, ingestion,
// a worker or the web form.
package analysis

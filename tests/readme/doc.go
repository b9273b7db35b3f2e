// Package readme runs the examples of the repository's README against a
// store built as the README says (claimgraph ingest ../shared/data/corpus/),
// so that every example a reader copies works on the data it names.
package readme

// Package dataset locates the shared evaluation data and seed article that
// live outside the repository (../shared next to the checkout by default,
// or CLAIMGRAPH_SHARED), so that tests and benchmarks can skip clearly when
// the data is absent.
package dataset

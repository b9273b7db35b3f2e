// Package check answers a fact-checker's first question about a claim:
// which stored statements bear on it, and does each support it,
// contradict it or only discuss it. Candidates come from the store's
// full-text ranking (any of the claim's content words); each is then read
// against the claim by the stance model (internal/stance), kept only when
// it is about the claim, and the result is grouped by speaker and by
// outlet, with the first and latest date on each side.
package check

// Package stance tells the stance of a text toward a claim: whether an
// article (or a statement) agrees with it, disagrees with it, discusses it
// without taking a side, or is unrelated. It is FNC-1's task (headline =
// claim, body = article), and the test claim check and the contradiction
// graph lean on.
//
// A text is read once (Read) into stems by sentence; a claim and a body
// give a small vector of overlap and cue features (which body sentences
// bear on the claim, and whether those refute, hedge or vouch for it) plus
// hashed words of the claim and of those sentences; a one-hidden-layer
// network trained in pure Go on FNC-1's training split (Train, fixed seed,
// same bytes every run) turns them into the four probabilities. The trained
// weights are embedded (model/stance.bin.gz); `claimgraph train stance`
// rebuilds them.
//
// Everything here is a pure function of its inputs: a Scorer is read-only
// after it is built and safe for concurrent use.
package stance

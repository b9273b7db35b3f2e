// Package signal flags how an article frames its sources: vague
// attribution, loaded questions and language, factive cues for unverified
// claims, asymmetric reporting verbs, unsupported accusations and other
// propaganda techniques, each with a plain-words reason and, where one fits,
// the SemEval-2020 Task 11 technique name.
package signal

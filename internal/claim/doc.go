// Package claim turns quotes into claims (subject, predicate, object,
// polarity, hedging, topic key) and finds contradictions and numeric
// disagreements among claims, within one document or across many.
package claim

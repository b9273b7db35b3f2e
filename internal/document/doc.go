// Package document owns the input of an analysis: plain text plus metadata,
// checked and repaired so that every later offset indexes valid UTF-8.
package document

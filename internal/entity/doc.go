// Package entity finds the people, organizations, places, groups and outlets
// that a document mentions, and links every mention of one referent (full
// name, surname, title plus name, role description, pronoun) to one entity
// whose canonical name is the fullest name the text gives.
//
// It works without a statistical model: embedded gazetteers and title lists,
// capitalization patterns, and agreement rules for coreference. That keeps it
// fast, deterministic and explainable; the lexicons under lexicon/ are where
// coverage grows.
package entity

// Package lexicon parses the word lists that the analysis stages embed, so that
// a linguist can extend cue verbs, titles or loaded terms without touching Go.
//
// A lexicon file holds one entry a line; '#' starts a comment; blank lines are
// skipped. An entry may carry fields separated by '|', each trimmed.
package lexicon

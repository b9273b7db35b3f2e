// Package quote finds who said what: direct quotations between quote marks,
// mixed quotes (a quoted fragment inside reported speech), indirect reported
// speech ("claimed that ..."), and claims credited to unnamed sources. Each
// quote gets its cue (the reporting verb) and its speaker, resolved through
// the entity layer to a named entity where the text allows.
//
// Cue verbs, vague sources and the words that may sit between a subject and
// its verb are embedded lexicons under lexicon/.
package quote

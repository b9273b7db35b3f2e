// Package eval scores the analyzer against users' gold data with the same
// protocols as the shared independent scorer (score.py): attribution
// (quotes and speakers), temporal (TIMEX3) and propaganda span
// identification. Scorers take analysis records, so that any system's
// output, not only ours, can be scored.
package eval

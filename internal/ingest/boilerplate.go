package ingest

import (
	"embed"
	"regexp"
	"strings"
	"unicode"

	"github.com/claimgraph/claimgraph/internal/lexicon"
)

//go:embed lexicon/*.txt
var lexiconFS embed.FS

// interfaceWords are the words of share buttons, counters and navigation.
var interfaceWords = lexicon.Set(lexiconFS, "lexicon/interface.txt")

// A date or a time of day, as datelines, comment stamps and "updated"
// lines write them: "24 July 2015", "March 13, 2015", "2015-07-24",
// "6:32 PM", "3 hours ago".
var dateRE = regexp.MustCompile(`(?i)\b(` +
	`\d{1,2}(st|nd|rd|th)?\s+` + month + `\b|` +
	month + `\.?\s+\d{1,2}(st|nd|rd|th)?\b|` +
	month + `\.?\s+\d{4}\b|` +
	`\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{2,4}|` +
	`\d{1,2}:\d{2}|\d{1,2}\s*([ap]m\b|[ap]\.m\.)|` +
	`\d+\s+(second|minute|hour|day|week|month|year)s?\s+ago)`)

const month = `(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?)`

// Limits of the boilerplate tests, in words. A dateline, a counter or a
// button label is a few words; article text that happens to hold a date
// is a sentence.
const (
	shortLine   = 8  // a dateline list item or a date line
	buttonLine  = 5  // a line of interface words
	trailLine   = 4  // a fragment left at the end ("Read more:")
	bodyStarter = 15 // a paragraph this long is article text: the body has begun
)

// dropBoilerplate removes the blocks of a page that are not its article:
// datelines (date, section, comment count), reader comments, teasers for
// other articles, buttons and counters, and navigation links. Each rule
// reads the block's shape (its length, whether it is a sentence, how much
// of it is link text), not a site's wording.
func dropBoilerplate(bs []block) []block {
	keep := make([]bool, len(bs))
	for i, b := range bs {
		keep[i] = wordRunes(b.text) > 0
	}
	datelines := markDatelines(bs, keep)
	cutCommentThread(bs, keep, datelines)
	dropTeaserSections(bs, keep)
	dropAllLinkLists(bs, keep)
	for i, b := range bs {
		if !keep[i] {
			continue
		}
		switch {
		case isLinkOnly(b) && b.kind != item:
			// "Read the full transcript", "Related: ...": a pointer to
			// another page, not this one's text.
			keep[i] = false
		case isInterfaceLine(b.text):
			keep[i] = false
		}
	}
	var out []block
	for i, b := range bs {
		if keep[i] {
			out = append(out, b)
		}
	}
	// A page often ends on a label whose links were dropped ("Read more:").
	// (A list's short items are its content.)
	for len(out) > 0 {
		last := out[len(out)-1]
		if last.kind == item || len(strings.Fields(last.text)) > trailLine || isSentence(last.text) {
			break
		}
		out = out[:len(out)-1]
	}
	return out
}

// markDatelines drops dateline lists (every item short and not a
// sentence, one of them a date: "24 July 2015 / From the section US &
// Canada / 941 comments") and lone date lines, and returns the index of
// each, for the comment-thread rule.
func markDatelines(bs []block, keep []bool) []int {
	var at []int
	for i := 0; i < len(bs); {
		if bs[i].kind == item && bs[i].list != nil {
			j := i
			for j < len(bs) && bs[j].kind == item && bs[j].list == bs[i].list {
				j++
			}
			if isDatelineList(bs[i:j]) {
				for k := i; k < j; k++ {
					keep[k] = false
				}
				at = append(at, i)
			}
			i = j
			continue
		}
		if bs[i].kind == paragraph && isDateLine(bs[i].text) {
			keep[i] = false
			at = append(at, i)
		}
		i++
	}
	return at
}

func isDatelineList(items []block) bool {
	dated := false
	for _, it := range items {
		if len(strings.Fields(it.text)) > shortLine || isSentence(it.text) {
			return false
		}
		if dateRE.MatchString(it.text) {
			dated = true
		}
	}
	return dated
}

// isDateLine: a short line, not a sentence, holding a date or time
// ("Updated 10:14 GMT, 24 July 2015").
func isDateLine(s string) bool {
	return len(strings.Fields(s)) <= shortLine && !isSentence(s) && dateRE.MatchString(s)
}

// cutCommentThread drops reader comments that the extractor kept: each
// comment carries its own dateline (a stamp, a reply link), so two or more
// datelines after the article body has begun mark a thread. The thread
// starts at the heading (the commenter's name) before its first stamp.
func cutCommentThread(bs []block, keep []bool, datelines []int) {
	body := -1
	for i, b := range bs {
		if b.kind == paragraph && len(strings.Fields(b.text)) >= bodyStarter {
			body = i
			break
		}
	}
	if body < 0 {
		return
	}
	var after []int
	for _, d := range datelines {
		if d > body {
			after = append(after, d)
		}
	}
	if len(after) < 2 {
		return
	}
	start := after[0]
	for i := after[0] - 1; i > body; i-- {
		if bs[i].kind == heading {
			start = i
			break
		}
	}
	for i := start; i < len(bs); i++ {
		keep[i] = false
	}
}

// dropTeaserSections drops a section (a heading and what follows it up to
// the next heading of its level or above) whose subheadings are mostly
// links and that opens on them, with no paragraph of its own first:
// "Other Opinion Columns" or "More on this story" followed by headlines of
// other articles and their standfirsts. (An article's title heading opens
// on its body, and is left alone whatever links follow.)
func dropTeaserSections(bs []block, keep []bool) {
	for i := 0; i < len(bs); i++ {
		if bs[i].kind != heading || isMostlyLink(bs[i]) {
			continue
		}
		end := i + 1
		heads, linked := 0, 0
		opensOnBody := false
		for ; end < len(bs); end++ {
			b := bs[end]
			if b.kind == heading && b.level <= bs[i].level {
				break
			}
			if heads == 0 && b.kind == paragraph && len(strings.Fields(b.text)) >= bodyStarter {
				opensOnBody = true
			}
			if b.kind == heading {
				heads++
				if isMostlyLink(b) {
					linked++
				}
			}
		}
		if !opensOnBody && linked >= 2 && 2*linked >= heads {
			for k := i; k < end; k++ {
				keep[k] = false
			}
			i = end - 1
		}
	}
}

// dropAllLinkLists drops a list whose every item is a link: a menu.
func dropAllLinkLists(bs []block, keep []bool) {
	for i := 0; i < len(bs); {
		if bs[i].kind != item || bs[i].list == nil {
			i++
			continue
		}
		j, all := i, true
		for j < len(bs) && bs[j].kind == item && bs[j].list == bs[i].list {
			all = all && isLinkOnly(bs[j])
			j++
		}
		if all {
			for k := i; k < j; k++ {
				keep[k] = false
			}
		}
		i = j
	}
}

// isLinkOnly: nine tenths or more of the block's letters are link text,
// or it is mostly link and the rest a label of a word or two ("Related:",
// "Editorial").
func isLinkOnly(b block) bool {
	return b.runes > 0 && (10*b.linkRunes >= 9*b.runes || isMostlyLink(b) && b.plainWords <= 2)
}

// isMostlyLink: half or more of the block's letters are link text (a
// headline link under a kicker: "Editorial | Fraser's lasting legacy").
func isMostlyLink(b block) bool { return b.runes > 0 && 2*b.linkRunes >= b.runes }

// isInterfaceLine: a few words, each a number or an interface word
// ("941 comments", "Share this article", "Read more").
func isInterfaceLine(s string) bool {
	words := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-'
	})
	if len(words) == 0 || len(words) > buttonLine {
		return false
	}
	for _, w := range words {
		if !interfaceWords[w] && !isCount(w) {
			return false
		}
	}
	return true
}

// isCount: a number as counters write it ("941", "12k").
func isCount(w string) bool {
	w = strings.TrimSuffix(w, "k")
	return w != "" && strings.TrimFunc(w, unicode.IsDigit) == ""
}

// isSentence: the text ends as a sentence does, on a full stop, question
// or exclamation mark, possibly inside closing quotes or brackets.
func isSentence(s string) bool {
	s = strings.TrimRightFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune(`"'”’)]»`, r)
	})
	return strings.HasSuffix(s, ".") || strings.HasSuffix(s, "?") || strings.HasSuffix(s, "!") || strings.HasSuffix(s, "…")
}

func wordRunes(s string) int {
	n := 0
	for _, r := range s {
		if isWordRune(r) {
			n++
		}
	}
	return n
}

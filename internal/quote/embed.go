package quote

import (
	"regexp"
	"strings"

	"github.com/claimgraph/claimgraph/internal/entity"
)

// embeddedPost matches the byline a page leaves after an embedded social
// media post once its markup is gone: "… pic.twitter.com/x— Lucille Clerc
// (@LucilleClerc) January 7, 2015". Group 1 is the display name.
var embeddedPost = regexp.MustCompile(`[—–]\s?([^\n—–()]{2,60}?)\s?\(@\w{1,30}\)\s+(?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}, \d{4}`)

// minPostWords is the fewest words an embedded post must hold to be
// taken as one.
const minPostWords = 3

// embeddedPosts credits the text of each embedded post to the account
// that posted it: from the paragraph start, or the colon that introduces
// it ("created by illustrator Lucille Clerc: Break one, thousand will
// rise"), to the dash of its byline.
func (r *run) embeddedPosts() {
	text := r.seg.Text
	for _, p := range r.seg.Paragraphs {
		if p.To <= p.From {
			continue
		}
		from, to := r.toks[p.From].Start, r.toks[p.To-1].End
		para := text[from:to]
		if !strings.Contains(para, "(@") {
			continue
		}
		start := from
		for _, m := range embeddedPost.FindAllStringSubmatchIndex(para, -1) {
			dash, nameFrom, nameTo := from+m[0], from+m[2], from+m[3]
			content := Span{start, dash}
			if k := strings.LastIndex(text[start:dash], ": "); k >= 0 {
				content.Start = start + k + 2
			}
			start = from + m[1]
			content = r.trim(content)
			if r.wordCount(content) < minPostWords || r.overlapsQuote(content) {
				continue
			}
			s := r.poster(nameFrom, nameTo)
			if !s.ok {
				continue
			}
			r.quotes = append(r.quotes, Quote{Kind: Direct, Span: content, Speaker: s.entity, SpeakerSrc: s.mention, Rule: RuleEmbedded, Confidence: 0.6,
				SentFrom: int(r.seg.SentenceOf[r.seg.TokenIndexAt(content.Start)]), SentTo: int(r.seg.SentenceOf[r.seg.TokenIndexAt(dash)-1])})
		}
	}
}

// trim narrows a byte span to the tokens inside it.
func (r *run) trim(s Span) Span {
	a := r.seg.TokenIndexAt(s.Start)
	b := r.seg.TokenIndexAt(s.End)
	if a >= b || b > len(r.toks) {
		return Span{}
	}
	return Span{r.toks[a].Start, r.toks[b-1].End}
}

// overlapsQuote reports a span that shares bytes with a quote found before.
func (r *run) overlapsQuote(s Span) bool {
	for _, q := range r.quotes {
		if q.Span.Start < s.End && s.Start < q.Span.End {
			return true
		}
	}
	return false
}

// poster is the account named in an embedded post's byline: the entity
// the text already has for that name, else a new one, a person when the
// name reads as one ("Lucille Clerc") and a body otherwise
// ("HuffPostArts&Culture").
func (r *run) poster(start, end int) speaker {
	a, b := r.seg.TokenIndexAt(start), r.seg.TokenIndexAt(end)
	if a >= b || b > len(r.toks) {
		return speaker{}
	}
	if k, ok := r.er.HeadMention(a, b); ok {
		m := &r.er.Mentions[k]
		if t := r.er.Entities[m.Entity].Type; t == entity.Person || t == entity.Org || t == entity.Outlet {
			r.er.AddMention(entity.Mention{From: a, To: b, Start: r.toks[a].Start, End: r.toks[b-1].End, Kind: entity.NameMention}, m.Entity)
			return speaker{entity: m.Entity, mention: r.span(a, b), rule: RuleEmbedded, ok: true}
		}
	}
	typ := entity.Org
	if words := strings.Fields(r.seg.Text[start:end]); len(words) >= 2 && len(words) <= 3 && b-a == len(words) {
		typ = entity.Person
	}
	s := r.sourceEntity(a, a, b, typ, entity.NameMention)
	s.rule = RuleEmbedded
	return s
}

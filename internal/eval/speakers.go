package eval

import (
	"bufio"
	"fmt"
	"io"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"

	"github.com/claimgraph/claimgraph/internal/analysis"
	"github.com/claimgraph/claimgraph/internal/names"
)

// SpeakerGold is one quote of the modern-news speaker gold
// (testdata/speakers/GUIDE.md): offsets into a shared corpus article.
type SpeakerGold struct {
	Doc          string `json:"doc"`
	Start        int    `json:"start"`
	End          int    `json:"end"`
	Kind         string `json:"kind"`
	SpeakerStart *int   `json:"speaker_start"`
	SpeakerEnd   *int   `json:"speaker_end"`
	SpeakerKind  string `json:"speaker_kind"`
}

// CorpusDoc is one article of ../shared/data/corpus/*.jsonl, or of the
// attribution files (PolNeAR's articles name their date "date").
type CorpusDoc struct {
	ID        string `json:"id"`
	Text      string `json:"text"`
	Title     string `json:"title"`
	Published string `json:"published"`
	Date      string `json:"date"`
	Outlet    string `json:"outlet"`
}

// ReadSpeakerGold reads every gold-*.jsonl of dir and its split.txt, and
// keeps the quotes of documents in one of splits (all when splits is empty).
func ReadSpeakerGold(dir string, splits []string) ([]SpeakerGold, error) {
	split, err := readSplit(filepath.Join(dir, "split.txt"))
	if err != nil {
		return nil, err
	}
	files, err := filepath.Glob(filepath.Join(dir, "gold-*.jsonl"))
	if err != nil || len(files) == 0 {
		return nil, fmt.Errorf("%s: no gold-*.jsonl files", dir)
	}
	var out []SpeakerGold
	for _, f := range files {
		qs, err := readJSONL[SpeakerGold](f)
		if err != nil {
			return nil, err
		}
		for _, q := range qs {
			sp, ok := split[q.Doc]
			if !ok {
				return nil, fmt.Errorf("%s: document %s is not in split.txt", f, q.Doc)
			}
			if len(splits) == 0 || contains(splits, sp) {
				out = append(out, q)
			}
		}
	}
	return out, nil
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

func readSplit(path string) (map[string]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("speaker gold split: %w", err)
	}
	defer f.Close()
	out := map[string]string{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		fs := strings.Fields(line)
		if len(fs) != 2 || (!slices.Contains([]string{"train", "dev", "test"}, fs[1])) {
			return nil, fmt.Errorf("%s: bad line %q", path, line)
		}
		out[fs[0]] = fs[1]
	}
	return out, sc.Err()
}

// ReadCorpusDocs loads the articles with the given ids from the JSONL
// files of dirs: the shared corpus, and the attribution data whose PolNeAR
// articles (its own train split) hold part of the dev gold.
func ReadCorpusDocs(ids map[string]bool, dirs ...string) (map[string]CorpusDoc, error) {
	var files []string
	for _, dir := range dirs {
		fs, err := filepath.Glob(filepath.Join(dir, "*.jsonl"))
		if err != nil || len(fs) == 0 {
			return nil, fmt.Errorf("%s: no *.jsonl files", dir)
		}
		files = append(files, fs...)
	}
	out := map[string]CorpusDoc{}
	for _, f := range files {
		docs, err := readJSONL[CorpusDoc](f)
		if err != nil {
			return nil, err
		}
		for _, d := range docs {
			if ids[d.ID] {
				if d.Published == "" {
					d.Published = d.Date
				}
				out[d.ID] = d
			}
		}
	}
	for id := range ids {
		if _, ok := out[id]; !ok {
			return nil, fmt.Errorf("%s: no article %s", strings.Join(dirs, ", "), id)
		}
	}
	return out, nil
}

// SpeakerScore is the result of the speaker gold protocol.
type SpeakerScore struct {
	Docs, Gold, Found, Right int
	// By gold speaker kind: gold count, found, right.
	ByKind map[string][3]int
	Errors []SpeakerError
}

// SpeakerError is one gold quote missed or credited to the wrong source.
type SpeakerError struct {
	Doc, Quote, Want, Got string
}

// NormalizeSpeaker is the form two canonical names are compared in
// (names.Key), with commas and dots read as spaces.
func NormalizeSpeaker(s string) string {
	// Initials count here: the canonical name is the fullest form.
	return names.WithoutHonorifics(names.Key(strings.NewReplacer(".", " ", ",", " ").Replace(s)))
}

// ScoreSpeakers matches system quotes to gold quotes one to one, greedily
// by overlap (>= threshold x the longer span, as the attribution protocol),
// and counts a gold quote right when its source is: the same canonical
// name for a named speaker, an unnamed source whose mention overlaps the
// gold description, or no source for none.
func ScoreSpeakers(gold []SpeakerGold, docs map[string]CorpusDoc, recs map[string]*analysis.Record, threshold float64) SpeakerScore {
	sc := SpeakerScore{ByKind: map[string][3]int{}}
	byDoc := map[string][]SpeakerGold{}
	for _, g := range gold {
		byDoc[g.Doc] = append(byDoc[g.Doc], g)
	}
	ids := make([]string, 0, len(byDoc))
	for id := range byDoc {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		gs, rec, text := byDoc[id], recs[id], docs[id].Text
		sc.Docs++
		if rec == nil {
			rec = &analysis.Record{}
		}
		ents := map[string]*analysis.Entity{}
		for i := range rec.Entities {
			ents[rec.Entities[i].ID] = &rec.Entities[i]
		}
		golds := make([]span, len(gs))
		for i, g := range gs {
			golds[i] = span{g.Start, g.End}
		}
		// The gold has one quote per quotation-mark pair (GUIDE.md), so a
		// quote split around its attribution is matched piece by piece: each
		// fragment can meet its own gold quote, all credited to one speaker.
		var syss []span
		var owner []int
		for i, q := range rec.Quotes {
			if len(q.Fragments) < 2 {
				syss, owner = append(syss, span{q.Start, q.End}), append(owner, i)
				continue
			}
			for _, f := range q.Fragments {
				syss, owner = append(syss, span{f.Start, f.End}), append(owner, i)
			}
		}
		match := make([]int, len(gs))
		for i := range match {
			match[i] = -1
		}
		for _, p := range matchSpans(golds, syss, threshold) {
			match[p[0]] = owner[p[1]]
		}
		for gi, g := range gs {
			k := sc.ByKind[g.SpeakerKind]
			k[0]++
			sc.Gold++
			want := describeGold(g, text)
			if match[gi] < 0 {
				sc.ByKind[g.SpeakerKind] = k
				sc.Errors = append(sc.Errors, SpeakerError{id, clip(text[g.Start:g.End]), want, "(quote not found)"})
				continue
			}
			q := rec.Quotes[match[gi]]
			sc.Found++
			k[1]++
			got := describeSystem(q, ents)
			if speakerRight(g, q, ents, text) {
				sc.Right++
				k[2]++
			} else {
				sc.Errors = append(sc.Errors, SpeakerError{id, clip(text[g.Start:g.End]), want, got})
			}
			sc.ByKind[g.SpeakerKind] = k
		}
	}
	return sc
}

func speakerRight(g SpeakerGold, q analysis.Quote, ents map[string]*analysis.Entity, text string) bool {
	switch g.SpeakerKind {
	case "person", "organization":
		e := ents[q.Speaker]
		if e == nil || g.SpeakerStart == nil || g.SpeakerEnd == nil {
			return false
		}
		want := NormalizeSpeaker(text[*g.SpeakerStart:*g.SpeakerEnd])
		if NormalizeSpeaker(e.Name) == want {
			return true
		}
		// A body's canonical name is its usual one (SCHEMA.md: "ISIS" for
		// "Islamic State ... known commonly as ISIS"), while the gold names
		// the fullest form the article gives: the same body when the
		// entity's own mentions include that form. A person's canonical
		// name must be the fullest form itself.
		if g.SpeakerKind == "organization" && (e.Type == "ORG" || e.Type == "OUTLET") {
			for _, m := range e.Mentions {
				if NormalizeSpeaker(m.Text) == want {
					return true
				}
			}
		}
		return false
	case "unnamed":
		m := q.SpeakerMention
		return q.Source.Kind == analysis.UnnamedSource && m != nil && g.SpeakerStart != nil && g.SpeakerEnd != nil && overlap(m.Start, m.End, *g.SpeakerStart, *g.SpeakerEnd) > 0
	default:
		return q.Speaker == "" && q.Source.Kind != analysis.UnnamedSource
	}
}

func describeGold(g SpeakerGold, text string) string {
	if g.SpeakerStart == nil || g.SpeakerEnd == nil {
		return g.SpeakerKind
	}
	return g.SpeakerKind + ":" + text[*g.SpeakerStart:*g.SpeakerEnd]
}

func describeSystem(q analysis.Quote, ents map[string]*analysis.Entity) string {
	if e := ents[q.Speaker]; e != nil {
		return "named:" + e.Name + " [" + e.Type + "]"
	}
	if q.Source.Kind == analysis.UnnamedSource {
		return "unnamed:" + q.Source.Description
	}
	return "none"
}

func clip(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > 70 {
		return string(r[:70]) + "…"
	}
	return s
}

// Print writes the score.
func (s SpeakerScore) Print(w io.Writer) {
	ratio := func(a, b int) float64 {
		if b == 0 {
			return 0
		}
		return float64(a) / float64(b)
	}
	fmt.Fprintf(w, "documents %d, gold quotes %d, found %d (recall %.3f)\n", s.Docs, s.Gold, s.Found, ratio(s.Found, s.Gold))
	for _, k := range slices.Sorted(maps.Keys(s.ByKind)) {
		c := s.ByKind[k]
		fmt.Fprintf(w, "  %-12s gold %4d  found %4d  right speaker %4d (%.3f of found)\n", k, c[0], c[1], c[2], ratio(c[2], c[1]))
	}
	fmt.Fprintf(w, "speakers: right speaker on found quotes %.3f; quotes found with the right speaker %.3f (%d of %d)\n",
		ratio(s.Right, s.Found), ratio(s.Right, s.Gold), s.Right, s.Gold)
}

// PrintErrors writes one tab-separated line per gold quote missed or
// credited to the wrong source.
func (s SpeakerScore) PrintErrors(w io.Writer) {
	for _, e := range s.Errors {
		fmt.Fprintf(w, "%s\t%s\twant %s\tgot %s\n", e.Doc, e.Quote, e.Want, e.Got)
	}
}

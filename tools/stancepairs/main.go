// Command stancepairs asks what the claim-check clause rules
// (stance.StatementBy) would say of judged contradiction pairs: for each
// pair of testdata/contradictions (not the held-out files), it reads both
// quotes in their sentences from a SQLite store and reports, per verdict,
// how many pairs the rules call opposed in either direction. It measures
// whether those rules could add contradictions before they are wired in.
//
//	go run ./tools/stancepairs -db corpus.db testdata/contradictions/judged-*.tsv testdata/contradictions/genuine-by-reading.tsv
package main

import (
	"database/sql"
	"flag"
	"fmt"
	"log"
	"sort"
	"strconv"
	"strings"

	_ "modernc.org/sqlite"

	"github.com/claimgraph/claimgraph/internal/eval"
	"github.com/claimgraph/claimgraph/internal/segment"
	"github.com/claimgraph/claimgraph/internal/stance"
)

func main() {
	dbPath := flag.String("db", "claimgraph.db", "SQLite store holding the shared corpus")
	verbose := flag.Bool("v", false, "print each pair the rules call opposed")
	flag.Parse()
	judged, err := eval.ReadJudged(flag.Args()...)
	if err != nil {
		log.Fatal(err)
	}
	db, err := sql.Open("sqlite", *dbPath)
	if err != nil {
		log.Fatal(err)
	}
	defer db.Close()
	s, err := stance.New()
	if err != nil {
		log.Fatal(err)
	}
	sg := segment.NewSegmenter()
	type side struct{ text, speaker string }
	read := func(key string) (side, bool) {
		i := strings.LastIndex(key, ":")
		if i < 0 {
			return side{}, false
		}
		doc, span := key[:i], key[i+1:]
		a, b, ok := strings.Cut(span, "-")
		if !ok {
			return side{}, false
		}
		start, _ := strconv.Atoi(a)
		end, _ := strconv.Atoi(b)
		var text, speaker string
		if err := db.QueryRow(`SELECT text FROM documents WHERE id = ?`, doc).Scan(&text); err != nil || end > len(text) || start >= end {
			return side{}, false
		}
		db.QueryRow(`SELECT COALESCE(sp.name, '') FROM quotes q JOIN documents d ON d.seq = q.doc_seq LEFT JOIN speakers sp ON sp.id = q.speaker_id
			WHERE d.id = ? AND q.start_at <= ? AND q.end_at >= ? ORDER BY q.end_at - q.start_at LIMIT 1`, doc, start, end).Scan(&speaker)
		seg := sg.Segment(text)
		lo, hi := start, end
		for _, sp := range seg.Sentences {
			if sp.Len() == 0 {
				continue
			}
			s0, e0 := seg.Tokens[sp.From].Start, seg.Tokens[sp.To-1].End
			if e0 > start && s0 < end {
				lo, hi = min(lo, s0), max(hi, e0)
			}
		}
		return side{text[lo:hi], speaker}, true
	}
	opposed := map[string]bool{"opposite polarity": true, "calls it false": true, "denies it": true, "another month": true}
	counts := map[string][2]int{}
	for _, j := range judged {
		a, b, ok := strings.Cut(j.Key, " | ")
		if !ok {
			continue
		}
		sa, oka := read(a)
		sb, okb := read(b)
		if !oka || !okb {
			continue
		}
		ta, tb := s.Read(sa.text), s.Read(sb.text)
		r1 := s.StatementBy(ta, tb, sb.speaker)
		r2 := s.StatementBy(tb, ta, sa.speaker)
		hit := r1.Label == stance.Disagree && opposed[r1.Why] || r2.Label == stance.Disagree && opposed[r2.Why]
		c := counts[j.Verdict]
		c[0]++
		if hit {
			c[1]++
			if *verbose {
				fmt.Printf("%s\t%s\n  A: %.160s\n  B: %.160s\n", j.Verdict, j.Key, sa.text, sb.text)
			}
		}
		counts[j.Verdict] = c
	}
	verdicts := make([]string, 0, len(counts))
	for v := range counts {
		verdicts = append(verdicts, v)
	}
	sort.Strings(verdicts)
	for _, v := range verdicts {
		fmt.Printf("%-12s %3d judged, %3d the clause rules call opposed\n", v, counts[v][0], counts[v][1])
	}
}

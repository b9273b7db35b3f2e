package stance

import (
	"encoding/csv"
	"errors"
	"fmt"
	"hash/fnv"
	"io"
	"os"
	"strings"
)

// FNCPair is one row of an FNC-1 stances file.
type FNCPair struct {
	Headline, BodyID string
	Stance           string // as written in the file (gold), or "" when the file has none
}

// maxFNCField bounds one CSV field (an article body); maxFNCFile bounds the
// file, checked before reading: the CSV reader holds a whole field in
// memory, so a broken file with no closing quote would otherwise be read to
// its end as one field.
const (
	maxFNCField = 1 << 20
	maxFNCFile  = 256 << 20
)

// ReadFNCBodies reads an FNC-1 bodies file (Body ID, articleBody).
func ReadFNCBodies(path string) (map[string]string, error) {
	rows, err := readFNC(path, "Body ID", "articleBody")
	if err != nil {
		return nil, err
	}
	bodies := make(map[string]string, len(rows))
	for _, r := range rows {
		bodies[strings.TrimSpace(r[0])] = r[1]
	}
	return bodies, nil
}

// ReadFNCStances reads an FNC-1 stances file (Headline, Body ID and, in
// gold files, Stance).
func ReadFNCStances(path string) ([]FNCPair, error) {
	rows, err := readFNC(path, "Headline", "Body ID", "?Stance")
	if err != nil {
		return nil, err
	}
	out := make([]FNCPair, len(rows))
	for i, r := range rows {
		// As the official scorer keys pairs: the headline as written, the
		// body id and stance trimmed.
		out[i] = FNCPair{Headline: r[0], BodyID: strings.TrimSpace(r[1]), Stance: strings.ToLower(strings.TrimSpace(r[2]))}
	}
	return out, nil
}

// readFNC reads the named columns of a CSV file with a header; a column
// named with a leading "?" may be missing.
func readFNC(path string, columns ...string) ([][]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	if st, err := f.Stat(); err == nil && st.Size() > maxFNCFile {
		return nil, fmt.Errorf("%s: %d MB, more than the %d MB an FNC-1 file may be", path, st.Size()>>20, maxFNCFile>>20)
	}
	r := csv.NewReader(f)
	r.FieldsPerRecord = -1
	r.ReuseRecord = true
	head, err := r.Read()
	if err != nil {
		return nil, fmt.Errorf("%s: reading the header: %w", path, err)
	}
	idx := make([]int, len(columns))
	for i, c := range columns {
		idx[i] = -1
		name := strings.TrimPrefix(c, "?")
		for j, h := range head {
			if strings.TrimSpace(strings.TrimPrefix(h, "\ufeff")) == name {
				idx[i] = j
			}
		}
		if idx[i] < 0 && !strings.HasPrefix(c, "?") {
			return nil, fmt.Errorf("%s: no column %q in the header %q", path, name, strings.Join(head, ","))
		}
	}
	var rows [][]string
	for line := 2; ; line++ {
		rec, err := r.Read()
		if errors.Is(err, io.EOF) {
			return rows, nil
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		row := make([]string, len(columns))
		for i, j := range idx {
			if j >= 0 && j < len(rec) {
				if len(rec[j]) > maxFNCField {
					return nil, fmt.Errorf("%s: line %d: a field of %d bytes (at most %d)", path, line, len(rec[j]), maxFNCField)
				}
				row[i] = rec[j]
			}
		}
		if strings.TrimSpace(row[0]) == "" && strings.TrimSpace(row[1]) == "" {
			continue
		}
		rows = append(rows, row)
	}
}

// WriteFNC writes pairs with their stances in FNC-1's submission format.
func WriteFNC(w io.Writer, pairs []FNCPair, stances []Label) error {
	cw := csv.NewWriter(w)
	if err := cw.Write([]string{"Headline", "Body ID", "Stance"}); err != nil {
		return err
	}
	for i, p := range pairs {
		if err := cw.Write([]string{p.Headline, p.BodyID, stances[i].String()}); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// PredictFNC tells the stance of every pair, reading each body and each
// headline once.
func (s *Scorer) PredictFNC(bodies map[string]string, pairs []FNCPair) ([]Label, error) {
	texts := map[string]*Text{}
	read := func(t string) *Text {
		if texts[t] == nil {
			texts[t] = s.Read(t)
		}
		return texts[t]
	}
	out := make([]Label, len(pairs))
	for i, p := range pairs {
		body, ok := bodies[p.BodyID]
		if !ok {
			return nil, fmt.Errorf("pair %d (%q): no body %q in the bodies file", i+1, p.Headline, p.BodyID)
		}
		out[i] = s.Stance(read(p.Headline), read(body)).Label
	}
	return out, nil
}

// TrainingPairs joins FNC-1 stances to their bodies for Train.
func TrainingPairs(bodies map[string]string, pairs []FNCPair) ([]Pair, error) {
	out := make([]Pair, len(pairs))
	for i, p := range pairs {
		body, ok := bodies[p.BodyID]
		if !ok {
			return nil, fmt.Errorf("pair %d (%q): no body %q in the bodies file", i+1, p.Headline, p.BodyID)
		}
		l, err := ParseLabel(p.Stance)
		if err != nil {
			return nil, fmt.Errorf("pair %d (%q): %w", i+1, p.Headline, err)
		}
		out[i] = Pair{Claim: p.Headline, Body: body, Label: l}
	}
	return out, nil
}

// SplitByTopic holds out about share of the topics: a topic is a set of
// headlines and bodies joined by related pairs (one Emergent claim and
// the articles about it). A pair is held out when its headline and its body
// both belong to held-out topics, trained on when neither does, and dropped
// otherwise, so a held-out score says what claims and articles never seen
// in training get, as in the competition test, whose topics are all new.
func SplitByTopic(pairs []FNCPair, share float64, seed uint64) (train, held []FNCPair) {
	parent := map[string]string{}
	var find func(string) string
	find = func(x string) string {
		p, ok := parent[x]
		if !ok || p == x {
			parent[x] = x
			return x
		}
		r := find(p)
		parent[x] = r
		return r
	}
	for _, p := range pairs {
		h, b := find("h:"+p.Headline), find("b:"+p.BodyID)
		if p.Stance != "unrelated" && h != b {
			if h < b { // the smaller key roots the union: the split does not depend on row order
				parent[b] = h
			} else {
				parent[h] = b
			}
		}
	}
	isHeld := func(x string) bool {
		h := fnv.New64a()
		fmt.Fprintf(h, "%d/%s", seed, find(x))
		return float64(h.Sum64()%10000) < share*10000
	}
	for _, p := range pairs {
		hh, bh := isHeld("h:"+p.Headline), isHeld("b:"+p.BodyID)
		switch {
		case hh && bh:
			held = append(held, p)
		case !hh && !bh:
			train = append(train, p)
		}
	}
	return train, held
}

// SplitByBody holds out about share of the bodies (chosen by a hash of
// their id and seed, so the split is fixed) with every pair that uses them,
// as the official baseline holds out by Body ID.
func SplitByBody(pairs []FNCPair, share float64, seed uint64) (train, held []FNCPair) {
	for _, p := range pairs {
		h := fnv.New64a()
		fmt.Fprintf(h, "%d/%s", seed, p.BodyID)
		if float64(h.Sum64()%10000) < share*10000 {
			held = append(held, p)
		} else {
			train = append(train, p)
		}
	}
	return train, held
}

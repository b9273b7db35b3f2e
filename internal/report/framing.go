package report

import (
	"slices"
	"strconv"
	"strings"

	"github.com/claimgraph/claimgraph/internal/store"
)

// cueClasses are the reporting verbs' classes (quote lexicon cues.txt) a
// framing table counts, in its column order: "claimed" distances the
// writer (doubt), "revealed" presents as fact (factive), "insisted"
// stresses (emphatic), "accused", "suggested" (hedge), "believes".
var cueClasses = []string{"doubt", "factive", "emphatic", "accuse", "hedge", "belief"}

// CueClasses are the classes of reporting verbs framing counts, in order.
func CueClasses() []string { return slices.Clone(cueClasses) }

// loadedClasses are the classes whose verbs say how the writer takes the
// words, not only what kind of words they are.
var loadedClasses = []string{"doubt", "factive", "emphatic", "accuse"}

// OutletFraming is how one outlet reports: its reports (quotes) by the
// class of their reporting verb, and the loaded verbs (doubt, factive,
// emphatic, accusing) it uses most.
type OutletFraming struct {
	Outlet  string         `json:"outlet"`
	Reports int            `json:"reports"`
	ByClass map[string]int `json:"by_class"`
	Loaded  []string       `json:"loaded_verbs"`
}

// Framing sums cue counts per outlet by class; class gives a lemma's class
// ("" or "neutral" for the plain ones). Outlets come most reports first,
// the whole store first of all under "(all)".
func Framing(counts []store.CueCount, class func(lemma string) string) []OutletFraming {
	by := map[string]*OutletFraming{}
	verbs := map[string]map[string]int{}
	all := &OutletFraming{Outlet: "(all)", ByClass: map[string]int{}}
	allVerbs := map[string]int{}
	for _, c := range counts {
		name := c.Outlet
		if name == "" {
			name = "(no outlet)"
		}
		o := by[name]
		if o == nil {
			o = &OutletFraming{Outlet: name, ByClass: map[string]int{}}
			by[name], verbs[name] = o, map[string]int{}
		}
		k := class(c.Lemma)
		for _, x := range []*OutletFraming{o, all} {
			x.Reports += c.Quotes
			if slices.Contains(cueClasses, k) {
				x.ByClass[k] += c.Quotes
			}
		}
		if slices.Contains(loadedClasses, k) {
			verbs[name][c.Lemma] += c.Quotes
			allVerbs[c.Lemma] += c.Quotes
		}
	}
	out := []OutletFraming{*all}
	all.Loaded = topVerbs(allVerbs)
	out[0].Loaded = all.Loaded
	var rest []OutletFraming
	for name, o := range by {
		o.Loaded = topVerbs(verbs[name])
		rest = append(rest, *o)
	}
	slices.SortFunc(rest, func(a, b OutletFraming) int {
		if a.Reports != b.Reports {
			return b.Reports - a.Reports
		}
		return strings.Compare(a.Outlet, b.Outlet)
	})
	return append(out, rest...)
}

// topVerbs lists the five most used verbs with their counts ("claim 12").
func topVerbs(m map[string]int) []string {
	type kv struct {
		k string
		n int
	}
	var all []kv
	for k, n := range m {
		all = append(all, kv{k, n})
	}
	slices.SortFunc(all, func(a, b kv) int {
		if a.n != b.n {
			return b.n - a.n
		}
		return strings.Compare(a.k, b.k)
	})
	var out []string
	for i, x := range all {
		if i == 5 {
			break
		}
		out = append(out, x.k+" "+strconv.Itoa(x.n))
	}
	return out
}

// FramingTable is Framing as a table: per outlet its reports, the count in
// each loaded class, the share that distances ("claimed") and the loaded
// verbs it uses most.
func FramingTable(rows []OutletFraming) Table {
	t := Table{Header: append(append([]string{"outlet", "reports"}, cueClasses...), "doubt share", "loaded verbs"), Value: rows}
	for _, o := range rows {
		r := []string{o.Outlet, strconv.Itoa(o.Reports)}
		for _, k := range cueClasses {
			r = append(r, strconv.Itoa(o.ByClass[k]))
		}
		share := "-"
		if o.Reports > 0 {
			share = strconv.FormatFloat(float64(o.ByClass["doubt"])/float64(o.Reports), 'f', 3, 64)
		}
		t.Rows = append(t.Rows, append(r, share, strings.Join(o.Loaded, ", ")))
	}
	return t
}

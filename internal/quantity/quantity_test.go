package quantity

import (
	"math"
	"strings"
	"testing"

	"github.com/claimgraph/claimgraph/internal/segment"
)

func TestFind(t *testing.T) {
	cases := []struct {
		text, want, unit, qualifier, about string
		value                              float64
	}{
		{"At least 82 people were killed in the blast.", "82 people", "people", "at least", "killed", 82},
		{"82 people were killed and more than 1,700 injured.", "1,700 injured", "people", "more than", "injured", 1700},
		{"The US has more than 2,500 troops in Iraq.", "2,500 troops", "troops", "more than", "troops", 2500},
		{"The army sent 2,500 troops to the border.", "2,500 troops", "troops", "", "sent", 2500},
		{"The firm paid $3.2 billion for the unit.", "$3.2 billion", "USD", "", "paid", 3.2e9},
		{"The film took £9.9m in its first week.", "£9.9m", "GBP", "", "took", 9.9e6},
		{"Some 2.5 million people fled the city.", "2.5 million people", "people", "about", "people", 2.5e6},
		{"The port cut 40 jobs, about 10% of its workforce.", "10%", "percent", "about", "workforce", 10},
		{"The council will spend $4.5 billion on new roads.", "$4.5 billion", "USD", "", "spend", 4.5e9},
		{"The yard plans to hire 300 welders.", "300 welders", "welders", "", "hire", 300},
		{"Three dozen protesters were arrested.", "Three dozen protesters", "protesters", "", "arrested", 36},
		{"Unemployment rose to 5.4% in March.", "5.4%", "percent", "", "rose", 5.4},
		{"Inflation was 3 per cent last year.", "3 per cent", "percent", "", "percent", 3},
		{"A third of voters backed the plan.", "A third", "percent", "", "voters", 100.0 / 3},
		{"Half of the staff quit.", "Half", "percent", "", "staff", 50},
		{"Plans forecast a quarter of a million students.", "a quarter of a million students", "students", "", "students", 250000},
		{"Nearly 300 homes sit near the wall.", "300 homes", "homes", "nearly", "homes", 300},
		{"The fund raised 40 million euros.", "40 million euros", "EUR", "", "raised", 4e7},
		{"He said at least 12 Republicans would oppose it.", "12 Republicans", "republicans", "at least", "republicans", 12},
		// Wire shorthand: Reuters writes "mln", "bln", "dlrs", "stg", "pct".
		{"The company earned 5.5 mln dlrs in the quarter.", "5.5 mln dlrs", "USD", "", "earned", 5.5e6},
		{"Sales were worth 1.2 bln stg last year.", "1.2 bln stg", "GBP", "", "GBP", 1.2e9},
		{"Output rose 4.1 pct in May.", "4.1 pct", "percent", "", "rose", 4.1},
		{"The board paid 10 per share.", "10", "", "", "paid", 10},
		{"The death toll rose to 68 on Sunday.", "68", "", "", "toll", 68},
		{"Officials put the toll at 67 dead.", "67 dead", "dead", "", "toll", 67},
	}
	f, sg := NewFinder(), segment.NewSegmenter()
	for _, tc := range cases {
		qs := f.Find(sg.Segment(tc.text), nil)
		var got *Quantity
		for i := range qs {
			if qs[i].Text == tc.want {
				got = &qs[i]
			}
		}
		if got == nil {
			t.Errorf("%q: no quantity %q in %+v", tc.text, tc.want, qs)
			continue
		}
		if math.Abs(got.Value-tc.value) > 1e-6*math.Max(1, tc.value) || got.Unit != tc.unit || got.Qualifier != tc.qualifier || got.About != tc.about {
			t.Errorf("%q: got %v %q %q about %q, want %v %q %q about %q", tc.text, got.Value, got.Unit, got.Qualifier, got.About, tc.value, tc.unit, tc.qualifier, tc.about)
		}
	}
}

func TestFindSkipsDatesAndBareWords(t *testing.T) {
	f, sg := NewFinder(), segment.NewSegmenter()
	text := "In 2019 one man said it."
	seg := sg.Segment(text)
	qs := f.Find(seg, []Span{{Start: 3, End: 7}})
	if len(qs) != 0 {
		t.Errorf("a year and a bare 'one' became quantities: %+v", qs)
	}
}

func FuzzFind(f *testing.F) {
	for _, s := range []string{"At least 82 people were killed.", "a quarter of a million", "£9.9m", "5bn", "Half of", "3 per"} {
		f.Add(s)
	}
	fd, sg := NewFinder(), segment.NewSegmenter()
	f.Fuzz(func(t *testing.T, text string) {
		for _, q := range fd.Find(sg.Segment(text), nil) {
			if q.Start < 0 || q.End > len(text) || q.Start > q.End || text[q.Start:q.End] != q.Text {
				t.Fatalf("bad span %+v in %q", q, text)
			}
		}
	})
}

func TestCounted(t *testing.T) {
	c := NewCounter()
	for _, tc := range []struct {
		q     Quantity
		want  Count
		count bool
	}{
		{Quantity{Value: 12, Unit: "people", About: "killed"}, Count{"people", "death"}, true},
		{Quantity{Value: 12, Unit: "doctors", About: "executed"}, Count{"doctors", "death"}, true},
		{Quantity{Value: 12, Unit: "dead", About: "dead"}, Count{"people", "death"}, true},
		{Quantity{Value: 12, Unit: "", About: "toll"}, Count{"people", "death"}, true},
		{Quantity{Value: 12, Unit: "people", About: "injured"}, Count{"people", "injury"}, true},
		{Quantity{Value: 12, Unit: "welders", About: "hire"}, Count{"welders", "hire"}, true},
		{Quantity{Value: 12, Unit: "troops", About: "troops"}, Count{"troops", ""}, true},
		// Amounts change because the world moved; they are no counts.
		{Quantity{Value: 12, Unit: "USD", About: "paid"}, Count{}, false},
		{Quantity{Value: 12, Unit: "percent", About: "rose"}, Count{}, false},
		{Quantity{Value: 12, Unit: "tonnes", About: "exported"}, Count{}, false},
		{Quantity{Value: 12, Unit: "barrels", About: "produced"}, Count{}, false},
		{Quantity{Value: 12, Unit: "points", About: "fell"}, Count{}, false},
		{Quantity{Value: 12, Unit: "", About: "rose"}, Count{}, false},
		{Quantity{Value: 12, Unit: "shares", About: "bought"}, Count{}, false},
		{Quantity{Value: 12, Unit: "years", About: "years"}, Count{}, false},
		{Quantity{Value: 12, Unit: "other", About: "killed"}, Count{}, false},
		{Quantity{Value: 12, Unit: "children", About: "rescued"}, Count{"children", "rescue"}, true},
		{Quantity{Value: 12, Unit: "countries", About: "countries"}, Count{"countries", ""}, true},
		{Quantity{Value: 6, Text: "Six Nations", Unit: "nations", About: "nations"}, Count{}, false},
		{Quantity{Value: 7, Text: "SEVEN GIRLS", Unit: "girls", About: "girls"}, Count{"girls", ""}, true},
		// A count is a whole number of things: "third countries", "1.5 people".
		{Quantity{Value: 1.0 / 3, Unit: "countries", About: "countries"}, Count{}, false},
		{Quantity{Value: 1.5, Unit: "people", About: "killed"}, Count{}, false},
		{Quantity{Value: 1.5e6, Unit: "people", About: "displaced"}, Count{"people", "displacement"}, true},
	} {
		got, ok := c.Counted(tc.q)
		if ok != tc.count || got != tc.want {
			t.Errorf("Counted(%+v) = %+v, %v; want %+v, %v", tc.q, got, ok, tc.want, tc.count)
		}
	}
}

// TestCountLexicons checks every entry of the count lexicons is a single
// lower-case word, as Counted compares them.
func TestCountLexicons(t *testing.T) {
	c := NewCounter()
	if len(c.events) < 20 || len(c.nouns) < 1000 {
		t.Fatalf("lexicons did not load: %d events, %d nouns", len(c.events), len(c.nouns))
	}
	for _, m := range []map[string]bool{keys(c.nouns), keys(c.events)} {
		for w := range m {
			if w != strings.ToLower(w) || strings.ContainsAny(w, " \t|") {
				t.Errorf("entry %q can never match a lower-cased unit", w)
			}
		}
	}
}

func keys(m map[string]string) map[string]bool {
	out := map[string]bool{}
	for k := range m {
		out[k] = true
	}
	return out
}

func TestEventNear(t *testing.T) {
	c := NewCounter()
	for _, tc := range []struct{ before, after, want string }{
		{"Rescuers said ", " were killed in the flood", "death"},
		{"a landslide killed ", " in the valley", "death"},
		{"the raid left ", " injured and two missing", "injury"},
		{"Officers found ", " near the harbour where two were arrested", ""}, // seven words on: of others
		{"The school hired ", " last year", ""},
	} {
		if got := c.EventNear(tc.before, tc.after); got != tc.want {
			t.Errorf("EventNear(%q, %q) = %q; want %q", tc.before, tc.after, got, tc.want)
		}
	}
}

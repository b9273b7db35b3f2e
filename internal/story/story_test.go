package story

import (
	"strings"
	"testing"
)

// report is an invented wire story; the variants below are what reprints
// and rewrites do to such a text.
const report = `The harbour authority of Kelvar said on Tuesday that the new sea wall
would be finished by the spring, two months later than planned, after storms in
January washed away part of the foundations. Mira Ostrand, who chairs the
authority, told reporters that the contractors had worked through the winter and
that the cost would stay within the budget agreed last year. Fishermen who use the
harbour said the delay had already cost them a season, and their guild asked the
council to pay for moorings at the old quay until the wall is done. The council
said it would consider the request at its next meeting.`

func TestNear(t *testing.T) {
	reprint := "KELVAR (Wire) - " + report + "\n\nReporting by the wire desk."
	edited := strings.Replace(report, "The council\nsaid it would consider the request at its next meeting.",
		"A council spokesman said no decision had been taken.", 1)
	other := `Storms in January damaged the sea wall that Kelvar's harbour authority is
building, and the work will not be finished before spring, its chair Mira Ostrand
said. Contractors kept working all winter, she said, and the budget set last year
still holds. The fishermen's guild, whose boats lost a season to the works, wants
the council to pay for berths at the old quay; councillors will take up the
request when they next meet, a spokesman said.`
	base := Sign(report)
	if base == nil {
		t.Fatal("the report is long enough to sign")
	}
	for _, c := range []struct {
		name string
		text string
		near bool
	}{
		{"a reprint with a dateline and a sign-off", reprint, true},
		{"the last sentence rewritten", edited, true},
		{"the same news written apart", other, false},
	} {
		s := Sign(c.text)
		if got := Near(base, s); got != c.near {
			t.Errorf("%s: near = %v (similarity %.2f), want %v", c.name, got, Similarity(base, s), c.near)
		}
		shares := false
		for _, a := range Bands(base) {
			for _, b := range Bands(s) {
				shares = shares || a == b
			}
		}
		if c.near && !shares {
			t.Errorf("%s: near, but no band in common, so a store would never compare them", c.name)
		}
	}
}

func TestShortTextIsNearNothing(t *testing.T) {
	if s := Sign("Too short to say anything about."); s != nil {
		t.Errorf("signature of a short text: %v", s)
	}
	if Near(nil, nil) {
		t.Error("two texts without signatures are near")
	}
}

func TestParse(t *testing.T) {
	s := Sign(report)
	got, err := Parse(s.String())
	if err != nil || Similarity(got, s) != 1 {
		t.Fatalf("Parse(String()) = %v, %v", got, err)
	}
	if got, err := Parse(""); got != nil || err != nil {
		t.Errorf(`Parse("") = %v, %v`, got, err)
	}
	for _, bad := range []string{"zz", "00ff", strings.Repeat("0", 8*2*Hashes-1)} {
		if _, err := Parse(bad); err == nil {
			t.Errorf("Parse(%.20q) accepted", bad)
		}
	}
}

func TestSameNeedsTheSameDays(t *testing.T) {
	s := Sign(report)
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"1987-04-07", "1987-04-08", true},
		{"1987-04-07", "1987-04-14", false}, // next week's report on a template
		{"", "1987-04-14", true},
		{"1987-04-07T10:00:00Z", "1987-04-09", true},
		{"not a date", "1987-04-09", true},
	} {
		if got := Same(s, s, c.a, c.b); got != c.want {
			t.Errorf("Same(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}

func BenchmarkSign(b *testing.B) {
	text := strings.Repeat(report+"\n\n", 8) // about 4 KB, a long news article
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Sign(text)
	}
}

package timex

import (
	"testing"

	"github.com/claimgraph/claimgraph/internal/segment"
)

func TestNormalize(t *testing.T) {
	tg, sg := NewTagger(), segment.NewSegmenter()
	for _, tc := range []struct {
		text, pub, want, value, mod string
	}{
		{"She spoke this Monday.", "2024-03-25", "this Monday", "2024-03-25", ""},
		{"It happened early this March.", "2024-03-25", "early this March", "2024-03", "START"},
		{"He will travel this coming April.", "2024-03-25", "this coming April", "2024-04", ""},
		{"The plan failed by the end of 2014.", "2024-03-25", "the end of 2014", "2014", "END"},
		{"Sales grew last week.", "2024-03-25", "last week", "2024-W12", ""},
		{"Prices rose next month.", "2024-03-25", "next month", "2024-04", ""},
		{"The police said Friday the suspect fled.", "2024-03-25", "Friday", "2024-03-22", ""},
		{"They will meet on Friday.", "2024-03-25", "Friday", "2024-03-29", ""},
		{"The deal was signed on March 25, 2021.", "2024-03-25", "March 25, 2021", "2021-03-25", ""},
		{"Growth in the 1990s was fast.", "2024-03-25", "the 1990s", "199", ""},
		{"The war lasted three years.", "2024-03-25", "three years", "P3Y", ""},
		{"It took about three weeks.", "2024-03-25", "about three weeks", "P3W", "APPROX"},
		{"They meet every week.", "2024-03-25", "every week", "P1W", "SET"},
		{"The law passed two years ago.", "2024-03-25", "two years ago", "2022", ""},
		{"Output peaked in mid-2020.", "2024-03-25", "mid-2020", "2020", "MID"},
		{"We are in the year 2024.", "2024-03-25", "the year 2024", "2024", ""},
		{"It rained this March.", "", "this March", "XXXX-03", ""},
		{"He arrived yesterday.", "2024-03-25", "yesterday", "2024-03-24", ""},
	} {
		seg := sg.Segment(tc.text)
		res := tg.Tag(seg, tc.pub, nil)
		var got *Timex
		for i := range res.Timexes {
			if res.Timexes[i].Text == tc.want {
				got = &res.Timexes[i]
			}
		}
		if got == nil {
			t.Errorf("%q: %q not found in %+v", tc.text, tc.want, res.Timexes)
			continue
		}
		mod := got.Mod
		if tc.mod == "SET" {
			mod = "SET"
			if got.Type != "SET" {
				t.Errorf("%q: type %s, want SET", tc.text, got.Type)
			}
		}
		if got.Value != tc.value || mod != tc.mod {
			t.Errorf("%q: %q = %s %s, want %s %s", tc.text, tc.want, got.Value, got.Mod, tc.value, tc.mod)
		}
	}
}

func TestNotDates(t *testing.T) {
	tg, sg := NewTagger(), segment.NewSegmenter()
	for _, text := range []string{
		"The US has more than 2,500 troops in Iraq.",
		"He may go on February 30.",
		"They counted 1990 people.",
	} {
		res := tg.Tag(sg.Segment(text), "2024-03-25", nil)
		for _, tx := range res.Timexes {
			t.Errorf("%q: unexpected timex %q = %s", text, tx.Text, tx.Value)
		}
	}
}

package names

import (
	"strings"
	"testing"

	"github.com/claimgraph/claimgraph/internal/lexicon"
)

func TestKey(t *testing.T) {
	for _, tc := range []struct{ a, b string }{
		{"Sir Ian Blair", "Ian Blair"},
		{"Ming-Chi Kuo", "Ming Chi Kuo"},
		{"The Times", "Times"},
		{"Dr. Jane Roe", "Jane Roe"},
		{"Kilroy-Silk", "kilroy silk"},
		{"Joseph E. Cappy", "Joseph Cappy"},
		{"L. William Seidman", "William Seidman"},
		{"George W. Bush", "George W Bush"},
		{"U.S. Army", "US Army"},
	} {
		if PersonKey(Key(tc.a)) != PersonKey(Key(tc.b)) {
			t.Errorf("%q and %q: want one person key", tc.a, tc.b)
		}
	}
	for _, w := range []string{"HarborNews.com", "Corp."} {
		if Key(w) != strings.ToLower(w) {
			t.Errorf("Key(%q) = %q: only abbreviated letters lose their stops", w, Key(w))
		}
	}
	if Key("Dr Pepper") != "dr pepper" {
		t.Errorf("Key(Dr Pepper) = %q: honorifics are for persons only", Key("Dr Pepper"))
	}
	for _, tc := range []struct{ a, b string }{
		{"The Times", "The New York Times"},
		{"Sir", "Dame"},       // a lone honorific is kept: it is all the name there is
		{"J. Smith", "Smith"}, // an initial and one name: the initial says which Smith
	} {
		if PersonKey(Key(tc.a)) == PersonKey(Key(tc.b)) {
			t.Errorf("%q and %q: want two keys", tc.a, tc.b)
		}
	}
}

// TestHonorificsMatch checks that every entry of the lexicon is matched.
func TestHonorificsMatch(t *testing.T) {
	for _, e := range lexicon.MustRead(lexiconFS, "lexicon/honorifics.txt") {
		w := e.Field(0)
		if !Honorific(w) || PersonKey(Key(w+" Jane Roe")) != "jane roe" {
			t.Errorf("honorific %q does not match", w)
		}
	}
}

func TestBodyKey(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"unocal corp", "unocal"}, {"cominco ltd.", "cominco"}, {"corp", "corp"}, {"news corp", "news"}, {"bank of england", "bank of england"},
		{"harbrix metals b.v.", "harbrix metals"}, {"harbrix capital n.v", "harbrix capital"}, {"harbrix s.a.", "harbrix"},
	} {
		if got := BodyKey(tc.in); got != tc.want {
			t.Errorf("BodyKey(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
	for _, e := range lexicon.MustRead(lexiconFS, "lexicon/corporate_suffixes.txt") {
		if BodyKey("acme "+e.Field(0)) != "acme" {
			t.Errorf("suffix %q does not match", e.Field(0))
		}
	}
}

func TestRoleKey(t *testing.T) {
	for _, tc := range []struct{ a, b string }{
		{"U.S. Treasury Secretary", "Treasury Secretary"},
		{"U.S. Treasury secretary", "treasury secretary"},
		{"the UK ambassador", "ambassador"},
	} {
		if RoleKey(tc.a) != RoleKey(tc.b) {
			t.Errorf("RoleKey(%q) = %q, RoleKey(%q) = %q, want one key", tc.a, RoleKey(tc.a), tc.b, RoleKey(tc.b))
		}
	}
	if RoleKey("shadow chancellor") == RoleKey("chancellor") {
		t.Error("a qualifier is part of the role")
	}
}

package entity

import (
	"strings"
	"testing"

	"github.com/claimgraph/claimgraph/internal/lexicon"
	"github.com/claimgraph/claimgraph/internal/names"
	"github.com/claimgraph/claimgraph/internal/segment"
)

// TestGazetteerEntriesMatch checks that every canonical name and alias of
// the place and organization lexicons, tokenized as text is, is matched
// whole: an entry that can never match is a silent hole in the gazetteer.
func TestGazetteerEntriesMatch(t *testing.T) {
	lx := loadLexicons()
	for _, file := range []string{"lexicon/gpe.txt", "lexicon/places.txt", "lexicon/orgs.txt"} {
		for _, e := range lexicon.MustRead(lexiconFS, file) {
			for _, name := range append([]string{e.Field(0)}, splitList(e.Field(1))...) {
				toks := segment.Tokenize(name, 0, len(name), nil)
				if len(toks) > 0 && (toks[0].Text == "the" || toks[0].Text == "The") {
					toks = toks[1:]
				}
				if len(toks) == 0 {
					continue
				}
				if n, _ := lx.matchName(toks, 0, len(toks)); n != len(toks) {
					t.Errorf("%s line %d: %q matches %d of %d tokens", file, e.Line, name, n, len(toks))
				}
			}
		}
	}
}

// TestRecognizeTable covers the grammar that makes names what they are.
func TestRecognizeTable(t *testing.T) {
	rc := NewRecognizer()
	seg := segment.NewSegmenter()
	for _, tc := range []struct {
		text, name string
		typ        Type
	}{
		{"Troops will stay in Veldoria for now. The envoy to Veldoria Marieke van der Berg spoke.", "Veldoria", GPE},
		{"Troops will stay in Veldoria for now. The envoy to Veldoria Marieke van der Berg spoke.", "Marieke van der Berg", Person},
		{"Michigan General Corp said it would sell.", "Michigan General Corp", Org},
		{"The Syrian Observatory for Human Rights said so.", "Syrian Observatory for Human Rights", Org},
		{"Astronomer Humberto Saballos said it was a meteorite.", "Humberto Saballos", Person},
		{"Prime Minister Kwame Asante-Mensah spoke, and Asante-Mensah left.", "Kwame Asante-Mensah", Person},
		{"The Joint Committee on Harbors and Security said so.", "Joint Committee on Harbors and Security", Org},
		{"The Department of Harbors and Fisheries said the fisheries were closed.", "Department of Harbors and Fisheries", Org},
		{"The Department of Harbors and Google said so.", "Department of Harbors", Org},
		{"The Department of Harbors and Google said so.", "Google", Org},
		{"The Ministry of Harbors and Dana Whitfield said so.", "Dana Whitfield", Person},
		{"The Harbor Retention Bill passed on Monday.", "Harbor Retention Bill", Other},
		{"Prices will hold, Minister of Mines and Energy Subrantu told reporters.", "Subrantu", Person},
		{"The audio matches the statements made by Piaget Crenvale and others.", "Piaget Crenvale", Person},
		{"Barrister Malin Hosfeld QC said the law was wrong.", "Malin Hosfeld", Person},
		// An initial that is also a word ("A.", "I.") is still an initial.
		{"Dorin A. Vastel, chairman of Brintle Corp, said the bid was fair.", "Dorin A. Vastel", Person},
		{"Orla I. Kestevan said the bid was fair.", "Orla I. Kestevan", Person},
		{"The Veldorian Business Times reported that the minister resigned.", "Veldorian Business Times", Outlet},
		{"The Austrian Times reported that the minister resigned.", "Austrian Times", Outlet},
		{"The Mail on Sunday reported that the minister resigned.", "Mail on Sunday", Outlet},
		{"Florida Harbor and Light Co said it would sell bonds.", "Florida Harbor and Light Co", Org},
		{"Harbrix LP will buy Velmoor Savings and Loan Association of Bellmoor Beach. Its savings rose.", "Velmoor Savings and Loan Association of Bellmoor Beach", Org},
		{"Dana Whitfield and Harbor Authority said so.", "Dana Whitfield", Person},
		{"Bellmoor Rovers assistant boss Brenlow said the team was tired.", "Brenlow", Person},
		{"Harbrix Inc said it filed a motion.\n\nHarbrix said the motion holds two letters.", "Harbrix Inc", Org},
		{"The attack was condemned by Kaldor Brint MSP on Monday.", "Kaldor Brint", Person},
		{"The cars were cut, according to Harbrix Automotive News.", "Harbrix Automotive News", Outlet},
		{"But Walker Harbrix Partners said the partnership is negotiating.", "Walker Harbrix Partners", Org},
		{"Gold will rise, bullion bankers Dorran Velick and Co Ltd said.", "Dorran Velick and Co Ltd", Org},
		{"The Veldoria Hill Pty Co Ltd said it plans an issue.", "Veldoria Hill Pty Co Ltd", Org},
		{"Analyst Mira Osk of Tamsin Barney Harris Upham and Co Inc noted it.", "Tamsin Barney Harris Upham and Co Inc", Org},
	} {
		s := seg.Segment(tc.text)
		res := rc.Recognize(s, make([]bool, len(s.Tokens)))
		found := false
		for _, e := range res.Entities {
			if e.Name == tc.name && e.Type == tc.typ && len(e.Mentions) > 0 {
				found = true
			}
		}
		if !found {
			var got []string
			for _, e := range res.Entities {
				got = append(got, string(e.Type)+":"+e.Name)
			}
			t.Errorf("%q: no %s %q among %v", tc.text, tc.typ, tc.name, got)
		}
	}
}

// TestWordSetsAreOneToken: these lists are looked up one token at a time
// (lx.orgHeads[p.words[k]]), so an entry the tokenizer splits, or one not
// in lower case, can never match.
func TestWordSetsAreOneToken(t *testing.T) {
	for _, file := range []string{"lexicon/org_heads.txt", "lexicon/outlet_heads.txt", "lexicon/document_heads.txt",
		"lexicon/common_words.txt", "lexicon/role_modifiers.txt", "lexicon/portfolios.txt", "lexicon/person_nouns.txt", "lexicon/office_qualifiers.txt", "lexicon/post_nominals.txt", "lexicon/lowercase_suffixes.txt", "lexicon/outlet_starts.txt", "lexicon/outlet_nouns.txt", "lexicon/outlet_body_heads.txt", "lexicon/past_forms.txt", "lexicon/common_nouns.txt"} {
		for _, e := range lexicon.MustRead(lexiconFS, file) {
			w := e.Field(0)
			toks := segment.Tokenize(w, 0, len(w), nil)
			if len(toks) != 1 || toks[0].Lower != w {
				t.Errorf("%s line %d: %q is %d tokens or not lower case; it can never match", file, e.Line, w, len(toks))
			}
		}
	}
}

// TestLowercaseSuffixesAreSuffixes: a lower-case legal form extends a name
// only as a corporate suffix, so each entry must be one.
func TestLowercaseSuffixesAreSuffixes(t *testing.T) {
	for _, e := range lexicon.MustRead(lexiconFS, "lexicon/lowercase_suffixes.txt") {
		if !names.CorporateSuffix(e.Field(0)) {
			t.Errorf("lowercase_suffixes.txt line %d: %q is no corporate suffix; it can never match", e.Line, e.Field(0))
		}
	}
}

// TestShortCompanyName: a company named once with its legal suffix and
// then without it is one entity with both mentions.
func TestShortCompanyName(t *testing.T) {
	text := "Harbrix Inc said it filed a motion.\n\nHarbrix said the motion holds two letters."
	res := recognize(text)
	for _, e := range res.Entities {
		if e.Name == "Harbrix Inc" {
			if len(e.Mentions) != 2 {
				t.Errorf("Harbrix Inc has %d mentions, want 2", len(e.Mentions))
			}
			return
		}
	}
	t.Errorf("no entity Harbrix Inc")
}

// TestCompanyShortForms: a company named in full and then by its first
// word, by the word after the place that leads its name, or by its
// initials, is one entity.
func TestCompanyShortForms(t *testing.T) {
	for _, tc := range []struct{ text, name string }{
		{"Tamsett Capital Inc said it sold a unit. Tamsett said the price was 10 mln dlrs.", "Tamsett Capital Inc"},
		{"The Harbor Workers Union said pay would rise. HWU said the strike was over.", "Harbor Workers Union"},
		{"Velmoor Discount Corp said rates would rise. Later VDC said bills would fall.", "Velmoor Discount Corp"},
		{"SAN JOSE, March 3 - California Harbrowave Inc said it won a contract. Harbrowave said it was worth 5 mln dlrs.", "California Harbrowave Inc"},
		// The fullest name the text gives, whichever comes first.
		{"Dunmore Harbour Authority said the port was shut. Later Dunmore Harbour Authority Group said it had reopened.", "Dunmore Harbour Authority Group"},
		{"Chris Velmar said the port was shut. Christopher Velmar, 41, said it had reopened.", "Christopher Velmar"},
		{"Dunmore Grain Fund Inc said it would merge. The Fund said the vote was in May.", "Dunmore Grain Fund Inc"},
	} {
		res := recognize(tc.text)
		n := -1
		for _, e := range res.Entities {
			if e.Name == tc.name {
				n = len(e.Mentions)
			}
		}
		if n != 2 {
			t.Errorf("%q: %s has %d mentions, want 2", tc.text, tc.name, n)
		}
	}
}

// TestFunctionBodyCountry: a body every state has ("Home Office") takes the
// country the text is clearly about, and none when the places it names
// are many countries' at once.
func TestFunctionBodyCountry(t *testing.T) {
	for _, tc := range []struct{ text, country string }{
		{"The Home Office said it would appeal. Ministers in France and Spain and the United States disagreed.", ""},
		{"The Finance Ministry in Japan said yen sales rose. Tokyo traders agreed, and Japan's banks too.", "Japan"},
	} {
		res := recognize(tc.text)
		found := false
		for _, e := range res.Entities {
			if e.Type == Org && (e.Name == "Home Office" || e.Name == "Finance Ministry") {
				found = true
				if e.Country != tc.country {
					t.Errorf("%q: %s in %q, want %q", tc.text, e.Name, e.Country, tc.country)
				}
			}
		}
		if !found {
			t.Errorf("%q: no function-named body recognized", tc.text)
		}
	}
}

// TestFirstWordNeedsASubject: a sentence that opens with the first word of
// a company named before is that company only when a verb follows.
func TestFirstWordNeedsASubject(t *testing.T) {
	text := "Harbrix Westminster Bank Plc said profits rose. Harbrix output fell in May."
	res := recognize(text)
	for _, e := range res.Entities {
		if e.Name == "Harbrix Westminster Bank Plc" && len(e.Mentions) != 1 {
			t.Errorf("the bank has %d mentions, want 1 ('Harbrix output' is not the bank)", len(e.Mentions))
		}
	}
}

// TestLowercaseLegalForm: wire copy's "Harbrix co said" names the company
// Harbrix co; a lower-case word that is
// a suffix only when capitalized ("the Velmoor spa") is left out.
func TestLowercaseLegalForm(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"Harbrix co said it filed a motion.\n\nHarbrix said the motion holds two letters.", "Harbrix co"},
		{"Guests at the Velmoor spa said the water was cold.", "Velmoor"},
	} {
		res := recognize(tc.text)
		var got []string
		for _, e := range res.Entities {
			got = append(got, e.Name)
		}
		if len(got) == 0 || got[0] != tc.want {
			t.Errorf("%q: entities %q, want %q first", tc.text, got, tc.want)
		}
	}
}

// TestBodyNames: a body's name is whole when it opens with a capitalized
// common word in mid-sentence, runs long after a people's adjective, or
// opens with a word that makes it an outlet.
func TestBodyNames(t *testing.T) {
	for _, tc := range []struct{ text, want, typ string }{
		{"Harbrix's New Velmoor Group said the tool was ready.", "New Velmoor Group", "ORG"},
		{"The Welsh Students Harbor Rowing Union said the race was off.", "Welsh Students Harbor Rowing Union", "ORG"},
		{"The Daily Velmoor reported that the port was closed.", "Daily Velmoor", "OUTLET"},
		{"The party was shaken when the Press, a Velmoor daily, said the party was split.", "Press", "OUTLET"},
		{"Susan sits on the board, Radio Velmoor reported.", "Radio Velmoor", "OUTLET"},
		{"She told the Globe and Mail newspaper that the pier was shut.", "Globe and Mail", "OUTLET"},
		{"According to Iceland Intellectuals Solidarity, the pier was shut.", "Iceland Intellectuals Solidarity", "ORG"},
		{"His mother chairs the Immigration and Refugee Board of Velmoor.", "Immigration and Refugee Board of Velmoor", "ORG"},
		{"Analyst firm CSS Velmoor said sales would rise.", "CSS Velmoor", "ORG"},
		{"The market opened.\n\nSupporters of Iceland Raptors said the offer was final.", "Iceland Raptors", "ORG"},
		// What the text calls a body before or after its name types it.
		{"The pier was shut, said the daily Velkur, citing port staff.", "Velkur", "OUTLET"},
		{"The pier was shut, the Velmoor weekly Osterblad reported.", "Osterblad", "OUTLET"},
		{"The Velkur tabloid said the pier was shut.", "Velkur", "OUTLET"},
		{"The Velkur website said the pier was shut.", "Velkur", "ORG"},
		{"Officials told the Velkur newspaper that the pier was shut.", "Velkur", "OUTLET"},
		{"Iceland News Agency said the pier was shut.", "Iceland News Agency", "OUTLET"},
		{"The Velkur Shimbun said the pier was shut.", "Velkur Shimbun", "OUTLET"},
		{"The Velkur agency said the pier was shut.", "Velkur", "ORG"},
		{"The daily Velkur price rose.", "Velkur", "OTHER"},
		{"Yields rose on the Harbrix Corp paper.", "Harbrix Corp", "ORG"},
		{"The Velmoor Workers Party newspaper said the pier was shut.", "Velmoor Workers Party", "ORG"},
		// Words no person's name holds name a thing, not a person.
		{"Aid workers met Refugee Solidarity last week.", "Refugee Solidarity", "OTHER"},
		{"Aid workers met Velick Osk last week.", "Velick Osk", "PERSON"},
	} {
		res := recognize(tc.text)
		var got []string
		ok := false
		for _, e := range res.Entities {
			got = append(got, e.Name+"/"+string(e.Type))
			ok = ok || e.Name == tc.want && string(e.Type) == tc.typ
		}
		if !ok {
			t.Errorf("%q: entities %q, want %s/%s", tc.text, got, tc.want, tc.typ)
		}
	}
}

// TestThingNameAfterPersonNoun: "national" is a person noun, but in "The
// National War Memorial" it opens a thing's name, not a person's.
func TestThingNameAfterPersonNoun(t *testing.T) {
	text := "The National War Memorial honours the dead."
	res := recognize(text)
	if len(res.Entities) == 0 {
		t.Fatal("no entity")
	}
	for _, e := range res.Entities {
		if e.Type == Person {
			t.Errorf("%q typed a person", e.Name)
		}
	}
}

// TestShortFormJoinsFullName: a later short form of a name is the entity
// named in full before it, not one of its own: a bare surname without its
// joined particle ("Karim al-Vadani ... Vadani"), a company of two words by
// its second ("International Harbrix Corp ... Harbrix"), a name written
// family name first by its first word ("Vice-Premier Tian Velu ... Tian",
// the hyphenated title being a title, not part of the name).
func TestShortFormJoinsFullName(t *testing.T) {
	for _, tc := range []struct{ text, full, short string }{
		{"Karim al-Vadani, an expert on the group, spoke first.\n\nVadani said the fighters had left.", "Karim al-Vadani", "Vadani"},
		{"MINNEAPOLIS, March 3 - International Harbrix Corp said it filed a suit.\n\nHarbrix said the suit seeks damages.", "International Harbrix Corp", "Harbrix"},
		{"Vice-Premier Tian Velu spoke at the meeting.\n\n\"Grain use is rising,\" Tian said.", "Tian Velu", "Tian"},
		// A given name, known or not, once the full name is given.
		{"\"He is shy,\" said Orlan Vestibury, who sat with them.\n\n\"Next we go home,\" Orlan said.", "Orlan Vestibury", "Orlan"},
		{"\"He is shy,\" said Patrick Vestibury, who sat with them.\n\n\"Next we go home,\" Patrick said.", "Patrick Vestibury", "Patrick"},
	} {
		res := recognize(tc.text)
		found := false
		for _, e := range res.Entities {
			if e.Name == tc.short {
				t.Errorf("%q: %s is an entity of its own, apart from %s", tc.text, tc.short, tc.full)
			}
			if e.Name == tc.full {
				found = true
				if len(e.Mentions) != 2 {
					t.Errorf("%q: %s has %d mentions, want 2", tc.text, tc.full, len(e.Mentions))
				}
			}
		}
		if !found {
			t.Errorf("%q: no entity %s", tc.text, tc.full)
		}
	}
}

// TestGivenNameStaysOpen: a first word joins no one when two people of
// the text open with it, and a titled given name is a surname ("Mr
// Patrick"), though a titled word that is no given name may be a family
// name written first ("Mr Tian" for Tian Velu).
func TestGivenNameStaysOpen(t *testing.T) {
	for _, tc := range []struct{ text, short string }{
		{"Patrick Vestibury met Patrick Kettering.\n\n\"We go home,\" Patrick said.", "Patrick"},
		{"Orlan Vestibury met Orlan Kettering.\n\n\"We go home,\" Orlan said.", "Orlan"},
		{"Patrick Vestibury met the board.\n\n\"We go home,\" Mr Patrick said.", "Patrick"},
	} {
		res := recognize(tc.text)
		for _, e := range res.Entities {
			if strings.HasPrefix(e.Name, tc.short+" ") && len(e.Mentions) > 1 {
				t.Errorf("%q: %s joined %s", tc.text, tc.short, e.Name)
			}
		}
	}
}

// recognize runs the recognizer on a text we wrote, with nothing quoted.
func recognize(text string) *Result {
	s := segment.NewSegmenter().Segment(text)
	return NewRecognizer().Recognize(s, make([]bool, len(s.Tokens)))
}

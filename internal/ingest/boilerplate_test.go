package ingest

import (
	"strings"
	"testing"
)

// body is a paragraph long enough to be article text.
const body = `<p>The council will vote on the plan on 20 March, and a petition against it had gathered more than two thousand signatures by Monday evening.</p>`

func TestDropBoilerplate(t *testing.T) {
	tests := []struct {
		name, html string
		keep, drop []string
	}{
		{"dateline list of date, section and comment count",
			`<h1>Title</h1><ul><li>24 July 2015</li><li>From the section <a href="/s">US &amp; Canada</a></li><li>941 comments</li></ul>` + body,
			[]string{"Title", "petition"}, []string{"24 July", "From the section", "941"}},
		{"a list of short items without a date is content",
			body + `<ul><li>Finland</li><li>Norway</li></ul>`,
			[]string{"Finland", "Norway"}, nil},
		{"a list of sentences with a date is content",
			body + `<ul><li>On 3 May 2015 the council met.</li><li>It voted.</li></ul>`,
			[]string{"3 May 2015", "It voted."}, nil},
		{"lone date line and updated stamp",
			`<p>Updated 10:14 GMT, 24 July 2015</p>` + body,
			[]string{"petition"}, []string{"Updated"}},
		{"a sentence holding a date is kept",
			`<p>It happened on 24 July 2015.</p>` + body,
			[]string{"24 July 2015"}, nil},
		{"link-only paragraph is a pointer to another page",
			body + `<p><a href="/t">Read the full transcript of his interview</a></p><p>Related: <a href="/r">Rich are paying more in taxes</a></p>`,
			[]string{"petition"}, []string{"transcript", "Rich are"}},
		{"a paragraph with a link in it is kept",
			`<p>He said it in a <a href="/b">blog post</a> published on Thursday, after months of silence.</p>`,
			[]string{"blog post published"}, nil},
		{"buttons and counters",
			body + `<p>Share this article</p><p>Comments (12)</p><p>Read more</p><p>1.2k shares</p>` + body,
			[]string{"petition"}, []string{"Share", "Comments", "Read more", "shares"}},
		{"a short line of prose is not a button",
			body + `<h2>Kenya trip</h2>` + body,
			[]string{"Kenya trip"}, nil},
		{"menu: a list of links",
			`<ul><li><a href="/">Home</a></li><li><a href="/n">News</a></li></ul>` + body,
			[]string{"petition"}, []string{"Home", "News"}},
		{"teaser section: a heading opening on headlines of other articles",
			body + `<h2>Other Opinion Columns</h2><h4><strong>Editorial</strong> <a href="/e">Fraser's lasting legacy was built on reform</a></h4><p>MALCOLM Fraser was an effective prime minister controversially installed, soundly defeated.</p><h4><a href="/i">Good for some but I'm not buying it</a></h4><p>THE good thing about Ikea is that it is cheap and good quality, they say.</p>`,
			[]string{"petition"}, []string{"Other Opinion", "Fraser", "Ikea"}},
		{"a title heading whose article ends in teasers keeps its article",
			`<h1>Angry media won't buckle</h1>` + body + `<h4><a href="/e">Fraser's lasting legacy</a></h4><h4><a href="/i">Good for some</a></h4>`,
			[]string{"Angry media", "petition"}, []string{"Fraser", "Good for some"}},
		{"comment thread: stamps after the body cut it from the commenter's name",
			body + `<h3>Fix the economy</h3>` + body + `<h3>Marion</h3><p>I learned to read there.</p><ul><li><a href="/r1">reply</a></li><li>April 5, 2018</li><li>6:32 PM</li></ul><h3>Anonymous</h3><p>The roof leaks.</p><ul><li>April 6, 2018</li><li>2:20 AM</li></ul>`,
			[]string{"Fix the economy", "petition"}, []string{"Marion", "learned", "roof", "April"}},
		{"one dateline after the body is not a thread",
			body + `<h3>Timeline</h3><p>What came next surprised the council, which had expected a quiet spring.</p><ul><li>April 5, 2018</li><li>6:32 PM</li></ul><p>After that the vote went ahead.</p>`,
			[]string{"Timeline", "surprised", "vote went ahead"}, []string{"April 5"}},
		{"a trailing label whose links were dropped",
			body + `<p><b>Read more:</b></p><p><a href="/x">Tunisia attack</a></p>`,
			[]string{"petition"}, []string{"Read more", "Tunisia"}},
		{"blocks without a letter or digit",
			body + `<p><i>[]</i></p><p>—</p>`,
			[]string{"petition"}, []string{"[]", "—"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			bs := parseBlocks(t, tt.html)
			got := renderBlocks(dropBoilerplate(bs))
			for _, k := range tt.keep {
				if !strings.Contains(got, k) {
					t.Errorf("dropped %q; text:\n%s", k, got)
				}
			}
			for _, d := range tt.drop {
				if !strings.Contains(renderBlocks(bs), d) {
					t.Fatalf("the input has no %q: the case tests nothing", d)
				}
				if strings.Contains(got, d) {
					t.Errorf("kept %q; text:\n%s", d, got)
				}
			}
		})
	}
}

func TestIsInterfaceLine(t *testing.T) {
	tests := []struct {
		s    string
		want bool
	}{
		{"941 comments", true},
		{"Share this article", true},
		{"Share on Facebook", true},
		{"Sign in", true},
		{"12k likes", true},
		{"Kenya trip", false},
		{"More to come", false},
		{"Read the report on the share sale", false},
		{"", false},
	}
	for _, tt := range tests {
		if got := isInterfaceLine(tt.s); got != tt.want {
			t.Errorf("isInterfaceLine(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}

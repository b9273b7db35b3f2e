package server

import (
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/claimgraph/claimgraph/internal/document"
)

// corpusArticles are texts we wrote: one quay collapse told by two outlets
// with two counts of the injured, and a source that disputes another; a
// third outlet reprints the second report.
var corpusArticles = []struct{ id, outlet, published, title, url, text string }{
	{"quay-1", "Kelvar Post", "2025-03-04", "Quay collapse injures 12", "https://kelvar.example/quay-1",
		"Harbour master Mira Ostrand of the Kelvar Port Authority said on Tuesday that the quay wall is safe.\n" +
			"“The wall has passed every test,” Ostrand told reporters.\n" +
			"Officials said that 12 people were injured when the old quay collapsed in Kelvar."},
	{"quay-2", "Dunmore Times", "2025-03-05", "Engineer disputes harbour master", "https://dunmore.example/quay-2",
		"Tavi Kellner, the engineer who inspected the harbour for the Kelvar Port Authority, disputed Mira Ostrand and insisted on Wednesday that the quay wall is not safe.\n" +
			"“We found cracks that were not there a year ago,” Kellner said.\n" +
			"The hospital said that 19 people were injured when the old quay collapsed in Kelvar."},
	// The Dunmore report reprinted the next day by a third outlet.
	{"quay-2r", "Harbor Wire", "2025-03-06", "Engineer disputes harbour master (Harbor Wire)", "https://harbor.example/quay-2r",
		"Tavi Kellner, the engineer who inspected the harbour for the Kelvar Port Authority, disputed Mira Ostrand and insisted on Wednesday that the quay wall is not safe.\n" +
			"“We found cracks that were not there a year ago,” Kellner said.\n" +
			"The hospital said that 19 people were injured when the old quay collapsed in Kelvar.\n" +
			"Reporting by the Harbor Wire desk."},
}

func corpusServer(t *testing.T) *httptest.Server {
	t.Helper()
	var docs []document.Document
	for _, x := range corpusArticles {
		d, err := document.New([]byte(x.text), document.Meta{ID: x.id, Outlet: x.outlet, Published: x.published, Title: x.title, URL: x.url})
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, d)
	}
	return serveDocs(t, docs)
}

func getPage(t *testing.T, url string) string {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("GET %s: %d\n%s", url, resp.StatusCode, body)
	}
	return string(body)
}

// TestCorpusPagesShowBothSides checks the drift and contradiction pages
// show why the two sides conflict and, for each side, the sentence, who
// gave it, and the article's title, outlet, date and link.
func TestCorpusPagesShowBothSides(t *testing.T) {
	srv := corpusServer(t)
	for _, tc := range []struct {
		path string
		want []string
	}{
		{"/drift", []string{
			"people (injury), kelvar", "12 to 19", "The hospital", "Officials",
			"12 people were injured when the old quay collapsed in Kelvar", "19 people were injured when the old quay collapsed in Kelvar",
			"Quay collapse injures 12", "Engineer disputes harbour master", "Kelvar Post", "Dunmore Times", "2025-03-04", "2025-03-05",
			"https://kelvar.example/quay-1", "https://dunmore.example/quay-2"}},
		{"/contradictions", []string{
			"negation:", "(same lemma)", "the quay wall is safe", "the quay wall is not safe", "Mira Ostrand", "Tavi Kellner",
			"Quay collapse injures 12", "Engineer disputes harbour master", "Kelvar Post", "Dunmore Times", "2025-03-04", "2025-03-05",
			"https://kelvar.example/quay-1", "https://dunmore.example/quay-2"}},
	} {
		body := getPage(t, srv.URL+tc.path)
		for _, w := range tc.want {
			if !strings.Contains(body, w) {
				t.Errorf("%s does not show %q", tc.path, w)
			}
		}
	}
}

// TestReprintsShowAsOneReport: an article page names the articles that
// reprint it, and a contradiction reported by the original and its reprint
// is listed once, with the reprint under the side it repeats.
func TestReprintsShowAsOneReport(t *testing.T) {
	srv := corpusServer(t)
	doc := getPage(t, srv.URL+"/doc?id=quay-2")
	for _, w := range []string{"The same report", "Engineer disputes harbour master (Harbor Wire)"} {
		if !strings.Contains(doc, w) {
			t.Errorf("/doc?id=quay-2 does not show %q", w)
		}
	}
	if other := getPage(t, srv.URL+"/doc?id=quay-1"); strings.Contains(other, "The same report") {
		t.Error("/doc?id=quay-1 names a reprint it has none of")
	}
	list := getPage(t, srv.URL+"/contradictions")
	if n := strings.Count(list, "the quay wall is not safe</q>"); n != 1 {
		t.Errorf("/contradictions shows Kellner's statement in %d cards, want 1", n)
	}
	for _, w := range []string{"in 2 pairs of reports", "Kellner’s words also in", "https://harbor.example/quay-2r"} {
		if !strings.Contains(list, w) {
			t.Errorf("/contradictions does not show %q", w)
		}
	}
}

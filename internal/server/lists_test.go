package server

import (
	"encoding/csv"
	"encoding/json"
	"html"
	"net/http"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// listBody is the envelope of an API list.
type listBody struct {
	Total      int               `json:"total"`
	Items      []json.RawMessage `json:"items"`
	NextOffset *int              `json:"next_offset"`
}

func getList(t *testing.T, url string) listBody {
	t.Helper()
	var b listBody
	if err := json.Unmarshal([]byte(getPage(t, url)), &b); err != nil {
		t.Fatalf("%s: %v", url, err)
	}
	return b
}

// TestOutletFilterCountsEitherSide: an outlet filter on contradictions keeps
// a pair when either side comes from that outlet (in any report of it), so
// its total is the count of such pairs over the whole list, in the API and
// on the page.
func TestOutletFilterCountsEitherSide(t *testing.T) {
	srv := corpusServer(t)
	var all struct {
		Total int `json:"total"`
		Items []struct {
			A, B  struct{ Outlet string }
			AlsoA []struct{ Outlet string } `json:"also_a"`
			AlsoB []struct{ Outlet string } `json:"also_b"`
		} `json:"items"`
	}
	if err := json.Unmarshal([]byte(getPage(t, srv.URL+"/api/v1/contradictions?limit=200")), &all); err != nil {
		t.Fatal(err)
	}
	if all.Total != len(all.Items) {
		t.Fatalf("precondition: the whole list on one page, %d of %d", len(all.Items), all.Total)
	}
	checked := 0
	for _, outlet := range []string{"Kelvar Post", "Dunmore Times", "Harbor Wire", "Nowhere Gazette"} {
		want := 0
		for _, c := range all.Items {
			// A pair shown once for all its reports has a side in every
			// outlet that reports it.
			sides := append(append([]struct{ Outlet string }{c.A, c.B}, c.AlsoA...), c.AlsoB...)
			for _, sd := range sides {
				if sd.Outlet == outlet {
					want++
					break
				}
			}
		}
		checked += want
		got := getList(t, srv.URL+"/api/v1/contradictions?outlet="+strings.ReplaceAll(outlet, " ", "+"))
		if got.Total != want || len(got.Items) != want {
			t.Errorf("API outlet=%s: total %d, %d items; want %d", outlet, got.Total, len(got.Items), want)
		}
		page := getPage(t, srv.URL+"/contradictions?outlet="+strings.ReplaceAll(outlet, " ", "+"))
		if want > 0 && !strings.Contains(page, `data-total="`+strconv.Itoa(want)+`"`) {
			t.Errorf("page outlet=%s does not say %d", outlet, want)
		}
		if n := strings.Count(page, `<div class="sides">`); n != want {
			t.Errorf("page outlet=%s shows %d cards, want %d", outlet, n, want)
		}
	}
	if checked == 0 {
		t.Fatal("precondition: some contradiction has a side in the fixture's outlets")
	}
}

// TestListsPageAndDownload: every API list has a total and a next offset,
// a window pages through it, and format=csv gives the CLI's columns.
func TestListsPageAndDownload(t *testing.T) {
	srv := corpusServer(t)
	for _, path := range []string{"/api/v1/articles", "/api/v1/speakers", "/api/v1/outlets", "/api/v1/topics?", "/api/v1/quotes", "/api/v1/contradictions", "/api/v1/drift", "/api/v1/search?q=quay"} {
		sep := "?"
		if strings.Contains(path, "?") {
			sep = "&"
		}
		whole := getList(t, srv.URL+path+sep+"limit=200")
		if whole.Total == 0 || whole.Total != len(whole.Items) || whole.NextOffset != nil {
			t.Errorf("%s: total %d, %d items, next %v", path, whole.Total, len(whole.Items), whole.NextOffset)
			continue
		}
		first := getList(t, srv.URL+path+sep+"limit=1")
		if first.Total != whole.Total || len(first.Items) != 1 || (whole.Total > 1 && (first.NextOffset == nil || *first.NextOffset != 1)) {
			t.Errorf("%s limit=1: total %d, %d items, next %v", path, first.Total, len(first.Items), first.NextOffset)
		}
		if whole.Total > 1 {
			second := getList(t, srv.URL+path+sep+"limit=1&offset=1")
			if string(second.Items[0]) != string(whole.Items[1]) {
				t.Errorf("%s offset=1: %s, want %s", path, second.Items[0], whole.Items[1])
			}
		}
		resp, err := http.Get(srv.URL + path + sep + "format=csv&limit=200")
		if err != nil {
			t.Fatal(err)
		}
		rows, err := csv.NewReader(resp.Body).ReadAll()
		resp.Body.Close()
		if err != nil || resp.Header.Get("Content-Type") != "text/csv; charset=utf-8" {
			t.Errorf("%s csv: %v, %s", path, err, resp.Header.Get("Content-Type"))
			continue
		}
		if path != "/api/v1/drift" && len(rows) != whole.Total+1 {
			t.Errorf("%s csv: %d rows for %d items", path, len(rows)-1, whole.Total)
		}
	}
	for _, bad := range []string{"/api/v1/contradictions?since=2024-13-01", "/api/v1/speakers?sort=colour", "/api/v1/contradictions?min_confidence=lots",
		"/api/v1/articles?format=xml", "/articles?until=yesterday", "/api/v1/quotes?limit=abc", "/api/v1/articles?offset=9223372036854775807"} {
		resp, err := http.Get(srv.URL + bad)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != http.StatusBadRequest {
			t.Errorf("%s: %d, want 400", bad, resp.StatusCode)
		}
	}
}

// TestPastTheEnd: a page that starts after the last row says so and links
// back to the last page, instead of showing a range it does not hold.
func TestPastTheEnd(t *testing.T) {
	srv := corpusServer(t)
	page := getPage(t, srv.URL+"/articles?offset=100&limit=2")
	if !strings.Contains(page, "none on this page") || !strings.Contains(page, `href="/articles?limit=2&amp;offset=2"`) {
		t.Errorf("past the end of 3 articles:\n%s", page)
	}
	if api := getList(t, srv.URL+"/api/v1/articles?offset=100"); api.Total != len(corpusArticles) || len(api.Items) != 0 || api.NextOffset != nil {
		t.Errorf("API past the end: %+v", api)
	}
}

// TestMistypedSpeakerSuggestsNames: a speaker name that finds no one is a
// 404 page that offers the close names.
func TestMistypedSpeakerSuggestsNames(t *testing.T) {
	srv := corpusServer(t)
	resp, err := http.Get(srv.URL + "/speaker?name=Mira+Ostrnd")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var b strings.Builder
	buf := make([]byte, 4096)
	for {
		n, err := resp.Body.Read(buf)
		b.Write(buf[:n])
		if err != nil {
			break
		}
	}
	if resp.StatusCode != http.StatusNotFound || !strings.Contains(b.String(), "Did you mean") || !strings.Contains(b.String(), `href="/speaker?name=Mira&#43;Ostrand"`) {
		t.Errorf("status %d, page:\n%s", resp.StatusCode, b.String())
	}
}

// TestPageLinksFindWhatTheyName follows the links a speaker's and an
// outlet's page build for names with spaces: each list they open holds
// that speaker's or outlet's rows.
func TestPageLinksFindWhatTheyName(t *testing.T) {
	srv := corpusServer(t)
	href := regexp.MustCompile(`href="(/[^"]+)"[^>]*>([^<]+)</a>`)
	for _, tc := range []struct{ page, link string }{
		{"/speaker?name=Mira+Ostrand", "All their quotes"},
		{"/speaker?name=Mira+Ostrand", "every contradiction with them"},
		{"/outlet?name=Dunmore+Times", "Its articles"},
		{"/outlet?name=Dunmore+Times", "whom it quotes"},
		{"/outlet?name=Dunmore+Times", "contradictions with a side here"},
	} {
		target := ""
		for _, m := range href.FindAllStringSubmatch(getPage(t, srv.URL+tc.page), -1) {
			if m[2] == tc.link {
				target = html.UnescapeString(m[1])
			}
		}
		if target == "" {
			t.Errorf("%s: no link %q", tc.page, tc.link)
			continue
		}
		page := getPage(t, srv.URL+target)
		if strings.Contains(page, `data-total="0"`) || !strings.Contains(page, `data-total="`) {
			t.Errorf("%s: link %q (%s) opens an empty list", tc.page, tc.link, target)
		}
	}
}

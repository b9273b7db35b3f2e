package server

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"github.com/claimgraph/claimgraph/internal/dataset"
	"github.com/claimgraph/claimgraph/internal/document"
)

// screenshotDir is where the page photographs go: $CLAIMGRAPH_SCREENSHOTS,
// else claimgraph-screenshots in the system's temporary folder (the README
// names both).
func screenshotDir(t *testing.T) string {
	dir := os.Getenv("CLAIMGRAPH_SCREENSHOTS")
	if dir == "" {
		dir = filepath.Join(os.TempDir(), "claimgraph-screenshots")
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	return dir
}

// pageChecks runs in the page: what scrolls sideways, what text is under
// 11 px, whether each chart's bars add up to the page's own count, and
// whether each legend swatch has the colour of its speaker's highlights.
const pageChecks = `(() => {
  const out = {overflow: document.documentElement.scrollWidth > window.innerWidth + 1, wide: [], small: [], charts: [], legend: []};
  if (out.overflow) out.wide = Array.from(document.querySelectorAll('body *')).filter(e => e.getBoundingClientRect().right > window.innerWidth + 1).slice(0, 5).map(e => e.tagName + ' ' + (typeof e.className === 'string' ? e.className : '') + ': ' + e.textContent.trim().slice(0, 30));
  for (const el of document.querySelectorAll('body *')) {
    if (!el.getClientRects().length) continue;
    const own = Array.from(el.childNodes).some(n => n.nodeType === 3 && n.textContent.trim());
    if (!own) continue;
    const px = parseFloat(getComputedStyle(el).fontSize);
    if (px < 11) out.small.push(el.tagName + ' ' + px + 'px: ' + el.textContent.trim().slice(0, 40));
  }
  const count = document.querySelector('.page-count');
  for (const fig of document.querySelectorAll('figure.chart')) {
    let sum = 0;
    for (const g of fig.querySelectorAll('g.bar')) sum += (+g.dataset.a) + (+g.dataset.b);
    out.charts.push({bars: sum, total: +fig.dataset.total, undated: +fig.dataset.undated, page: count ? +count.getAttribute('value') : -1});
  }
  for (const sw of document.querySelectorAll('.legend .lgname')) {
    const name = sw.textContent.trim();
    const mark = Array.from(document.querySelectorAll('mark.q')).find(m => m.dataset.speaker === name);
    if (!mark) continue;
    out.legend.push({name, swatch: getComputedStyle(sw.querySelector('.swatch')).borderTopColor, mark: getComputedStyle(mark).borderBottomColor});
  }
  return out;
})()`

type pageReport struct {
	Overflow bool     `json:"overflow"`
	Wide     []string `json:"wide"`
	Small    []string `json:"small"`
	Charts   []struct {
		Bars, Total, Undated, Page int
	} `json:"charts"`
	Legend []struct{ Name, Swatch, Mark string } `json:"legend"`
}

// TestBrowserEveryPage opens every page kind in Chromium at desktop and
// phone widths: none scrolls sideways, no text is under 11 px, every
// chart's bars sum to the page's own count, the legend's colours are the
// highlights', and each page is photographed.
func TestBrowserEveryPage(t *testing.T) {
	seed, err := os.ReadFile(filepath.Join(dataset.SharedDir(), "seed", "article.txt"))
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("seed article not available under CI=true: %v", err)
		}
		t.Skipf("seed article not available: %v", err)
	}
	docs := []document.Document{}
	for _, a := range corpusArticles {
		d, err := document.New([]byte(a.text), document.Meta{ID: a.id, Outlet: a.outlet, Published: a.published, Title: a.title, URL: a.url})
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, d)
	}
	d, err := document.New(seed, document.Meta{ID: "seed", Title: "US envoy: ISIS still a threat in Iraq", Published: "2024-03-25", Outlet: "Test Wire"})
	if err != nil {
		t.Fatal(err)
	}
	srv := serveDocs(t, append(docs, d))
	ctx, _ := browser(t)
	dir := screenshotDir(t)
	pages := []struct {
		name, path, wait string
		charts           int
	}{
		{"home", "/", ".stats", 0},
		{"articles", "/articles", "table.list", 0},
		{"article", "/doc?id=seed", "mark.q", 0},
		{"speakers", "/speakers", "table.list", 0},
		{"speaker", "/speaker?name=Mira+Ostrand", "h1", 1},
		{"outlets", "/outlets", "table.list", 0},
		{"outlet", "/outlet?name=Dunmore+Times", "h1", 1},
		{"topics", "/topics", "table.list", 0},
		{"topic", "/topic?q=quay+wall", "h1", 1},
		{"contradictions", "/contradictions", "ul.contras", 0},
		{"drift", "/drift", "h1", 0},
		{"search", "/search?q=quay+wall", "ul.hits", 0},
		{"check", "/check?claim=the+quay+wall+is+safe", "h1", 1},
		{"analyze", "/analyze", "form.analyze", 0},
	}
	for _, w := range []int{1280, 390} {
		for _, p := range pages {
			var png []byte
			var rep pageReport
			if err := chromedp.Run(ctx,
				chromedp.EmulateViewport(int64(w), 900),
				chromedp.Navigate(srv.URL+p.path),
				chromedp.WaitVisible(p.wait),
				chromedp.Evaluate(pageChecks, &rep),
				chromedp.FullScreenshot(&png, 100), // quality 100 means PNG
			); err != nil {
				t.Fatalf("%s at %dpx: %v", p.name, w, err)
			}
			if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("%s-%d.png", p.name, w)), png, 0o644); err != nil {
				t.Fatal(err)
			}
			at := fmt.Sprintf("%s at %dpx", p.name, w)
			if rep.Overflow {
				t.Errorf("%s scrolls sideways: %v", at, rep.Wide)
			}
			if len(rep.Small) > 0 {
				t.Errorf("%s has text under 11px: %s", at, strings.Join(rep.Small[:min(5, len(rep.Small))], "; "))
			}
			if len(rep.Charts) != p.charts {
				t.Errorf("%s: %d charts, want %d", at, len(rep.Charts), p.charts)
			}
			for _, c := range rep.Charts {
				if c.Bars != c.Total || c.Page < 0 || c.Bars+c.Undated != c.Page || c.Page == 0 {
					t.Errorf("%s: chart bars sum to %d (caption %d, %d undated), the page counts %d", at, c.Bars, c.Total, c.Undated, c.Page)
				}
			}
			if p.name == "article" {
				if len(rep.Legend) < 2 {
					t.Errorf("%s: legend names %d speakers with highlights, want the seed's two sides", at, len(rep.Legend))
				}
				for _, l := range rep.Legend {
					if l.Swatch != l.Mark {
						t.Errorf("%s: legend colour of %s is %s, their highlights %s", at, l.Name, l.Swatch, l.Mark)
					}
				}
			}
		}
	}
	// The checks catch what they look for: tiny text, a page too wide, a
	// legend swatch of another colour and a bar the caption does not count.
	var rep pageReport
	if err := chromedp.Run(ctx,
		chromedp.EmulateViewport(390, 900),
		chromedp.Navigate(srv.URL+"/speaker?name=Mira+Ostrand"),
		chromedp.WaitVisible("figure.chart"),
		chromedp.Evaluate(`(() => {
			const p = document.createElement('p'); p.textContent = 'tiny words'; p.style.fontSize = '8px'; document.body.appendChild(p);
			const d = document.createElement('div'); d.textContent = 'wide'; d.style.width = '3000px'; document.body.appendChild(d);
			document.querySelector('g.bar').dataset.a = '1000';
			return 0; })()`, nil),
		chromedp.Evaluate(pageChecks, &rep),
	); err != nil {
		t.Fatal(err)
	}
	if !rep.Overflow || len(rep.Small) == 0 || len(rep.Charts) != 1 || rep.Charts[0].Bars == rep.Charts[0].Total {
		t.Errorf("the page checks missed planted faults: %+v", rep)
	}
	var legend pageReport
	if err := chromedp.Run(ctx,
		chromedp.Navigate(srv.URL+"/doc?id=seed"),
		chromedp.WaitVisible("mark.q"),
		chromedp.Evaluate(`document.querySelector('.legend .lgname .swatch').className = 'swatch c0'`, nil),
		chromedp.Evaluate(pageChecks, &legend),
	); err != nil {
		t.Fatal(err)
	}
	if len(legend.Legend) == 0 || legend.Legend[0].Swatch == legend.Legend[0].Mark {
		t.Errorf("the legend check missed a swatch of another colour: %+v", legend.Legend)
	}
	t.Logf("screenshots in %s", dir)
}

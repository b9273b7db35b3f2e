package server

import (
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"strings"

	"github.com/claimgraph/claimgraph/internal/check"
	"github.com/claimgraph/claimgraph/internal/document"
)

// MaxClaim is the longest claim the check page and API take (a claim is
// a sentence; longer input is refused before any work).
const MaxClaim = 10 << 10

// checkRequest reads a claim check's parameters; a non-empty problem is
// the message for a bad request.
func checkRequest(r *http.Request) (claim string, opt check.Options, problem string) {
	q := r.URL.Query()
	claim = strings.TrimSpace(q.Get("claim"))
	if len(claim) > MaxClaim {
		return "", opt, fmt.Sprintf("the claim is %d bytes; a claim is one sentence (at most %d bytes)", len(claim), MaxClaim)
	}
	opt.Speaker, opt.Outlet = q.Get("speaker"), q.Get("outlet")
	opt.Limit = intParam(r, "limit", 50, 200)
	var err error
	if opt.Since, err = document.NormalizeDate(q.Get("since")); err != nil {
		return "", opt, err.Error()
	}
	if opt.Until, err = document.NormalizeDate(q.Get("until")); err != nil {
		return "", opt, err.Error()
	}
	return claim, opt, ""
}

// runCheck runs a check, turning a claim with no words into a message.
func (s *Server) runCheck(r *http.Request, claim string, opt check.Options) (*check.Result, string, error) {
	res, err := s.checker.Check(r.Context(), s.st, claim, opt)
	if errors.Is(err, check.ErrEmptyClaim) {
		return nil, err.Error(), nil
	}
	return res, "", err
}

func (s *Server) apiCheck(w http.ResponseWriter, r *http.Request) {
	claim, opt, problem := checkRequest(r)
	if problem == "" && claim == "" {
		problem = "missing claim"
	}
	if problem != "" {
		s.fail(w, r, http.StatusBadRequest, "bad_request", problem)
		return
	}
	res, problem, err := s.runCheck(r, claim, opt)
	if err != nil {
		s.failErr(w, r, err)
		return
	}
	if problem != "" {
		s.fail(w, r, http.StatusBadRequest, "bad_request", problem)
		return
	}
	writeJSON(w, http.StatusOK, res)
}

func (s *Server) checkPage(w http.ResponseWriter, r *http.Request) {
	claim, opt, problem := checkRequest(r)
	data := map[string]any{"Title": "Check a claim", "Claim": claim, "F": opt}
	if problem == "" && claim != "" {
		res, p, err := s.runCheck(r, claim, opt)
		if err != nil {
			s.failErr(w, r, err)
			return
		}
		problem = p
		if res != nil {
			data["Result"] = res
			data["Chart"] = checkChart(res.Matches)
			bySide := map[string][]check.Match{}
			for _, m := range res.Matches {
				bySide[m.Stance] = append(bySide[m.Stance], m)
			}
			data["Supports"], data["Contradicts"], data["Discusses"] = bySide["supports"], bySide["contradicts"], bySide["discusses"]
			data["Outlets"] = outletRows(res.Sides)
		}
	}
	if problem != "" {
		w.WriteHeader(http.StatusBadRequest)
		data["Problem"] = problem
	}
	s.render(w, r, "check", data)
}

// OutletRow is one outlet's statements on each side.
type OutletRow struct {
	Outlet                           string
	Supports, Contradicts, Discusses int
}

func outletRows(sides []check.Side) []OutletRow {
	rows := map[string]*OutletRow{}
	var order []string
	for _, sd := range sides {
		for _, t := range sd.Outlets {
			row := rows[t.Name]
			if row == nil {
				row = &OutletRow{Outlet: t.Name}
				rows[t.Name] = row
				order = append(order, t.Name)
			}
			switch sd.Stance {
			case "supports":
				row.Supports += t.Count
			case "contradicts":
				row.Contradicts += t.Count
			default:
				row.Discusses += t.Count
			}
		}
	}
	out := make([]OutletRow, 0, len(order))
	for _, name := range order {
		out = append(out, *rows[name])
	}
	return out
}

// maxChartMonths is the widest span drawn month by month; a longer one is
// drawn by year.
const maxChartMonths = 120

// checkChart draws supporting and contradicting statements per month on a
// real time axis: every month from the first to the last has its place,
// with or without statements.
func checkChart(ms []check.Match) TopicChart {
	type n struct{ a, d int }
	counts := map[int]*n{}
	lo, hi := 1<<30, -1
	for _, m := range ms {
		if m.Stance == "discusses" {
			continue
		}
		k, ok := monthIndex(m.Published)
		if !ok {
			continue
		}
		if counts[k] == nil {
			counts[k] = &n{}
		}
		if m.Stance == "contradicts" {
			counts[k].d++
		} else {
			counts[k].a++
		}
		lo, hi = min(lo, k), max(hi, k)
	}
	t := TopicChart{Width: 640, Height: 170}
	if hi < 0 {
		t.Empty = true
		return t
	}
	step := 1
	if hi-lo+1 > maxChartMonths {
		step = 12
		lo -= lo % 12
	}
	buckets := (hi-lo)/step + 1
	sums := make([]n, buckets)
	maxN := 1
	for k, c := range counts {
		b := &sums[(k-lo)/step]
		b.a += c.a
		b.d += c.d
		maxN = max(maxN, b.a+b.d)
	}
	plot := t.Height - 30
	w := max(2, (t.Width-20)/buckets)
	every := max(1, buckets/8)
	for i, c := range sums {
		k := lo + i*step
		label := fmt.Sprintf("%04d-%02d", k/12, k%12+1)
		if step == 12 {
			label = strconv.Itoa(k / 12)
		}
		ah, dh := c.a*plot/maxN, c.d*plot/maxN
		base := 10 + plot
		t.Bars = append(t.Bars, StackBar{X: 10 + i*w, W: max(1, w-1), AffirmY: base - ah, AffirmH: ah, DenyY: base - ah - dh, DenyH: dh,
			Label: label, Affirm: c.a, Deny: c.d, ShowLabel: i%every == 0})
	}
	return t
}

// monthIndex is year*12 + month-1 of a YYYY-MM-DD date.
func monthIndex(date string) (int, bool) {
	if len(date) < 7 || date[4] != '-' {
		return 0, false
	}
	y, err1 := strconv.Atoi(date[:4])
	m, err2 := strconv.Atoi(date[5:7])
	if err1 != nil || err2 != nil || m < 1 || m > 12 {
		return 0, false
	}
	return y*12 + m - 1, true
}

package server

import (
	"errors"
	"fmt"
	"net/http"
	"strings"
	"time"

	"github.com/claimgraph/claimgraph/internal/check"
	"github.com/claimgraph/claimgraph/internal/document"
	"github.com/claimgraph/claimgraph/internal/report"
	"github.com/claimgraph/claimgraph/internal/store"
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

// errBusy is a check that found every checking slot taken.
var errBusy = errors.New("every claim-check slot is taken; try again shortly")

// runCheck runs a check in a slot of s.checking, turning a claim with no
// words into a message. A check reads and scores the quotes of up to 200
// documents, so the number running at once is capped like analyses are.
func (s *Server) runCheck(r *http.Request, claim string, opt check.Options) (*check.Result, string, error) {
	select {
	case s.checking <- struct{}{}:
	case <-r.Context().Done():
		return nil, "", r.Context().Err()
	case <-time.After(analyzeWait):
		return nil, "", errBusy
	}
	defer func() { <-s.checking }()
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
	switch r.URL.Query().Get("format") {
	case "", "json":
		writeJSON(w, http.StatusOK, res)
	case "csv":
		w.Header().Set("Content-Type", "text/csv; charset=utf-8")
		w.Header().Set("Content-Disposition", `attachment; filename="check.csv"`)
		if err := report.CheckTable(res).Write(w, "csv"); err != nil && s.log != nil {
			s.log.Error("csv", "path", r.URL.Path, "err", err)
		}
	default:
		s.fail(w, r, http.StatusBadRequest, "bad_request", "format must be json or csv")
	}
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
			data["Sided"] = len(bySide["supports"]) + len(bySide["contradicts"])
			data["JSON"], data["CSV"] = downloads("/api/v1/check", r.URL.Query())
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

// checkChart draws supporting (A) and contradicting (B) statements per
// month; discussing ones take no side and are not drawn.
func checkChart(ms []check.Match) Chart {
	var m store.Months
	for _, x := range ms {
		switch x.Stance {
		case "supports":
			m.Months = append(m.Months, store.MonthCount{Month: monthOf(x.Published), A: 1})
		case "contradicts":
			m.Months = append(m.Months, store.MonthCount{Month: monthOf(x.Published), B: 1})
		}
	}
	return monthChart(m, "supports", "contradicts")
}

// monthOf is the YYYY-MM of a date, "" when it has none.
func monthOf(date string) string {
	if len(date) < 7 {
		return ""
	}
	return date[:7]
}

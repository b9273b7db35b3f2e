package storetest

import (
	"context"
	"database/sql"
	"testing"

	"github.com/claimgraph/claimgraph/internal/analysis"
	"github.com/claimgraph/claimgraph/internal/document"
	"github.com/claimgraph/claimgraph/internal/store"
)

// RunShared runs the tests of two stores open on one database, as two
// processes would hold it; pair opens both on a fresh database.
func RunShared(t *testing.T, pair func(t *testing.T) (a, b store.Store)) {
	ctx := context.Background()
	t.Run("SpeakerCachesFollowRelinkElsewhere", func(t *testing.T) {
		a, b := pair(t)
		put := func(s store.Store, id, text string) {
			t.Helper()
			d, err := document.New([]byte(text), document.Meta{ID: id, Outlet: "Kelvar Post", Published: "2025-03-04"})
			if err != nil {
				t.Fatal(err)
			}
			if _, err := s.Put(ctx, []analysis.Record{analysis.New().Analyze(d)}, nil); err != nil {
				t.Fatal(err)
			}
		}
		// a learns the surname's speaker id; b then stores the full name
		// and relinks, which joins the surname to it and deletes the
		// surname's own speaker; a, writing the surname again, must not
		// use the id it learned.
		put(a, "quay-1", "“The quay will reopen on Friday,” Ms Ostrand told reporters.\n")
		put(b, "quay-2", "Harbour master Mira Ostrand said on Tuesday that the quay is sound.\n“Nothing moved in the storm,” Ostrand said.\n")
		if _, err := b.Relink(ctx); err != nil {
			t.Fatal(err)
		}
		put(a, "quay-3", "“Divers found no damage,” Ms Ostrand said on Wednesday.\n")
		db := a.(interface{ DB() *sql.DB }).DB()
		var quotes, dangling int
		if err := db.QueryRowContext(ctx, `SELECT COUNT(*), COUNT(*) - COUNT(s.id) FROM quotes q LEFT JOIN speakers s ON s.id = q.speaker_id WHERE q.speaker_id IS NOT NULL`).Scan(&quotes, &dangling); err != nil {
			t.Fatal(err)
		}
		if quotes < 3 {
			t.Fatalf("%d quotes with a speaker; the test needs the three", quotes)
		}
		if dangling != 0 {
			t.Errorf("%d of %d quotes point at a speaker that no longer exists", dangling, quotes)
		}
	})
}

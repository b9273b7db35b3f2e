package postgres

import (
	"context"
	"testing"

	"github.com/claimgraph/claimgraph/internal/store"
	"github.com/claimgraph/claimgraph/internal/store/storetest"
)

func TestSuite(t *testing.T) {
	storetest.Run(t, func(t *testing.T) store.Store {
		s, err := Open(context.Background(), FreshSchema(t))
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { s.Close() })
		return s
	})
}

func TestRedact(t *testing.T) {
	if got := redact("postgres://u:secret@h/db"); got != "postgres://u:***@h/db" {
		t.Errorf("redact = %q", got)
	}
}

func TestShared(t *testing.T) {
	storetest.RunShared(t, func(t *testing.T) (store.Store, store.Store) {
		dsn := FreshSchema(t)
		var out [2]store.Store
		for i := range out {
			s, err := Open(context.Background(), dsn)
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { s.Close() })
			out[i] = s
		}
		return out[0], out[1]
	})
}

// TestForeignKeys checks rows cannot point at a document or speaker that
// does not exist: the write fails at commit.
func TestForeignKeys(t *testing.T) {
	s, err := Open(context.Background(), FreshSchema(t))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	for _, stmt := range []string{
		`INSERT INTO quotes (doc_seq, qid) VALUES (424242, 'q1')`,
		`INSERT INTO quantities (doc_seq, value) VALUES (424242, 3)`,
		`INSERT INTO contradictions (a_claim, b_claim) VALUES (424242, 424243)`,
		`INSERT INTO speaker_stats (speaker_id, quotes, documents, first_at, last_at) VALUES (424242, 1, 1, '', '')`,
	} {
		tx, err := s.DB().Begin()
		if err != nil {
			t.Fatal(err)
		}
		_, err = tx.Exec(stmt)
		if err == nil {
			err = tx.Commit()
		} else {
			tx.Rollback()
		}
		if err == nil {
			t.Errorf("%s: committed; want a foreign key violation", stmt)
		}
	}
}

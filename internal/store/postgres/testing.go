package postgres

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"
)

// testDSN names the server the tests use: CLAIMGRAPH_TEST_PG, else the local
// trust-auth server's "test" database.
func testDSN() string {
	if d := os.Getenv("CLAIMGRAPH_TEST_PG"); d != "" {
		return d
	}
	return "postgres://postgres@127.0.0.1:5432/test?sslmode=disable"
}

// FreshSchema (for tests of this and other packages) makes an empty schema for one test and returns a DSN that
// uses it; the schema is dropped when the test ends. Without a server the
// test skips, except under CI, where a missing server is a failure.
func FreshSchema(t testing.TB) string {
	t.Helper()
	base := testDSN()
	db, err := sql.Open("pgx", base)
	if err == nil {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		err = db.PingContext(ctx)
		cancel()
	}
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("PostgreSQL is required under CI and is not reachable at %s: %v", redact(base), err)
		}
		t.Skipf("no PostgreSQL server at %s (%v); set CLAIMGRAPH_TEST_PG to run these tests", redact(base), err)
	}
	schema := fmt.Sprintf("cg_test_%d", time.Now().UnixNano())
	if _, err := db.Exec(`CREATE SCHEMA ` + schema); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		db.Exec(`DROP SCHEMA ` + schema + ` CASCADE`)
		db.Close()
	})
	sep := "?"
	if strings.Contains(base, "?") {
		sep = "&"
	}
	return base + sep + "search_path=" + schema
}

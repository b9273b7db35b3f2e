package main

import (
	"context"
	"os"
	"strings"

	"github.com/spf13/cobra"

	"github.com/claimgraph/claimgraph/internal/store"
	"github.com/claimgraph/claimgraph/internal/store/postgres"
	"github.com/claimgraph/claimgraph/internal/store/sqlite"
)

// dbFlag adds --db to cmd: a SQLite file or a postgres:// URL.
func dbFlag(cmd *cobra.Command, db *string) {
	def := os.Getenv("CLAIMGRAPH_DB")
	if def == "" {
		def = "claimgraph.db"
	}
	cmd.Flags().StringVar(db, "db", def, "store: a SQLite file, or postgres://... (default $CLAIMGRAPH_DB or claimgraph.db)")
}

// isPostgres reports a --db that names a PostgreSQL database, not a file.
func isPostgres(dsn string) bool {
	return strings.HasPrefix(dsn, "postgres://") || strings.HasPrefix(dsn, "postgresql://")
}

func openStore(ctx context.Context, dsn string, opts ...sqlite.Option) (store.Store, error) {
	if isPostgres(dsn) {
		return postgres.Open(ctx, dsn)
	}
	return sqlite.Open(ctx, dsn, opts...)
}

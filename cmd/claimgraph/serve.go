package main

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/spf13/cobra"

	"github.com/claimgraph/claimgraph/internal/analysis"
	"github.com/claimgraph/claimgraph/internal/fetch"
	"github.com/claimgraph/claimgraph/internal/server"
	"github.com/claimgraph/claimgraph/internal/store/sqlite"
)

func serveCmd() *cobra.Command {
	var db, addr, contact string
	var allowFetch, create bool
	cmd := &cobra.Command{
		Use:   "serve",
		Short: "Browse the corpus in a web browser; JSON API under /api/v1/",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if host, _, err := net.SplitHostPort(addr); err == nil {
				if ip := net.ParseIP(host); host != "localhost" && (ip == nil || !ip.IsLoopback()) {
					fmt.Fprintf(os.Stderr, "claimgraph: warning: serving on %s, reachable from other machines\n", addr)
				}
			}
			if !isPostgres(db) && !create {
				if _, err := os.Stat(db); errors.Is(err, fs.ErrNotExist) {
					return fmt.Errorf("no store at %s: run claimgraph ingest first, pass --db, or --create to serve an empty store", db)
				} else if err != nil {
					return fmt.Errorf("the store %s: %w", db, err)
				}
			}
			ctx, stop := signal.NotifyContext(cmd.Context(), os.Interrupt, syscall.SIGTERM)
			defer stop()
			st, err := openStore(ctx, db, sqlite.ForReading())
			if err != nil {
				return err
			}
			defer st.Close()
			log := slog.New(slog.NewTextHandler(os.Stderr, nil))
			var opts []server.Option
			if allowFetch {
				opts = append(opts, server.WithFetch(server.PublicFetcher(fetch.Options{Contact: contact})))
			}
			h, err := server.New(st, analysis.New(), log, opts...)
			if err != nil {
				return err
			}
			srv := &http.Server{Addr: addr, Handler: h, ReadHeaderTimeout: 5 * time.Second, ReadTimeout: 15 * time.Second,
				WriteTimeout: 30 * time.Second, IdleTimeout: 60 * time.Second, MaxHeaderBytes: 64 << 10}
			// Bind first: the address printed is the one bound (a port 0
			// becomes the port the system chose), and a bind error comes
			// before any "serving" line.
			ln, err := net.Listen("tcp", addr)
			if err != nil {
				return fmt.Errorf("listening on %s: %w", addr, err)
			}
			errc := make(chan error, 1)
			go func() { errc <- srv.Serve(ln) }()
			fmt.Fprintf(os.Stderr, "claimgraph: serving %s on http://%s/\n", db, ln.Addr())
			// The first view of the home page counts the whole store; do it
			// now, in the background, so that the first reader does not wait.
			go warm(h)
			select {
			case err := <-errc:
				return err
			case <-ctx.Done():
			}
			sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
			defer cancel()
			if err := srv.Shutdown(sctx); err != nil && !errors.Is(err, http.ErrServerClosed) {
				return err
			}
			return nil
		},
	}
	dbFlag(cmd, &db)
	cmd.Flags().StringVar(&addr, "addr", "127.0.0.1:8080", "listen address (loopback by default)")
	cmd.Flags().BoolVar(&create, "create", false, "serve a new, empty store when the --db file does not exist")
	cmd.Flags().BoolVar(&allowFetch, "allow-fetch", false, "let the analyze form and API fetch a URL given instead of text (public addresses only: loopback, private and link-local targets are refused)")
	cmd.Flags().StringVar(&contact, "contact", os.Getenv("CLAIMGRAPH_CONTACT"), "URL or e-mail sent in the User-Agent of pages fetched with --allow-fetch")
	return cmd
}

// warm renders the home page once into the page cache.
func warm(h http.Handler) {
	req, err := http.NewRequest(http.MethodGet, "/", nil)
	if err != nil {
		return
	}
	h.ServeHTTP(discard{http.Header{}}, req)
}

// discard is a response writer that keeps nothing.
type discard struct{ h http.Header }

func (d discard) Header() http.Header       { return d.h }
func (discard) Write(p []byte) (int, error) { return len(p), nil }
func (discard) WriteHeader(int)             {}

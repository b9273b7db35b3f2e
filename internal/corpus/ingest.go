package corpus

import (
	"context"
	"errors"
	"fmt"
	"hash/fnv"
	"runtime"
	"sync"
	"time"

	"github.com/claimgraph/claimgraph/internal/analysis"
	"github.com/claimgraph/claimgraph/internal/document"
	"github.com/claimgraph/claimgraph/internal/ingest"
	"github.com/claimgraph/claimgraph/internal/store"
)

// Options tune an ingest run.
type Options struct {
	Workers   int           // analysis goroutines; 0 means all cores
	BatchSize int           // documents per transaction; 0 means 256
	MaxDelay  time.Duration // longest a document waits for its batch; 0 means 1s
	// Progress is called after each batch is written and at the end.
	Progress func(Report)
	// Failure is called for each item that could not be stored.
	Failure func(source string, err error)
	// Meta's title, outlet and publication date, when set, override
	// those of every document read (see ingest.Walker).
	Meta document.Meta
	// Read is called as each item is read, with its source, before it is
	// analyzed (a progress meter's current input); never concurrently.
	Read func(source string)
	// Duplicate is called when an input is a document read earlier in the
	// run, or stored before it, with a different text: which was kept.
	Duplicate func(Duplicate)
	// Web, when set, reads URL arguments (pages, feeds, sitemaps); what it
	// fetched is recorded in the store once the run's documents are.
	Web *ingest.Web
	// Halt, when closed, stops reading new items; what was read is still
	// analyzed and stored, and the run ends without error (a watch's SIGTERM).
	Halt <-chan struct{}
}

// Report counts what a run did. Replaced counts inputs whose better text
// took the place of a version stored or read before (see Duplicate).
type Report struct {
	Read, Added, Skipped, Failed, Replaced int
	Elapsed                                time.Duration
}

// Duplicate is two inputs with one document id (a saved page and a clean
// copy of its URL) and different texts. The better text is kept, by
// ingest.Quality: Kept and Dropped name the inputs; Stored means the
// other version is the one a previous run stored, whose input the store
// does not say; Replaced means the new input's text took its place.
type Duplicate struct {
	ID               string
	Kept, Dropped    string
	KeptQ, DroppedQ  ingest.Quality
	Stored, Replaced bool
}

// Rate is documents read per second.
func (r Report) Rate() float64 {
	if r.Elapsed <= 0 {
		return 0
	}
	return float64(r.Read) / r.Elapsed.Seconds()
}

type job struct {
	source string
	doc    document.Document
	// replace: the document's id is stored or on its way to the store with
	// a worse text, which this one replaces.
	replace bool
}

type done struct {
	source  string
	rec     analysis.Record
	replace bool
}

// version is what a run remembers of a document it read: enough to tell
// a second input with the same id apart and to choose the better text.
type version struct {
	source string
	sum    uint64
	q      ingest.Quality
}

func textSum(text string) uint64 {
	h := fnv.New64a()
	h.Write([]byte(text))
	return h.Sum64()
}

// Ingest reads paths into st. Documents already stored are skipped before
// analysis; each batch commits atomically, so killing the process loses at
// most the batch in flight, and a rerun adds exactly what is missing.
func Ingest(ctx context.Context, a *analysis.Analyzer, st store.Store, paths []string, opt Options) (Report, error) {
	if opt.Workers <= 0 {
		opt.Workers = runtime.GOMAXPROCS(0)
	}
	if opt.BatchSize <= 0 {
		opt.BatchSize = 256
	}
	if opt.MaxDelay <= 0 {
		opt.MaxDelay = time.Second
	}
	start := time.Now()
	var mu sync.Mutex
	var rep Report
	fail := func(src string, err error) {
		mu.Lock()
		rep.Failed++
		mu.Unlock()
		if opt.Failure != nil {
			opt.Failure(src, err)
		}
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	jobs := make(chan job, opt.Workers*4)
	results := make(chan done, opt.Workers*4)
	var walkErr error
	walkCtx, stopWalk := HaltContext(ctx, opt.Halt)
	defer stopWalk()
	go func() {
		defer close(jobs)
		seen := map[string]version{} // the same document twice in one run
		skip := func() bool {
			mu.Lock()
			rep.Skipped++
			mu.Unlock()
			return true
		}
		walkErr = ingest.Walker{Web: opt.Web, Meta: opt.Meta}.Walk(walkCtx, paths, func(it ingest.Item) bool {
			if opt.Read != nil {
				opt.Read(it.Source)
			}
			mu.Lock()
			rep.Read++
			if it.Unchanged {
				rep.Skipped++
			}
			mu.Unlock()
			if it.Unchanged {
				return true
			}
			if it.Err != nil {
				if walkCtx.Err() != nil && errors.Is(it.Err, context.Canceled) {
					return false // halted: not the item's failure
				}
				fail(it.Source, it.Err)
				return true
			}
			v := version{source: it.Source, sum: textSum(it.Doc.Text), q: ingest.TextQuality(it.Doc.Text)}
			replace := false
			if prev, ok := seen[it.Doc.ID]; ok {
				if prev.sum == v.sum || !v.q.Better(prev.q) {
					if prev.sum != v.sum && opt.Duplicate != nil {
						opt.Duplicate(Duplicate{ID: it.Doc.ID, Kept: prev.source, Dropped: v.source, KeptQ: prev.q, DroppedQ: v.q})
					}
					return skip()
				}
				if opt.Duplicate != nil {
					opt.Duplicate(Duplicate{ID: it.Doc.ID, Kept: v.source, Dropped: prev.source, KeptQ: v.q, DroppedQ: prev.q, Replaced: true})
				}
				seen[it.Doc.ID] = v
				replace = true
			} else {
				seen[it.Doc.ID] = v
				has, err := st.Has(ctx, it.Doc.ID)
				if err != nil {
					fail(it.Source, fmt.Errorf("checking the store: %w", err))
					return ctx.Err() == nil
				}
				if has {
					better, err := betterThanStored(ctx, st, it.Doc, v, opt.Duplicate)
					if err != nil {
						fail(it.Source, err)
						return ctx.Err() == nil
					}
					if !better {
						return skip()
					}
					replace = true
				}
			}
			select {
			case jobs <- job{it.Source, it.Doc, replace}:
				return true
			case <-walkCtx.Done():
				return false
			}
		})
	}()
	var wg sync.WaitGroup
	for i := 0; i < opt.Workers; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				rec, err := analyzeSafely(ctx, a, j.doc)
				if err != nil {
					if ctx.Err() == nil { // an interrupted run fails no document
						fail(j.source, err)
					}
					continue
				}
				results <- done{j.source, rec, j.replace}
			}
		}()
	}
	go func() { wg.Wait(); close(results) }()

	var batch []analysis.Record
	var sources []string
	var storeErr error
	flush := func() {
		if len(batch) == 0 || storeErr != nil {
			return
		}
		n, err := st.Put(ctx, batch, sources)
		if err != nil {
			storeErr = fmt.Errorf("writing a batch of %d documents: %w", len(batch), err)
			cancel()
			return
		}
		mu.Lock()
		rep.Added += n
		rep.Skipped += len(batch) - n
		rep.Elapsed = time.Since(start)
		snapshot := rep
		mu.Unlock()
		if opt.Progress != nil {
			opt.Progress(snapshot)
		}
		batch, sources = batch[:0], sources[:0]
	}
	// replaceOne stores a better version of a document: after the batch
	// in hand, which may hold the version it replaces. The worse version,
	// if it reaches the store later, is skipped there as stored already.
	replaceOne := func(r done) {
		flush()
		if storeErr != nil {
			return
		}
		id := r.rec.Document.ID
		has, err := st.Has(ctx, id)
		if err == nil && has {
			err = st.Replace(ctx, []analysis.Record{r.rec})
			if err == nil {
				mu.Lock()
				rep.Replaced++
				mu.Unlock()
			}
		} else if err == nil {
			var n int
			n, err = st.Put(ctx, []analysis.Record{r.rec}, []string{r.source})
			mu.Lock()
			rep.Added += n
			mu.Unlock()
		}
		if err != nil {
			storeErr = fmt.Errorf("storing %s, the better version of %s: %w", r.source, id, err)
			cancel()
		}
	}
	tick := time.NewTicker(opt.MaxDelay)
	defer tick.Stop()
loop:
	for {
		select {
		case r, ok := <-results:
			if !ok {
				break loop
			}
			if storeErr != nil {
				continue // drain
			}
			if r.replace {
				replaceOne(r)
				continue
			}
			batch = append(batch, r.rec)
			sources = append(sources, r.source)
			if len(batch) >= opt.BatchSize {
				flush()
			}
		case <-tick.C:
			flush()
		}
	}
	flush()
	mu.Lock()
	rep.Elapsed = time.Since(start)
	final := rep
	mu.Unlock()
	if opt.Progress != nil {
		opt.Progress(final)
	}
	if storeErr != nil {
		return final, storeErr
	}
	if opt.Web != nil && ctx.Err() == nil {
		// After the documents: a fetch recorded for a document lost in a
		// crash would make the next run skip it.
		if err := st.PutFetches(ctx, opt.Web.Records()); err != nil {
			return final, err
		}
	}
	if walkErr != nil && !errors.Is(walkErr, context.Canceled) {
		return final, walkErr
	}
	return final, ctx.Err()
}

// betterThanStored reports whether d's text should replace the stored
// version of its id. Only documents known by their URL are compared: an id
// made from the text's hash means the same text, and rereading a corpus
// must not load every stored record. A different stored text that is as
// good or better is kept, and dup is told.
func betterThanStored(ctx context.Context, st store.Store, d document.Document, v version, dup func(Duplicate)) (bool, error) {
	if d.URL == "" || d.ID != d.URL {
		return false, nil
	}
	rec, err := st.Document(ctx, d.ID)
	if err != nil {
		return false, fmt.Errorf("reading the stored version of %s: %w", d.ID, err)
	}
	if textSum(rec.Document.Text) == v.sum {
		return false, nil
	}
	sq := ingest.TextQuality(rec.Document.Text)
	better := v.q.Better(sq)
	if dup != nil {
		if better {
			dup(Duplicate{ID: d.ID, Kept: v.source, KeptQ: v.q, DroppedQ: sq, Stored: true, Replaced: true})
		} else {
			dup(Duplicate{ID: d.ID, Dropped: v.source, KeptQ: sq, DroppedQ: v.q, Stored: true})
		}
	}
	return better, nil
}

// HaltContext is ctx, also ended when halt is closed (a nil halt never
// is): what reads new input watches it, while the work on what was read
// keeps ctx.
func HaltContext(ctx context.Context, halt <-chan struct{}) (context.Context, context.CancelFunc) {
	c, cancel := context.WithCancel(ctx)
	if halt != nil {
		go func() {
			select {
			case <-halt:
				cancel()
			case <-c.Done():
			}
		}()
	}
	return c, cancel
}

// analyzeSafely turns a panic in analysis, a defect, into an error for
// that document instead of the end of the run.
func analyzeSafely(ctx context.Context, a *analysis.Analyzer, d document.Document) (rec analysis.Record, err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("analysis failed: %v", p)
		}
	}()
	return a.AnalyzeContext(ctx, d)
}

// Reanalyze runs the current analyzer over stored documents and replaces
// their records in batches, each batch atomically. Only documents analyzed
// by another version are redone unless all is set. Memory holds one batch.
func Reanalyze(ctx context.Context, a *analysis.Analyzer, st store.Store, all bool, opt Options) (Report, error) {
	if opt.BatchSize <= 0 {
		opt.BatchSize = 256
	}
	start := time.Now()
	var rep Report
	var recs []analysis.Record
	failed := func(id string, err error) {
		rep.Failed++
		if opt.Failure != nil {
			opt.Failure(id, err)
		}
	}
	flush := func() error {
		if len(recs) == 0 {
			return nil
		}
		if err := st.Replace(ctx, recs); err != nil {
			return err
		}
		rep.Added += len(recs)
		rep.Elapsed = time.Since(start)
		if opt.Progress != nil {
			opt.Progress(rep)
		}
		recs = recs[:0]
		return nil
	}
	err := st.EachDocument(ctx, func(d store.DocumentRow) error {
		if opt.Read != nil {
			opt.Read(d.ID)
		}
		rep.Read++
		if !all && d.Analyzer == store.AnalyzerVersion {
			rep.Skipped++
			return nil
		}
		doc, err := document.New([]byte(d.Text), document.Meta{ID: d.ID, URL: d.URL, Title: d.Title, Outlet: d.Outlet, Published: d.Published, Language: d.Language})
		if err != nil {
			failed(d.ID, err)
			return nil
		}
		rec, err := analyzeSafely(ctx, a, doc)
		if err != nil {
			if ctx.Err() != nil {
				return ctx.Err() // interrupted: no document failed
			}
			failed(d.ID, err)
			return nil
		}
		recs = append(recs, rec)
		if len(recs) >= opt.BatchSize {
			return flush()
		}
		return nil
	})
	if err == nil {
		err = flush()
	}
	rep.Elapsed = time.Since(start)
	return rep, err
}

package analysis_test

import (
	"testing"

	"github.com/claimgraph/claimgraph/internal/entity"
	"github.com/claimgraph/claimgraph/internal/quote"
	"github.com/claimgraph/claimgraph/internal/segment"
	"github.com/claimgraph/claimgraph/internal/timex"
)

// benchDocs runs fn over the corpus on one core, reporting MB/s of input.
func benchDocs(b *testing.B, fn func(text, published string)) {
	docs := loadCorpus(b)
	var total int64
	for _, d := range docs {
		total += int64(len(d.Text))
	}
	b.SetBytes(total / int64(len(docs)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		d := docs[i%len(docs)]
		fn(d.Text, d.Published)
	}
}

// BenchmarkStageAttribution: segmentation, entities and quotes (issue 2's stage), one core.
func BenchmarkStageAttribution(b *testing.B) {
	sg, er, qx := segment.NewSegmenter(), entity.NewRecognizer(), quote.NewExtractor()
	benchDocs(b, func(text, _ string) {
		seg := sg.Segment(text)
		marks, inQuote := quote.PairMarks(seg)
		ents := er.Recognize(seg, inQuote)
		_, _ = qx.Extract(seg, marks, inQuote, ents)
	})
}

// BenchmarkStageTimex: temporal tagging alone, one core, over documents
// segmented before the timer starts, each anchored on its own date.
func BenchmarkStageTimex(b *testing.B) {
	sg, tg := segment.NewSegmenter(), timex.NewTagger()
	docs := loadCorpus(b)
	segs := make([]*segment.Segmentation, len(docs))
	var total int64
	for i, d := range docs {
		segs[i] = sg.Segment(d.Text)
		total += int64(len(d.Text))
	}
	b.SetBytes(total / int64(len(docs)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		k := i % len(docs)
		tg.Tag(segs[k], docs[k].Published, nil)
	}
}

// BenchmarkStageSegment: tokens, sentences and paragraphs, one core.
func BenchmarkStageSegment(b *testing.B) {
	sg := segment.NewSegmenter()
	benchDocs(b, func(text, _ string) { sg.Segment(text) })
}

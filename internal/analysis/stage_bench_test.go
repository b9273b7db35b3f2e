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

// BenchmarkStageTimex: temporal tagging alone on segmented text, one core.
func BenchmarkStageTimex(b *testing.B) {
	sg, tg := segment.NewSegmenter(), timex.NewTagger()
	segs := map[string]*segment.Segmentation{}
	benchDocs(b, func(text, published string) {
		seg, ok := segs[text]
		if !ok {
			seg = sg.Segment(text)
			segs[text] = seg
		}
		tg.Tag(seg, "2005-03-01", nil)
	})
}

// BenchmarkStageSegment: tokens, sentences and paragraphs, one core.
func BenchmarkStageSegment(b *testing.B) {
	sg := segment.NewSegmenter()
	benchDocs(b, func(text, _ string) { sg.Segment(text) })
}

package main

import "github.com/spf13/cobra"

// examples are the --help examples of the commands that do not set their
// own, by command path. Each is a real invocation from the repository's
// root, on a store built by
//
//	claimgraph ingest --db corpus.db ../shared/data/corpus/
//
// (the queue commands need PostgreSQL). TestExamples parses every one.
var examples = map[string]string{
	"analyze": `  claimgraph analyze --format text ../shared/data/corpus/raw/html/bbc-1.html
  claimgraph analyze --format text --explain --full --published 2025-01-02 article.txt
  claimgraph analyze --jsonl ../shared/data/corpus/bbc.jsonl > records.jsonl`,
	"reanalyze": `  claimgraph reanalyze --db corpus.db
  claimgraph reanalyze --db corpus.db --all`,
	"relink": `  claimgraph relink --db corpus.db`,
	"serve": `  claimgraph serve --db corpus.db
  claimgraph serve --db corpus.db --addr 127.0.0.1:9000`,
	"worker": `  claimgraph worker --db postgres://localhost/claimgraph --concurrency 2`,
	"status": `  claimgraph status --db postgres://localhost/claimgraph`,
	"retry":  `  claimgraph retry --db postgres://localhost/claimgraph`,
	"check": `  claimgraph check --db corpus.db "Islamic State used chlorine gas"
  claimgraph check --db corpus.db --speaker "Tony Blair" "Iraq has weapons of mass destruction"`,
	"speakers": `  claimgraph speakers --db corpus.db --limit 20`,
	"speaker": `  claimgraph speaker --db corpus.db Tony Blair
  claimgraph speaker --db corpus.db --full "James Baker"`,
	"quotes": `  claimgraph quotes --db corpus.db --speaker "Tony Blair" --limit 20
  claimgraph quotes --db corpus.db --topic chlorine --full
  claimgraph quotes --db corpus.db --since 1987-03-01 --until 1987-03-31 --format csv > march.csv`,
	"contradictions": `  claimgraph contradictions --db corpus.db
  claimgraph contradictions --db corpus.db --format csv > contradictions.csv`,
	"drift":    `  claimgraph drift --db corpus.db --limit 10`,
	"stats":    `  claimgraph stats --db corpus.db`,
	"sourcing": `  claimgraph sourcing --db corpus.db`,
	"framing": `  claimgraph framing --db corpus.db
  claimgraph framing --db corpus.db --speaker "Tony Blair"`,
	"unnamed": `  claimgraph unnamed --db corpus.db --limit 20`,
	"export": `  claimgraph export --db corpus.db > records.jsonl
  claimgraph export --db corpus.db --format csv > quotes.csv`,
	"eval": `  claimgraph eval attribution ../shared/data/attribution/polnear.dev.jsonl`,
	"eval attribution": `  claimgraph eval attribution ../shared/data/attribution/polnear.dev.jsonl
  claimgraph eval attribution --out system.jsonl ../shared/data/attribution/german_wikinews.dev.jsonl`,
	"eval temporal": `  claimgraph eval temporal ../shared/data/temporal/te3-platinum.dev.jsonl
  claimgraph eval temporal --errors errors.tsv ../shared/data/temporal/te3-timebank.dev.jsonl`,
	"eval propaganda": `  claimgraph eval propaganda ../shared/data/propaganda/ptc-train.dev.jsonl`,
	"eval speakers": `  claimgraph eval speakers
  claimgraph eval speakers --split dev --errors missed.tsv`,
	"eval contradictions": `  claimgraph eval contradictions --db corpus.db
  claimgraph eval contradictions --db corpus.db --unjudged unjudged.txt`,
	"eval check":  `  claimgraph eval check --db corpus.db`,
	"eval stance": `  claimgraph eval stance --bodies ../shared/data/stance/fnc1/competition_test_bodies.csv --out submission.csv ../shared/data/stance/fnc1/competition_test_stances.csv`,
	"train":       `  claimgraph train stance --holdout 0.1`,
	"train stance": `  claimgraph train stance --holdout 0.1
  claimgraph train stance --out internal/stance/model/stance.bin.gz`,
}

// addExamples sets the examples above on the commands under root that
// have none; search keeps its own help.
func addExamples(root *cobra.Command) {
	var walk func(c *cobra.Command)
	walk = func(c *cobra.Command) {
		for _, sub := range c.Commands() {
			path := sub.CommandPath()[len(root.Name())+1:]
			if sub.Example == "" && path != "search" {
				sub.Example = examples[path]
			}
			walk(sub)
		}
	}
	walk(root)
}

// Command bench measures Chancery against raw Bleve and SQLite FTS5 on one
// corpus, in one run: ingest speed (articles/s, MB/s), peak RSS, bytes on
// disk per input byte, and p50/p99 latency of term, two-term AND, phrase and
// faceted queries, in a warm process and, for Chancery, through the
// product's search command run as a new process per query, as users run it.
//
// It is a Go module of its own (chancery/bench), so that SQLite and the
// other benchmark-only dependencies stay out of the product's go.mod.
//
//	go run -C bench . --articles 100000
//	go run -C bench . --articles 10000 --engines bleve,fts5 --json /tmp/10k.json
//	go run -C bench . --corpus reuters --workdir /tmp/bench-reuters
//	go run -C bench . --corpus news --articles 100000 --engines fts5,chancery
//	nice -n 10 go run -C bench . --articles 1000000 --queries 200
//
// How a run goes:
//
//  1. A child process writes the corpus as JSON Lines (id, title, date,
//     body, source: what `indexer add` reads) plus a truth file with each
//     article's persons, countries and topics, and chooses the queries. The
//     synthetic corpus is seeded: Zipf-distributed words, 1 to 3 invented
//     persons and 1 to 3 countries per article, named in the text ("Foreign
//     Minister Anton Varga said ..."), one topic phrase, dates over 2000-2024.
//     --corpus news is the same generator with names written as news
//     writes them (news.go): surnames alone, with honorifics and short
//     titles after the first mention, possessives, one article in 250
//     printing its first name twice in a row, two in five naming companies
//     named like people from the cast's own surnames ("Pembroke
//     Fairbanks", "Halvorsen and Halvorsen"). It makes the extraction and
//     the archive-wide name pass of `indexer add` do the work news makes
//     them do. --corpus reuters reads reut2-000..013 of Reuters-21578 from
//     ../shared/corpora (TOPICS, PLACES and PEOPLE as the truth).
//  2. Each engine ingests the corpus in a child process of its own, so that
//     the wall time and peak RSS (the child's rusage) are its own:
//     raw Bleve with the default mapping and batches of 1,000; SQLite FTS5
//     (porter unicode61) with transactions of 1,000 rows and the truth facets
//     in plain tables; Chancery through the real product binary,
//     `indexer add --archive DIR corpus.jsonl`, built from ../cmd/indexer
//     with CGO_ENABLED=0, as the README installs it (search too).
//     The baselines index the truth facets as given; Chancery extracts its
//     own, as it does for users.
//  3. Each engine answers the same queries in a fresh child process: raw
//     Bleve opened read-only in-process (match, conjunction and match-phrase
//     queries; terms facets on countries and topics and one date range per
//     year), FTS5 with MATCH and GROUP BY over the facet tables, Chancery
//     through index.Open and (*index.Index).Search in bench/chanceryq, with
//     the same facets (Request.FacetFields: country, topic, year), counted
//     over every stored article as the baselines count them
//     (Request.AllVersions; by default Chancery counts each near-duplicate
//     story once, which the baselines cannot). Each
//     query runs --warmup times, then --queries timed runs per class.
//     Raw Bleve's term and AND rows return the top 10 hits' ids and scores
//     only, while Chancery's Search also reads the 10 hits from its store
//     and builds their snippets; raw Bleve's term and AND queries are
//     therefore timed a second time, as a product showing the page must
//     answer them (engine.PageSearcher): the top 10 hits' stored fields
//     (title, date, source, names, body) and the query's words marked in a
//     fragment of each body by Bleve's html highlighter. The table prints
//     that row under the class's warm row ("with the hits' fields and
//     marked words"); the first row is unchanged.
//  4. Chancery again, as a user of the CLI runs it: the product's search
//     binary, built from ../cmd/search, started once per query (`search
//     --archive DIR --json ...`), --fresh-runs times per class after one
//     untimed run of each query. Each run records the took_ms the command
//     prints and the wall time of the whole process, start to exit; the
//     table prints both under the warm in-process row of the class. The
//     faceted class counts the baselines' three facets (--facet-fields
//     country,topic,year), and a facet6 row counts the six of --facets,
//     both with --all-versions to count what the warm run counts.
//     The page cache is warm, as for a user's second search.
//  5. The total hits of every query, and the hits per year of every faceted
//     query, are compared across engines and between Chancery's warm and
//     fresh-process answers; differences are listed.
//
// Query words are chosen from a sample of the corpus so that every engine
// must count the same hits: plain ASCII words that are not stop words,
// never next to an apostrophe, underscore or inner dot, the only word of the
// sample with their Porter and their Snowball stem, and not part of any facet
// value. Term and facet queries use words in about 13% of the articles.
//
// # Caveats
//
//   - Peak RSS is the child's ru_maxrss. On Linux a child's high-water mark
//     starts from its parent's (exec follows a vfork that shares the parent's
//     memory), so the bench keeps its own process small and does the corpus
//     work in a child too; its own peak is printed as the floor under every
//     RSS figure.
//   - Ingest time is the wall time of the whole child process, including
//     reading the JSON Lines and closing the index, but not Bleve merges that
//     Close leaves undone. Chancery's includes the name pass that `indexer
//     add` runs after loading (--resolve-names auto).
//   - Disk size is the sum of the sizes of the files the engine wrote.
//   - Chancery's facets come from its own extraction, so its facet values
//     and counts may differ from the truth the baselines index; hits per year
//     must still agree.
//   - The machine is shared: other work moves the figures, p99 most. Run big
//     benchmarks when the machine is quiet, with nice, and compare medians of
//     several runs.
//   - The bench module's go.mod lists the product's dependencies too (it
//     builds chanceryq against the working tree): after the product adds one,
//     run `go mod tidy` in bench/.
package main

// Package engine is the query side of the benchmark that every engine
// process shares: the query set and its file, the Searcher an engine
// implements, and the timing loop with its percentiles. It is a package of
// its own so that the Chancery query process (bench/chanceryq), which
// imports the product, and the bench command, which does not, time queries
// the same way.
//
// # Caveats
//
// Latencies are wall-clock times of Search calls in one goroutine, after a
// warm-up; on a shared machine the p99 of a few hundred runs moves a lot
// between runs. Percentiles are nearest-rank.
package engine

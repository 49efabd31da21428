// Package archive holds Chancery's source of truth: the Article type, the
// readers that turn input files into articles (one iterator per format), and
// the bbolt store that keeps every article with its metadata and extracted
// entities. It knows nothing about Bleve: the index package builds its
// search index from what this package stores.
//
// # Caveats
//
// Readers reject one record at a time with a *RecordError and carry on; any
// other error from a reader or from the store ends the run.
package archive

package archive

import "path/filepath"

// The layout of an archive folder: every file in it is named here and
// nowhere else.
//
//	DIR/chancery.db     bbolt: the source of truth (format.go: buckets, records)
//	DIR/index/NAME/     the current Bleve index; NAME is kept in meta "index"
//	DIR/index/NAME/facets/SEGMENT.facets
//	                    facet tables of the index segment SEGMENT.zap (index/facetfile.go)
//	DIR/LOCK            held (flock) by the one running writer; holds its pid
//	DIR/search.sock     where that writer answers searches (package writersock)
//	DIR/search-snapshots.sock  where it hands out snapshots of the store (indexer backup)
//	DIR/aliases.txt     librarian-edited aliases (entities package)
const (
	storeFile   = "chancery.db"
	indexFolder = "index"
	lockFile    = "LOCK"
	socketFile  = "search.sock"
	snapFile    = "search-snapshots.sock"
	aliasesFile = "aliases.txt"
)

// StoreFile returns the path of the bbolt store of the archive in dir.
func StoreFile(dir string) string { return filepath.Join(dir, storeFile) }

// IndexFolder returns the folder that holds the Bleve indexes of the
// archive in dir, one subfolder each; meta "index" names the current one.
func IndexFolder(dir string) string { return filepath.Join(dir, indexFolder) }

// FacetFolder returns the folder of the facet tables of the index NAME
// of the archive in dir, one file per segment of that index.
func FacetFolder(dir, name string) string { return filepath.Join(dir, indexFolder, name, "facets") }

// LockFile returns the path of the writer lock of the archive in dir.
func LockFile(dir string) string { return filepath.Join(dir, lockFile) }

// SocketFile returns where the writer of the archive in dir prefers its
// search socket (writersock.Path falls back to the temporary folder when
// this path is too long for a Unix socket).
func SocketFile(dir string) string { return filepath.Join(dir, socketFile) }

// SnapshotSocketFile returns where the writer of the archive in dir
// prefers the socket on which it hands out snapshots of the store.
func SnapshotSocketFile(dir string) string { return filepath.Join(dir, snapFile) }

// AliasesFile returns the path of the name aliases of the archive in dir.
func AliasesFile(dir string) string { return filepath.Join(dir, aliasesFile) }

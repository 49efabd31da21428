package archive

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"os"
	"runtime"
	"sync"

	bolt "go.etcd.io/bbolt"
)

// A read-only store opened with StoreOptions.Pread reads the records it is
// asked for (Get) with pread from the file, walking bbolt's B+tree of
// articles itself, instead of through bbolt's memory map. A new `search`
// process reads the 10 records
// of its page once each: through the map every record costs two page
// faults (its leaf page and the branch page above it, in a 200 MB file
// that no earlier search of the process touched), and on this project's
// virtual machine a fault on a mapped file took 30 to 120 us against 2 to
// 4 us for reading the same 4 KB page with pread (docs/BENCHMARKS.md). A
// process that reads records many times (a server) keeps bbolt's reads:
// once mapped, a page costs nothing more, and a pread a system call.
//
// The reader reads only what bbolt's own Get reads, in bbolt's page
// format (go.etcd.io/bbolt, internal/common/page.go: a 16-byte page header
// of id, flags, count and overflow, then 16-byte branch or leaf elements
// whose keys and values follow at their positions), from the root page of
// the articles bucket as a read transaction finds it when the store opens.
// The file cannot change meanwhile: a reader holds the store's lock
// (shared) until it closes, which keeps writers out. Anything it does not
// expect (a page of another kind or id, a position outside its page, an
// inline bucket) makes Get ask bbolt instead.

// pageReader reads pages of a store's file.
type pageReader struct {
	f        *os.File
	pageSize int
	root     uint64 // root page of the articles bucket
	bufs     sync.Pool
}

// bbolt's page format, in the machine's byte order.
const (
	pageHeaderSize  = 16
	pageElementSize = 16
	branchPageFlag  = 0x01
	leafPageFlag    = 0x02
	bucketLeafFlag  = 0x01
	// maxTreeDepth bounds a walk down the tree: a damaged branch page
	// pointing back up must not loop.
	maxTreeDepth = 64
)

// errNotPaged is what the page reader returns when it cannot answer: the
// caller asks bbolt.
var errNotPaged = errors.New("not read from pages")

// newPageReader returns a reader of the pages of db, a store opened
// read-only from path, from f, the file at path opened before db was: a
// store file renamed over path in between (a restored backup) is not the
// one db reads, and f is checked to be the file at path after db opened.
// It returns nil, and closes f, when it cannot read the pages (another
// system, an articles bucket inline in its parent, another file).
func newPageReader(f *os.File, path string, db *bolt.DB) *pageReader {
	if f == nil {
		return nil
	}
	r := &pageReader{f: f, pageSize: db.Info().PageSize}
	err := db.View(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketArticles)
		if b == nil {
			return errNotPaged
		}
		r.root = uint64(b.Root())
		return nil
	})
	fi, ferr := f.Stat()
	pi, perr := os.Stat(path)
	if runtime.GOOS == "windows" || // locks there are byte ranges of the file; not tried
		err != nil || ferr != nil || perr != nil || !os.SameFile(fi, pi) || r.root == 0 || r.pageSize < pageHeaderSize+pageElementSize {
		f.Close()
		return nil
	}
	r.bufs.New = func() any { b := make([]byte, r.pageSize); return &b }
	return r
}

func (r *pageReader) close() error {
	if r == nil {
		return nil
	}
	return r.f.Close()
}

// get calls use with the value of key in the articles bucket, which is
// valid during the call only, and reports whether it found one; it returns
// errNotPaged (or a read error) when the caller should ask bbolt.
func (r *pageReader) get(key []byte, use func(v []byte)) (bool, error) {
	bp := r.bufs.Get().(*[]byte)
	defer r.bufs.Put(bp)
	id := r.root
	for range maxTreeDepth {
		p, err := r.page(id, bp)
		if err != nil {
			return false, err
		}
		flags, count := binary.NativeEndian.Uint16(p[8:]), int(binary.NativeEndian.Uint16(p[10:]))
		if pageHeaderSize+count*pageElementSize > len(p) {
			return false, errNotPaged
		}
		switch flags {
		case branchPageFlag:
			// The last element whose key is at most key, as bbolt's
			// Cursor.searchPage finds it.
			i, exact, ok := search(p, count, key, func(e []byte) (int, int) {
				return int(binary.NativeEndian.Uint32(e)), int(binary.NativeEndian.Uint32(e[4:]))
			})
			if !ok {
				return false, errNotPaged
			}
			if !exact && i > 0 {
				i--
			}
			if i >= count {
				return false, errNotPaged
			}
			e := p[pageHeaderSize+i*pageElementSize:]
			id = binary.NativeEndian.Uint64(e[8:])
		case leafPageFlag:
			i, exact, ok := search(p, count, key, func(e []byte) (int, int) {
				return int(binary.NativeEndian.Uint32(e[4:])), int(binary.NativeEndian.Uint32(e[8:]))
			})
			if !ok {
				return false, errNotPaged
			}
			if !exact {
				return false, nil
			}
			at := pageHeaderSize + i*pageElementSize
			e := p[at:]
			if binary.NativeEndian.Uint32(e)&bucketLeafFlag != 0 {
				return false, nil // a bucket, which bbolt's Get does not return
			}
			pos, ksize, vsize := int(binary.NativeEndian.Uint32(e[4:])), int(binary.NativeEndian.Uint32(e[8:])), int(binary.NativeEndian.Uint32(e[12:]))
			v := at + pos + ksize
			if v < at || vsize < 0 || v+vsize > len(p) {
				return false, errNotPaged
			}
			use(p[v : v+vsize])
			return true, nil
		default:
			return false, errNotPaged
		}
	}
	return false, errNotPaged
}

// search finds key among the count elements of page p, each of whose key
// is at the position and of the size kv reads from its element (the
// position counted from the element): the first element whose key is at
// least key, and whether it is key. ok is false when a key it compares
// lies outside the page.
func search(p []byte, count int, key []byte, kv func(e []byte) (pos, size int)) (i int, exact, ok bool) {
	lo, hi := 0, count
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		at := pageHeaderSize + m*pageElementSize
		pos, size := kv(p[at:])
		k := at + pos
		if pos < 0 || size < 0 || k < at || k+size > len(p) {
			return 0, false, false
		}
		switch c := bytes.Compare(p[k:k+size], key); {
		case c < 0:
			lo = m + 1
		default:
			if c == 0 {
				exact = true
			}
			hi = m
		}
	}
	return lo, exact, true
}

// page reads page id into the buffer at bp (grown for an overflowing page)
// and returns it, checking its header's id.
func (r *pageReader) page(id uint64, bp *[]byte) ([]byte, error) {
	ps := r.pageSize
	if id > (1<<62)/uint64(ps) {
		return nil, errNotPaged
	}
	buf := (*bp)[:ps]
	if _, err := r.f.ReadAt(buf, int64(id)*int64(ps)); err != nil {
		return nil, fmt.Errorf("read page %d: %w", id, err)
	}
	if binary.NativeEndian.Uint64(buf) != id {
		return nil, errNotPaged
	}
	if over := int(binary.NativeEndian.Uint32(buf[12:])); over > 0 {
		n := (over + 1) * ps
		if over > maxRecordPayload/ps+1 || n <= 0 {
			return nil, errNotPaged
		}
		if cap(*bp) < n {
			grown := make([]byte, n)
			copy(grown, buf)
			*bp = grown
		}
		buf = (*bp)[:n]
		if _, err := r.f.ReadAt(buf[ps:], int64(id)*int64(ps)+int64(ps)); err != nil {
			return nil, fmt.Errorf("read page %d: %w", id, err)
		}
	}
	return buf, nil
}

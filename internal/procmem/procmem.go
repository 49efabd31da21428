// Package procmem reads how much of this process's memory is resident, by
// mapped file, from /proc/self/smaps (Linux). Tests use it to check that
// the store and the index give back the pages of their memory-mapped
// files.
//
// # Caveats
//
// Only Linux has /proc/self/smaps; elsewhere MappedKB returns an error,
// and callers skip.
package procmem

import (
	"bufio"
	"fmt"
	"os"
	"strconv"
	"strings"
)

// MappedKB returns the resident kilobytes of this process's mappings of
// the files whose path match accepts.
func MappedKB(match func(path string) bool) (int, error) {
	f, err := os.Open("/proc/self/smaps")
	if err != nil {
		return 0, fmt.Errorf("read resident memory by mapping: %w", err)
	}
	defer f.Close()
	kb, in := 0, false
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fields := strings.Fields(sc.Text())
		switch {
		case len(fields) >= 5 && strings.Contains(fields[0], "-") && !strings.HasSuffix(fields[0], ":"):
			// a mapping's header: address range, perms, offset, device, inode[, path]
			in = len(fields) >= 6 && match(fields[5])
		case in && len(fields) >= 2 && fields[0] == "Rss:":
			n, err := strconv.Atoi(fields[1])
			if err != nil {
				return 0, fmt.Errorf("read resident memory by mapping: Rss %q: %w", fields[1], err)
			}
			kb += n
		}
	}
	if err := sc.Err(); err != nil {
		return 0, fmt.Errorf("read resident memory by mapping: %w", err)
	}
	return kb, nil
}

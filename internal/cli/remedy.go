package cli

import (
	"errors"
	"io/fs"
	"os"

	"chancery/archive"
	"chancery/entities"
	"chancery/index"
)

// Remedy returns what a user of the command line can do about err, which
// the engine packages return without naming flags or commands; "" when
// there is nothing to add. dir is the archive the command used ("" when
// unknown).
func Remedy(err error, dir string) string {
	archiveFlag := ""
	if dir != "" {
		archiveFlag = " --archive " + dir
	}
	var damage index.Damage
	switch {
	case errors.Is(err, archive.ErrLocked):
		return "wait for it to finish, or pass --wait"
	case errors.Is(err, archive.ErrInUse):
		return "retry when it finishes, or pass --wait"
	case errors.Is(err, fs.ErrPermission):
		if dir == "" {
			return "check the permissions of the archive folder (a writer needs to write to it and its files)"
		}
		return "check the permissions of " + dir + " (a writer needs to write to it and its files)"
	case errors.Is(err, archive.ErrNoArchive):
		if st, serr := os.Stat(dir); serr == nil && !st.IsDir() {
			return dir + " is a file, not an archive folder: give --archive the archive's folder"
		}
		if dir == "" {
			return "run `indexer add --archive DIR FILES` first"
		}
		return "run `indexer add" + archiveFlag + " FILES` first"
	case errors.Is(err, archive.ErrCorrupt):
		return "run `indexer verify" + archiveFlag + "`"
	case errors.Is(err, archive.ErrFormat):
		return "use the binary that wrote it to `indexer export`, then ingest the export with this one"
	case errors.Is(err, archive.ErrWrongFormat):
		return "use another --format"
	case errors.Is(err, index.ErrUnreadable):
		return "run `indexer verify --repair" + archiveFlag + "` or `indexer rebuild" + archiveFlag + "` to build it again from the store"
	case errors.Is(err, index.ErrNoIndex), errors.Is(err, index.ErrSettings):
		return "run `indexer rebuild" + archiveFlag + "` to build it again from the store"
	case errors.Is(err, index.ErrDisagree):
		return "run `indexer verify --repair" + archiveFlag + "`"
	case errors.As(err, &damage):
		them := "them"
		if len(damage) == 1 {
			them = "it"
		}
		return "run `indexer verify --repair" + archiveFlag + "` to move " + them + " to quarantine"
	case errors.Is(err, entities.ErrRegistry):
		return "run `indexer retag" + archiveFlag + "` to rebuild it"
	}
	return ""
}

package indexcmd

import (
	"fmt"
	"os"

	"chancery/archive"
	"chancery/ingest"
)

// logIngest records an ingest run in the audit log: its command line
// (which names the inputs) and its counts. A full disk may refuse the
// entry too; the run's own error says so already.
func logIngest(w *writer, command string, st ingest.Stats, err error) {
	detail := st.String()
	if err != nil {
		detail = "stopped: " + detail + ": " + err.Error()
	}
	w.ix.Store.Audit(archive.AuditEntry{Command: command, Action: archive.ActionIngest, Detail: detail})
}

// auditAlone records e in the archive in dir, for a command that does not
// otherwise open it (alias): under the writer lock, so that it waits for
// or fails on a running writer like any other. An archive not created yet
// has no log.
func auditAlone(dir string, wait bool, e archive.AuditEntry) error {
	if _, err := os.Stat(archive.StoreFile(dir)); err != nil {
		return nil
	}
	lock, err := archive.Lock(dir, e.Command, wait)
	if err != nil {
		return err
	}
	defer lock.Unlock()
	st, err := archive.Open(dir, archive.StoreOptions{Timeout: storeTimeout(wait)})
	if err != nil {
		return err
	}
	defer st.Close()
	return st.Audit(e)
}

func errOrOK(err error) string {
	if err == nil {
		return "ok"
	}
	return fmt.Sprint(err)
}

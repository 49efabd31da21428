package archive

import (
	"encoding/binary"
	"encoding/json"
	"fmt"
	"iter"
	"os"
	"os/user"
	"time"

	bolt "go.etcd.io/bbolt"
)

// AuditEntry is one change recorded in the archive's audit log: who ran
// which command when, on which articles, and what a value was before and
// after. The store writes the entries of edits, tags, removals and
// quarantines in the transaction that makes the change, so the log and the
// archive cannot disagree.
type AuditEntry struct {
	Seq     uint64    `json:"seq"`
	Time    time.Time `json:"time"`
	User    string    `json:"user"`
	Command string    `json:"command"`
	Action  string    `json:"action"`
	IDs     []string  `json:"ids,omitempty"`
	// Before and After hold what changed, as JSON: the fields of an edit,
	// the tags added and removed, a correction before a conflict.
	Before json.RawMessage `json:"before,omitempty"`
	After  json.RawMessage `json:"after,omitempty"`
	// Detail is a one-line summary: an ingest's counts and inputs, a
	// removal's reason.
	Detail string `json:"detail,omitempty"`
}

// Audit actions.
const (
	ActionIngest     = "ingest"
	ActionEdit       = "edit"
	ActionTag        = "tag"
	ActionRemove     = "rm"
	ActionUnremove   = "unrm"
	ActionMerge      = "merge"
	ActionAlias      = "alias"
	ActionRetag      = "retag"
	ActionRebuild    = "rebuild"
	ActionRepair     = "repair"
	ActionQuarantine = "quarantine"
	ActionConflict   = "conflict"
	ActionRestore    = "restore-backup"
)

// CurrentUser is the name the audit log records for this process: the OS
// user, else $USER, else the uid.
func CurrentUser() string {
	if u, err := user.Current(); err == nil && u.Username != "" {
		return u.Username
	}
	if u := os.Getenv("USER"); u != "" {
		return u
	}
	return fmt.Sprintf("uid %d", os.Getuid())
}

// Audit appends entries to the audit log in one transaction, filling in
// their time and user when unset.
func (s *Store) Audit(entries ...AuditEntry) error {
	err := s.db.Update(func(tx *bolt.Tx) error {
		for _, e := range entries {
			if err := appendAudit(tx, e); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("write the audit log of %s: %w", s.dir, err)
	}
	return nil
}

// appendAudit appends e in tx. Keys are 8-byte big-endian sequence
// numbers, so the log reads back in order.
func appendAudit(tx *bolt.Tx, e AuditEntry) error {
	b, err := tx.CreateBucketIfNotExists(bucketAudit)
	if err != nil {
		return err
	}
	seq, err := b.NextSequence()
	if err != nil {
		return err
	}
	e.Seq = seq
	if e.Time.IsZero() {
		e.Time = time.Now().UTC()
	}
	if e.User == "" {
		e.User = CurrentUser()
	}
	v, err := json.Marshal(e)
	if err != nil {
		return err
	}
	var k [8]byte
	binary.BigEndian.PutUint64(k[:], seq)
	return b.Put(k[:], v)
}

// AuditLog iterates over the audit log from the oldest entry, inside one
// read transaction. An entry that does not decode is yielded as an error
// and the iteration carries on.
func (s *Store) AuditLog() iter.Seq2[AuditEntry, error] {
	return func(yield func(AuditEntry, error) bool) {
		err := s.db.View(func(tx *bolt.Tx) error {
			b := tx.Bucket(bucketAudit)
			if b == nil {
				return nil
			}
			c := b.Cursor()
			for k, v := c.First(); k != nil; k, v = c.Next() {
				var e AuditEntry
				if err := json.Unmarshal(v, &e); err != nil {
					if !yield(e, fmt.Errorf("audit entry %x: %w: %v", k, ErrFormat, err)) {
						return errStop
					}
					continue
				}
				if !yield(e, nil) {
					return errStop
				}
			}
			return nil
		})
		if err != nil && err != errStop {
			yield(AuditEntry{}, err)
		}
	}
}

// rawJSON marshals v for AuditEntry.Before and After; nil stays nil.
func rawJSON(v any) json.RawMessage {
	if v == nil {
		return nil
	}
	data, err := json.Marshal(v)
	if err != nil {
		return nil
	}
	return data
}

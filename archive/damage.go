package archive

import (
	"errors"
	"fmt"
	"iter"

	bolt "go.etcd.io/bbolt"
)

// DamagedError is the error for one stored record that does not decode: a
// flipped byte, a truncated value, or a codec or field this binary does not
// know. It wraps ErrFormat. The rest of the store is unaffected: Articles
// yields it for that record and carries on, and the maintenance commands
// report it and go on with the other articles.
type DamagedError struct {
	ID  string
	Err error
}

func (e *DamagedError) Error() string {
	return fmt.Sprintf("article %q: damaged record: %v", e.ID, e.Err)
}

func (e *DamagedError) Unwrap() error { return e.Err }

// Damaged returns the id of the damaged record err names, and whether err
// is one (a *DamagedError anywhere in its chain).
func Damaged(err error) (string, bool) {
	var de *DamagedError
	if errors.As(err, &de) {
		return de.ID, true
	}
	return "", false
}

// Quarantine moves the records of ids from the articles bucket to the
// quarantine bucket, byte for byte, and journals their removal from the
// index. It returns the ids moved (ids not stored are left out). A
// quarantined record is out of every command's way and still on disk for
// whoever wants to try to read it.
func (s *Store) Quarantine(ids []string, e AuditEntry) ([]string, error) {
	var moved []string
	err := s.db.Update(func(tx *bolt.Tx) error {
		moved = moved[:0]
		ab, jb := tx.Bucket(bucketArticles), tx.Bucket(bucketJournal)
		qb, err := tx.CreateBucketIfNotExists(bucketQuarantine)
		if err != nil {
			return err
		}
		for _, id := range ids {
			v := ab.Get([]byte(id))
			if v == nil {
				continue
			}
			if err := qb.Put([]byte(id), append([]byte(nil), v...)); err != nil {
				return err
			}
			if err := ab.Delete([]byte(id)); err != nil {
				return err
			}
			if err := jb.Put([]byte(id), []byte(OpDelete)); err != nil {
				return err
			}
			moved = append(moved, id)
		}
		if len(moved) == 0 {
			return nil
		}
		if err := upgradeFormat(tx); err != nil {
			return err
		}
		e.Action, e.IDs = ActionQuarantine, moved
		return appendAudit(tx, e)
	})
	if err != nil {
		return nil, fmt.Errorf("quarantine %d records in %s: %w", len(ids), s.dir, err)
	}
	return moved, nil
}

// Quarantined lists the ids of the quarantined records with their size.
func (s *Store) Quarantined() iter.Seq2[string, int] {
	return func(yield func(string, int) bool) {
		s.db.View(func(tx *bolt.Tx) error {
			qb := tx.Bucket(bucketQuarantine)
			if qb == nil {
				return nil
			}
			c := qb.Cursor()
			for k, v := c.First(); k != nil; k, v = c.Next() {
				if !yield(string(k), len(v)) {
					return nil
				}
			}
			return nil
		})
	}
}

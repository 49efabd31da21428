package archive

import (
	"encoding/json"
	"fmt"
	"iter"
	"time"

	bolt "go.etcd.io/bbolt"
)

// Tombstone marks a removed article (a takedown): the ingest skips input
// with its id, so re-ingesting the source does not bring it back. It keeps
// the record as it was, so that Unremove can put it back.
type Tombstone struct {
	Reason string    `json:"reason"`
	Time   time.Time `json:"time"`
	User   string    `json:"user"`
	Title  string    `json:"title,omitempty"`
	Record []byte    `json:"record"`
}

// Remove moves the articles ids from the store to tombstones with reason,
// journals their removal from the index and records e in the audit log,
// in one transaction. It returns the ids removed; ids not stored are
// returned in missing and left alone.
func (s *Store) Remove(ids []string, reason string, e AuditEntry) (removed, missing []string, err error) {
	now := time.Now().UTC()
	user := CurrentUser()
	err = s.db.Update(func(tx *bolt.Tx) error {
		removed, missing = nil, nil
		ab, jb := tx.Bucket(bucketArticles), tx.Bucket(bucketJournal)
		tb, err := tx.CreateBucketIfNotExists(bucketTombstones)
		if err != nil {
			return err
		}
		for _, id := range ids {
			v := ab.Get([]byte(id))
			if v == nil {
				missing = append(missing, id)
				continue
			}
			t := Tombstone{Reason: reason, Time: now, User: user, Record: append([]byte(nil), v...)}
			if a, err := decodeRecord(v); err == nil {
				t.Title = a.Title
			}
			tv, err := json.Marshal(t)
			if err != nil {
				return err
			}
			if err := tb.Put([]byte(id), tv); err != nil {
				return err
			}
			if err := ab.Delete([]byte(id)); err != nil {
				return err
			}
			if err := jb.Put([]byte(id), []byte(OpDelete)); err != nil {
				return err
			}
			removed = append(removed, id)
		}
		if len(removed) == 0 {
			return nil
		}
		if err := upgradeFormat(tx); err != nil {
			return err
		}
		if e.Action == "" {
			e.Action = ActionRemove
		}
		e.IDs, e.Detail = removed, reason
		if err := appendAudit(tx, e); err != nil {
			return err
		}
		Pause(PauseRemoveTx)
		return nil
	})
	if err != nil {
		return nil, nil, fmt.Errorf("remove %d articles from %s: %w", len(ids), s.dir, err)
	}
	return removed, missing, nil
}

// Unremove puts removed articles back as they were when removed and drops
// their tombstones, journaling them for the index, in one transaction. It
// returns the ids restored; ids with no tombstone are returned in missing.
func (s *Store) Unremove(ids []string, e AuditEntry) (restored, missing []string, err error) {
	err = s.db.Update(func(tx *bolt.Tx) error {
		restored, missing = nil, nil
		ab, jb := tx.Bucket(bucketArticles), tx.Bucket(bucketJournal)
		tb := tx.Bucket(bucketTombstones)
		for _, id := range ids {
			var v []byte
			if tb != nil {
				v = tb.Get([]byte(id))
			}
			if v == nil {
				missing = append(missing, id)
				continue
			}
			var t Tombstone
			if err := json.Unmarshal(v, &t); err != nil {
				return fmt.Errorf("tombstone of %q: %w: %v", id, ErrFormat, err)
			}
			ab.FillPercent = fillPercent
			if err := ab.Put([]byte(id), t.Record); err != nil {
				return err
			}
			if err := tb.Delete([]byte(id)); err != nil {
				return err
			}
			if err := jb.Put([]byte(id), []byte(OpPut)); err != nil {
				return err
			}
			restored = append(restored, id)
		}
		if len(restored) == 0 {
			return nil
		}
		e.Action, e.IDs = ActionUnremove, restored
		return appendAudit(tx, e)
	})
	if err != nil {
		return nil, nil, fmt.Errorf("restore %d articles in %s: %w", len(ids), s.dir, err)
	}
	return restored, missing, nil
}

// Tombstones iterates over every tombstone in id order.
func (s *Store) Tombstones() iter.Seq2[string, *Tombstone] {
	return func(yield func(string, *Tombstone) bool) {
		s.db.View(func(tx *bolt.Tx) error {
			tb := tx.Bucket(bucketTombstones)
			if tb == nil {
				return nil
			}
			c := tb.Cursor()
			for k, v := c.First(); k != nil; k, v = c.Next() {
				t := &Tombstone{}
				if json.Unmarshal(v, t) != nil {
					continue
				}
				if !yield(string(k), t) {
					return nil
				}
			}
			return nil
		})
	}
}

// Article decodes the removed article kept in t.
func (t *Tombstone) Article() (*Article, error) { return decodeRecord(t.Record) }

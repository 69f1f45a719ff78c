package sqlite

import (
	"errors"
	"fmt"
	"os"
	"sync"
	"sync/atomic"
)

// WALSync lets one writer connection commit without waiting for the disk
// while it holds the write lock, and still answer no caller before its
// commit is durable: PostgreSQL's split of "insert into the WAL" from
// "flush the WAL", for SQLite.
//
// The writer connection runs with synchronous=NORMAL, so COMMIT writes the
// transaction's frames to the -wal file but does not fsync it. After each
// COMMIT (still under its own write lock) the writer calls Committed and
// gets a sequence number; after releasing the lock it calls Sync with that
// number, which returns once an fdatasync of the -wal file that started
// after the commit has succeeded. One fdatasync covers every commit made
// before it started, so commits that finish while one sync runs share the
// next (group commit), and the next transaction's work overlaps the
// previous one's disk wait. A checkpoint (which copies frames into the
// database file) fsyncs the WAL before copying and the database after, so
// frames moved out of the WAL are durable too. The durability of a commit
// whose Sync returned nil is that of synchronous=FULL.
//
// A failed fdatasync is final (after one, the kernel may have dropped the
// dirty pages and a later fsync can succeed without writing them): every
// later Sync returns the same error, and the process must be restarted.
type WALSync struct {
	path      string
	committed atomic.Uint64

	mu     sync.Mutex
	synced uint64   // every commit numbered up to this is durable
	f      *os.File // the -wal file, reopened when it is replaced
	fi     os.FileInfo
	err    error // sticky after a failed fdatasync
}

// WALSync returns the syncer for this database's -wal file. The caller
// sets synchronous=NORMAL on its own writer connection only; every other
// connection stays at FULL.
func (db *DB) WALSync() *WALSync { return &WALSync{path: db.Path + "-wal"} }

// Committed numbers a commit just made; call it right after COMMIT,
// before another transaction can commit on the same connection.
func (w *WALSync) Committed() uint64 { return w.committed.Add(1) }

// Sync returns once the commit numbered seq (and every one before it) is
// on disk.
func (w *WALSync) Sync(seq uint64) error {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.err != nil {
		return w.err
	}
	if w.synced >= seq {
		return nil // a sync that started after this commit already finished
	}
	upTo := w.committed.Load() // every commit numbered so far is in the file
	if err := w.fdatasync(); err != nil {
		w.err = fmt.Errorf("sqlite: the write-ahead log %s could not be synced to disk (%w); commits since the last sync may be lost; restart the server", w.path, err)
		return w.err
	}
	w.synced = upTo
	return nil
}

// fdatasync syncs the -wal file now at w.path. The file is reopened when
// it was replaced (a new inode), so the sync reaches the live log.
func (w *WALSync) fdatasync() error {
	st, err := os.Stat(w.path)
	if err != nil {
		if errors.Is(err, os.ErrNotExist) && w.f == nil {
			return nil // no commit has written a log yet
		}
		return err
	}
	if w.f == nil || !os.SameFile(st, w.fi) {
		if w.f != nil {
			w.f.Close()
		}
		f, err := os.OpenFile(w.path, os.O_RDWR, 0)
		if err != nil {
			w.f = nil
			return err
		}
		if w.fi, err = f.Stat(); err != nil {
			f.Close()
			w.f = nil
			return err
		}
		w.f = f
	}
	return fdatasync(w.f)
}

// Close releases the file handle.
func (w *WALSync) Close() error {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.f == nil {
		return nil
	}
	err := w.f.Close()
	w.f = nil
	return err
}

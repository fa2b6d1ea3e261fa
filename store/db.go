package store

import (
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"runtime/debug"
	"strconv"
	"sync"
	"time"

	bolt "go.etcd.io/bbolt"
	bolterrors "go.etcd.io/bbolt/errors"
)

// SchemaVersion is the layout of buckets this build writes (see the package
// doc). It is not kabar.SchemaVersion, which names the exported record.
const SchemaVersion = 4

// readableSchema is the oldest schema a read-only opener reads as it is,
// without the migration only a writer may run: schema 2 differs from 3
// only in founders carrying their cluster in their records, which readers
// accept (withGroupFields), and 3 from 4 only in where the group entries
// are kept (clusters, or members), which readers find (groupIndex), and
// in the dups bucket, which readers no longer need.
const readableSchema = 2

// DefaultLockTimeout is how long Open waits for another process to release
// the file before giving up.
const DefaultLockTimeout = 3 * time.Second

var (
	bucketMeta     = []byte("meta")
	bucketArticles = []byte("articles")
	bucketSeen     = []byte("seen")
	bucketRaw      = []byte("raw")
	bucketURLs     = []byte("urls")
	bucketDays     = []byte("days")
	bucketChanges  = []byte("changes")
	bucketFailures = []byte("failures")
	bucketRuns     = []byte("runs")
	bucketCursors  = []byte("cursors")
	// bucketDedup, bucketMembers: see dedup.go.

	keySchema = []byte("schema")
)

// allBuckets lists the buckets of SchemaVersion; Open creates the missing
// ones so that every other method may assume they exist.
var allBuckets = [][]byte{
	bucketMeta, bucketArticles, bucketSeen, bucketRaw, bucketURLs,
	bucketDays, bucketChanges, bucketFailures, bucketRuns, bucketCursors,
	bucketDedup, bucketMembers,
}

// ErrInUse is Open's cause when another process holds the file.
var ErrInUse = errors.New("in use by another kabar process")

// ErrNotFound is returned (wrapped) when a looked-up value is not stored.
var ErrNotFound = errors.New("not found")

// DB is an open kabar store. Its methods are safe for concurrent use.
type DB struct {
	bolt     *bolt.DB
	path     string
	readOnly bool
	log      *slog.Logger
	batcher  batcher
	// dedup: Put finds and indexes duplicates (see dedup.go); dix is a
	// writer's in-memory duplicate index (dedupindex.go), nil otherwise.
	dedup bool
	dix   *memIndex
	// presized: the writer maps more than the file holds (mapSize), and
	// each write transaction sets how the file grows (growStep).
	presized bool

	// file is the writer's handle on the store file, whose flock goes
	// exclusive only around write transactions (see share_unix.go), and
	// writerLock the lock file that keeps other writers out; both nil for
	// a reader. wmu makes each write transaction one lock-commit-share
	// step.
	file       *os.File
	writerLock *os.File
	wmu        sync.Mutex
}

type options struct {
	lockTimeout time.Duration
	readOnly    bool
	shared      bool
	batchDelay  time.Duration
	noSync      bool
	noDedup     bool
	log         *slog.Logger
}

// Option changes how Open opens a store.
type Option func(*options)

// WithLockTimeout sets how long Open waits for another process holding the
// file. Zero or less means DefaultLockTimeout; bbolt's "wait forever" is
// never used, because a cron job must not hang.
func WithLockTimeout(d time.Duration) Option {
	return func(o *options) { o.lockTimeout = d }
}

// WithReadOnly opens an existing store for reading only. Several read-only
// openers may share the file; a writer excludes them all.
func WithReadOnly() Option {
	return func(o *options) { o.readOnly = true }
}

// WithShared opens the store read-only beside a running writer (a crawl or
// an ingest): Open does not refuse it, and the writer's next commit waits
// until Close, so a sharing reader must close within milliseconds (kabar
// serve opens, reads and closes per request). See share_unix.go.
func WithShared() Option {
	return func(o *options) { o.readOnly, o.shared = true, true }
}

// WithBatchDelay makes each group of concurrent writes wait d for more
// company before committing. The default, zero, commits as soon as the
// previous commit ends, which already groups parallel writers; a delay only
// helps when writers arrive far apart, and slows every write by d.
func WithBatchDelay(d time.Duration) Option {
	return func(o *options) { o.batchDelay = d }
}

// WithNoSync skips fsync on commit. Only for throwaway stores (tests,
// benchmarks): a crash may then corrupt the file.
func WithNoSync() Option {
	return func(o *options) { o.noSync = true }
}

// WithoutDedup turns duplicate detection off: records are stored without
// duplicate_of and cluster and are not indexed. For measuring what
// detection costs, and for a store that is deduplicated elsewhere.
func WithoutDedup() Option {
	return func(o *options) { o.noDedup = true }
}

// WithLogger sets the logger for store events; the default is slog.Default.
func WithLogger(l *slog.Logger) Option {
	return func(o *options) { o.log = l }
}

// Open opens the store at path, creating the file (but not its folder) when
// it does not exist. Errors are one line naming the file and the cause: the
// folder is missing, the file is not a bbolt file or not a kabar store,
// another process holds it, or it was written by a newer kabar.
func Open(path string, opts ...Option) (*DB, error) {
	o := options{lockTimeout: DefaultLockTimeout, log: slog.Default()}
	for _, opt := range opts {
		opt(&o)
	}
	if o.lockTimeout <= 0 {
		o.lockTimeout = DefaultLockTimeout
	}
	if path == "" {
		return nil, errors.New("open store: empty path")
	}
	if err := checkPath(path, o.readOnly); err != nil {
		return nil, fmt.Errorf("open store %s: %w", path, err)
	}
	var writerLock, file *os.File
	switch {
	case !o.readOnly:
		wl, err := lockWriter(path, o.lockTimeout)
		if err != nil {
			return nil, fmt.Errorf("open store %s: %w", path, err)
		}
		writerLock = wl
	case !o.shared:
		if err := checkNoWriter(path, o.lockTimeout); err != nil {
			return nil, fmt.Errorf("open store %s: %w", path, err)
		}
	}
	bopts := &bolt.Options{
		Timeout:  o.lockTimeout,
		ReadOnly: o.readOnly,
		NoSync:   o.noSync,
		OpenFile: func(name string, flag int, perm os.FileMode) (*os.File, error) {
			f, err := os.OpenFile(name, flag, perm)
			file = f
			return f, err
		},
	}
	if !o.readOnly {
		bopts.InitialMmapSize = mapSize(path)
	}
	bdb, err := openBolt(path, bopts)
	if err != nil && bopts.InitialMmapSize > 0 && isMapError(err) {
		bopts.InitialMmapSize = 0
		bdb, err = openBolt(path, bopts)
	}
	if err == nil && bopts.InitialMmapSize > 0 {
		if fi, e := os.Stat(path); e == nil {
			bdb.AllocSize = growStep(fi.Size())
		} else {
			bdb.AllocSize = growStep(0)
		}
	}
	if err != nil {
		closeFile(writerLock)
		err = describeOpenError(err)
		if errors.Is(err, ErrInUse) {
			if h := lockHolder(path); h != "" {
				err = fmt.Errorf("%w (%s)", err, h)
			}
		}
		return nil, fmt.Errorf("open store %s: %w", path, err)
	}
	db := &DB{bolt: bdb, path: path, readOnly: o.readOnly, log: o.log, writerLock: writerLock, dedup: !o.noDedup, presized: bopts.InitialMmapSize > 0}
	if !o.readOnly {
		db.file = file
	}
	db.batcher = batcher{db: db, linger: o.batchDelay}
	if err := db.init(); err != nil {
		_ = bdb.Close()
		closeFile(writerLock)
		return nil, fmt.Errorf("open store %s: %w", path, err)
	}
	if !o.readOnly && db.dedup {
		db.dix = &memIndex{}
	}
	if db.file != nil {
		if err := shareFile(db.file); err != nil {
			_ = bdb.Close()
			closeFile(writerLock)
			return nil, fmt.Errorf("open store %s: %w", path, err)
		}
	}
	return db, nil
}

func closeFile(f *os.File) {
	if f != nil {
		_ = f.Close()
	}
}

// openBolt is bolt.Open that turns a panic on a corrupt file (bbolt trusts
// the pages it maps) into an error.
func openBolt(path string, opts *bolt.Options) (db *bolt.DB, err error) {
	// A truncated file makes bbolt read past the end of its mapping, a
	// memory fault that is fatal unless turned into a panic.
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	defer func() {
		if r := recover(); r != nil {
			db, err = nil, fmt.Errorf("corrupt bbolt file: %v", r)
		}
	}()
	return bolt.Open(path, 0o644, opts)
}

// checkPath turns the common mistakes into plain words before bbolt sees
// them: bbolt would report a missing folder as a bare ENOENT.
func checkPath(path string, readOnly bool) error {
	dir := filepath.Dir(path)
	st, err := os.Stat(dir)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return fmt.Errorf("folder %s does not exist", dir)
	case err != nil:
		return err
	case !st.IsDir():
		return fmt.Errorf("%s is not a folder", dir)
	}
	st, err = os.Stat(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		if readOnly {
			return errors.New("no such store")
		}
		return nil
	case err != nil:
		return err
	case st.IsDir():
		return errors.New("is a folder, not a store file")
	}
	return nil
}

func describeOpenError(err error) error {
	switch {
	case errors.Is(err, bolterrors.ErrTimeout):
		return ErrInUse
	case errors.Is(err, bolterrors.ErrInvalid),
		errors.Is(err, bolterrors.ErrVersionMismatch),
		errors.Is(err, bolterrors.ErrChecksum),
		errors.Is(err, bolterrors.ErrInvalidMapping):
		return errors.New("not a kabar store (not a bbolt file)")
	}
	return err
}

// init checks the schema version and, when writable, creates the missing
// buckets. A bbolt file that holds buckets but no kabar meta bucket belongs
// to some other program and is refused rather than written into.
func (db *DB) init() error {
	check := func(tx *bolt.Tx) error {
		meta := tx.Bucket(bucketMeta)
		if meta == nil {
			foreign := false
			_ = tx.ForEach(func([]byte, *bolt.Bucket) error {
				foreign = true
				return errStop
			})
			if foreign {
				return errors.New("not a kabar store (a bbolt file of another program)")
			}
			return nil
		}
		v, err := strconv.Atoi(string(meta.Get(keySchema)))
		if err != nil {
			return fmt.Errorf("not a kabar store (bad schema version %q)", meta.Get(keySchema))
		}
		if v > SchemaVersion {
			return fmt.Errorf("written by a newer kabar (store schema %d, this build reads up to %d)", v, SchemaVersion)
		}
		return nil
	}
	if db.readOnly {
		return db.view(func(tx *bolt.Tx) error {
			if err := check(tx); err != nil {
				return err
			}
			meta := tx.Bucket(bucketMeta)
			if meta == nil {
				return errors.New("not a kabar store (empty bbolt file)")
			}
			if v, _ := strconv.Atoi(string(meta.Get(keySchema))); v < readableSchema {
				return fmt.Errorf("store schema %d is older than %d: open it once for writing to migrate", v, readableSchema)
			}
			return nil
		})
	}
	return db.update(func(tx *bolt.Tx) error {
		if err := check(tx); err != nil {
			return err
		}
		for _, name := range allBuckets {
			if _, err := tx.CreateBucketIfNotExists(name); err != nil {
				return fmt.Errorf("create bucket %s: %w", name, err)
			}
		}
		meta := tx.Bucket(bucketMeta)
		from := SchemaVersion // a new file is born current
		if v := meta.Get(keySchema); v != nil {
			from, _ = strconv.Atoi(string(v)) // check has validated it
		}
		for v := from + 1; v <= SchemaVersion; v++ {
			if err := migrations[v](tx); err != nil {
				return fmt.Errorf("migrate store schema %d to %d: %w", v-1, v, err)
			}
			db.log.Info("migrated store", "path", db.path, "schema", v)
		}
		return meta.Put(keySchema, []byte(strconv.Itoa(SchemaVersion)))
	})
}

// migrations[v] turns a store of schema v-1 into schema v. Open runs the
// missing ones, oldest first, in the transaction that creates new buckets,
// so a failed migration leaves the file as it was. Schema 1 is the first.
var migrations = map[int]func(*bolt.Tx) error{
	// 2: groups of copies that do not depend on arrival order (the
	// members bucket, copies posted under their anchors, founders by
	// publication date).
	2: regroupAll,
	// 3: a founder's cluster filled at read time from the clusters
	// bucket instead of written into its record.
	3: stripFounders,
	// 4: a group's entry kept in members beside its members (the
	// clusters bucket folded in), and no index of copies (dups): a
	// copy is told by its record and its members entry.
	4: foldGroups,
}

// errStop ends a ForEach early; it never leaves this package.
var errStop = errors.New("stop")

// Close releases the file. Calls after the first return nil.
func (db *DB) Close() error {
	err := db.bolt.Close()
	if db.writerLock != nil {
		_ = db.writerLock.Close() // after bbolt's own lock is gone
		db.writerLock = nil
	}
	if err != nil {
		return fmt.Errorf("close store %s: %w", db.path, err)
	}
	return nil
}

// Path is the file the store was opened from.
func (db *DB) Path() string { return db.path }

// view and update run fn and turn a panic inside bbolt (which it raises on
// some corrupt pages), or a memory fault on its mapping, into an error naming
// the file, so a bad file never takes the process down. Writes go through
// batch, which commits on a caller's goroutine for the same reason.
func (db *DB) view(fn func(*bolt.Tx) error) (err error) {
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	defer db.recoverCorrupt(&err)
	return db.bolt.View(fn)
}

func (db *DB) update(fn func(*bolt.Tx) error) (err error) {
	if db.file != nil {
		db.wmu.Lock()
		defer db.wmu.Unlock()
		if err := exclusiveFile(db.file); err != nil {
			return err
		}
		defer func() {
			if e := shareFile(db.file); e != nil && err == nil {
				err = e
			}
		}()
	}
	if db.dix != nil {
		// The in-memory index follows the committed log: a failed
		// transaction that changed it drops it (memIndex.end).
		db.dix.mu.Lock()
		defer db.dix.mu.Unlock()
		defer func() { db.dix.end(err == nil) }()
	}
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	defer db.recoverCorrupt(&err)
	if !db.presized {
		return db.bolt.Update(fn)
	}
	return db.bolt.Update(func(tx *bolt.Tx) error {
		if err := fn(tx); err != nil {
			return err
		}
		// Read by the commit, in this goroutine (see growStep).
		db.bolt.AllocSize = growStep(tx.Size())
		return nil
	})
}

// batch runs fn in a transaction shared with concurrent writers (see
// batcher); fn may run more than once.
func (db *DB) batch(fn func(*bolt.Tx) error) error {
	return db.batcher.do(fn)
}

func (db *DB) recoverCorrupt(err *error) {
	if r := recover(); r != nil {
		*err = fmt.Errorf("store %s is corrupt: %v", db.path, r)
	}
}

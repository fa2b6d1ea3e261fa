// Package queue shares kabar's ingest work between machines through a NATS
// JetStream work-queue stream: one message per WARC file, taken by exactly
// one worker at a time, removed only when that worker acknowledges it after
// its records are committed to its own store. A worker that dies leaves its
// task unacknowledged; the server hands it to another worker once the ack
// wait has passed. Redelivery may store a file's records in two shards;
// readers merge shards by record id, so that is harmless.
//
// The package holds no kabar logic: it moves task names and worker
// progress. The work itself is the caller's (see cmd/kabar's worker).
package queue

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net/url"
	"os"
	"strings"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
)

// DefaultName is the stream name when the queue URL names none.
const DefaultName = "KABAR"

// DefaultAckWait is how long the server waits for a sign of life from the
// worker holding a task before handing the task to another worker.
const DefaultAckWait = 30 * time.Second

// A task that fails (not for good, not by a stop) is tried again after
// retryDelay, at most maxDeliveries times in all.
const (
	retryDelay    = 10 * time.Second
	maxDeliveries = 5
)

// consumerName is the one durable consumer all workers pull from, so that
// each task goes to one of them.
const consumerName = "workers"

// Options are the connection settings. TLS and credential files go to the
// NATS client unchanged.
type Options struct {
	CredsFile string // a NATS .creds file (JWT and seed)
	CertFile  string // client certificate for TLS
	KeyFile   string // its key
	CAFile    string // the CA that signed the server's certificate
	// AckWait is the consumer's ack wait, set when the queue is created
	// (default DefaultAckWait).
	AckWait time.Duration
	Log     *slog.Logger
}

// Queue is one work queue on a NATS server.
type Queue struct {
	URL  string // the server URL, without the name
	Name string // the stream name
	nc   *nats.Conn
	js   jetstream.JetStream
	opts Options
}

// Task is one WARC file to ingest: a local path (which every worker must be
// able to read, as on a shared file system) or an http(s) URL.
type Task struct {
	Source string `json:"source"`
}

// ParseURL splits nats://HOST:PORT[/NAME] (also tls://) into the server URL
// and the stream name (DefaultName when the path is empty).
func ParseURL(s string) (server, name string, err error) {
	u, err := url.Parse(s)
	if err != nil || u.Host == "" {
		return "", "", fmt.Errorf("queue URL %q: want nats://HOST:PORT[/NAME]", s)
	}
	switch u.Scheme {
	case "nats", "tls":
	default:
		return "", "", fmt.Errorf("queue URL %q: scheme must be nats:// or tls://", s)
	}
	name = strings.Trim(u.Path, "/")
	if name == "" {
		name = DefaultName
	}
	if strings.ContainsAny(name, ".*> /\\\t") {
		return "", "", fmt.Errorf("queue URL %q: the name %q may not hold . * > / or spaces", s, name)
	}
	u.Path, u.RawPath = "", ""
	return u.String(), name, nil
}

// Open connects to the server named by rawURL and makes sure the stream and
// its consumer exist. An unreachable server is one error line naming it.
func Open(ctx context.Context, rawURL string, o Options) (*Queue, error) {
	server, name, err := ParseURL(rawURL)
	if err != nil {
		return nil, err
	}
	if o.AckWait <= 0 {
		o.AckWait = DefaultAckWait
	}
	if o.Log == nil {
		o.Log = slog.New(slog.DiscardHandler)
	}
	host, _ := os.Hostname()
	nopts := []nats.Option{
		nats.Name(fmt.Sprintf("kabar %s:%d", host, os.Getpid())),
		nats.Timeout(5 * time.Second),
		// Ride out a short server restart; a task in hand keeps its
		// heartbeats going once the connection is back.
		nats.MaxReconnects(60),
		nats.ReconnectWait(time.Second),
	}
	if o.CredsFile != "" {
		nopts = append(nopts, nats.UserCredentials(o.CredsFile))
	}
	if o.CertFile != "" || o.KeyFile != "" {
		nopts = append(nopts, nats.ClientCert(o.CertFile, o.KeyFile))
	}
	if o.CAFile != "" {
		nopts = append(nopts, nats.RootCAs(o.CAFile))
	}
	nc, err := nats.Connect(server, nopts...)
	if err != nil {
		return nil, fmt.Errorf("connect to NATS at %s: %w", redact(server), err)
	}
	js, err := jetstream.New(nc)
	if err != nil {
		nc.Close()
		return nil, fmt.Errorf("JetStream at %s: %w", redact(server), err)
	}
	q := &Queue{URL: server, Name: name, nc: nc, js: js, opts: o}
	if err := q.ensure(ctx); err != nil {
		nc.Close()
		return nil, err
	}
	return q, nil
}

// redact drops a password from a URL for messages.
func redact(s string) string {
	u, err := url.Parse(s)
	if err != nil {
		return s
	}
	return u.Redacted()
}

func (q *Queue) subject() string { return q.Name + ".tasks" }

// ensure creates the work-queue stream, the shared consumer and the
// workers' progress bucket when they do not exist yet.
func (q *Queue) ensure(ctx context.Context) error {
	_, err := ensureStream(ctx, q.js, jetstream.StreamConfig{
		Name:      q.Name,
		Subjects:  []string{q.subject()},
		Retention: jetstream.WorkQueuePolicy,
		Storage:   jetstream.FileStorage,
		// Enqueuing the same file twice within this window is one task.
		Duplicates: 24 * time.Hour,
	})
	if err != nil {
		return err
	}
	// The consumer keeps the ack wait it was created with; a worker's
	// heartbeats follow the consumer's, not its own flag.
	c, err := q.js.Consumer(ctx, q.Name, consumerName)
	if errors.Is(err, jetstream.ErrConsumerNotFound) {
		c, err = q.js.CreateConsumer(ctx, q.Name, jetstream.ConsumerConfig{
			Durable:       consumerName,
			AckPolicy:     jetstream.AckExplicitPolicy,
			AckWait:       q.opts.AckWait,
			MaxAckPending: -1,
		})
		if errors.Is(err, jetstream.ErrConsumerExists) {
			c, err = q.js.Consumer(ctx, q.Name, consumerName)
		}
	}
	if err != nil {
		return fmt.Errorf("create consumer of %s: %w", q.Name, err)
	}
	if w := c.CachedInfo().Config.AckWait; w > 0 {
		q.opts.AckWait = w
	}
	_, err = ensureKeyValue(ctx, q.js, jetstream.KeyValueConfig{
		Bucket: q.Name + "_workers",
		TTL:    7 * 24 * time.Hour,
	})
	return err
}

// ensureStream returns the stream cfg names, creating it when it does not
// exist. An existing stream is used as it is, never updated: every worker
// runs this at start, and an update racing another worker's consumer
// creation is needless work for the server (nats-server v2.15.3's file
// store even races on it under the race detector).
func ensureStream(ctx context.Context, js jetstream.JetStream, cfg jetstream.StreamConfig) (jetstream.Stream, error) {
	s, err := js.Stream(ctx, cfg.Name)
	if errors.Is(err, jetstream.ErrStreamNotFound) {
		s, err = js.CreateStream(ctx, cfg)
		if errors.Is(err, jetstream.ErrStreamNameAlreadyInUse) {
			s, err = js.Stream(ctx, cfg.Name)
		}
	}
	if err != nil {
		return nil, fmt.Errorf("create stream %s: %w", cfg.Name, err)
	}
	return s, nil
}

// ensureKeyValue is ensureStream for a key-value bucket: an existing
// bucket keeps the configuration (TTL) it was created with.
func ensureKeyValue(ctx context.Context, js jetstream.JetStream, cfg jetstream.KeyValueConfig) (jetstream.KeyValue, error) {
	kv, err := js.KeyValue(ctx, cfg.Bucket)
	if errors.Is(err, jetstream.ErrBucketNotFound) {
		kv, err = js.CreateKeyValue(ctx, cfg)
		if errors.Is(err, jetstream.ErrBucketExists) {
			kv, err = js.KeyValue(ctx, cfg.Bucket)
		}
	}
	if err != nil {
		return nil, fmt.Errorf("create bucket %s: %w", cfg.Bucket, err)
	}
	return kv, nil
}

// Close closes the connection.
func (q *Queue) Close() {
	if q != nil && q.nc != nil {
		q.nc.Close()
	}
}

// Enqueue puts one task per source on the queue and returns how many were
// new. A source already enqueued (within a day) is not queued twice: its
// message id is the source.
func (q *Queue) Enqueue(ctx context.Context, sources []string) (int, error) {
	n := 0
	for _, s := range sources {
		data, err := json.Marshal(Task{Source: s})
		if err != nil {
			return n, fmt.Errorf("enqueue %s: %w", s, err)
		}
		ack, err := q.js.Publish(ctx, q.subject(), data, jetstream.WithMsgID(s))
		if err != nil {
			return n, fmt.Errorf("enqueue %s: %w", s, err)
		}
		if !ack.Duplicate {
			n++
		}
	}
	return n, nil
}

// Status is the queue's progress.
type Status struct {
	Name        string
	Enqueued    uint64 // tasks ever put on the queue
	Waiting     uint64 // not taken yet
	InProgress  int    // taken, not yet acknowledged
	Done        uint64 // acknowledged (or given up as damaged)
	Redelivered int    // in progress after an earlier holder failed
	Workers     []WorkerStatus
}

// WorkerStatus is what a worker last reported about itself.
type WorkerStatus struct {
	ID        string    `json:"id"`
	DB        string    `json:"db"`
	Current   string    `json:"current,omitempty"`
	Committed int64     `json:"committed,omitempty"` // bytes of Current whose records are stored
	Files     int       `json:"files"`
	Records   int       `json:"records"`
	Articles  int       `json:"articles"`
	Busy      float64   `json:"busy_seconds"` // time spent on tasks
	Started   time.Time `json:"started"`
	Updated   time.Time `json:"updated"`
	Stopped   bool      `json:"stopped,omitempty"`
	LastError string    `json:"last_error,omitempty"`
}

// RecordsPerSecond is the worker's rate over the time it spent on tasks.
func (w WorkerStatus) RecordsPerSecond() float64 {
	if w.Busy <= 0 {
		return 0
	}
	return float64(w.Records) / w.Busy
}

// Status reads the stream, the consumer and the workers' reports.
func (q *Queue) Status(ctx context.Context) (Status, error) {
	st := Status{Name: q.Name}
	s, err := q.js.Stream(ctx, q.Name)
	if err != nil {
		return st, fmt.Errorf("stream %s: %w", q.Name, err)
	}
	si, err := s.Info(ctx)
	if err != nil {
		return st, fmt.Errorf("stream %s: %w", q.Name, err)
	}
	c, err := s.Consumer(ctx, consumerName)
	if err != nil {
		return st, fmt.Errorf("consumer of %s: %w", q.Name, err)
	}
	ci, err := c.Info(ctx)
	if err != nil {
		return st, fmt.Errorf("consumer of %s: %w", q.Name, err)
	}
	// In a work queue a message stays in the stream until it is
	// acknowledged: every sequence number not in the stream is done.
	st.Enqueued = si.State.LastSeq
	st.Done = si.State.LastSeq - si.State.Msgs
	st.Waiting = ci.NumPending
	st.InProgress = ci.NumAckPending
	st.Redelivered = ci.NumRedelivered
	kv, err := q.js.KeyValue(ctx, q.Name+"_workers")
	if err != nil {
		return st, fmt.Errorf("bucket %s_workers: %w", q.Name, err)
	}
	lister, err := kv.ListKeys(ctx)
	if err != nil {
		return st, fmt.Errorf("bucket %s_workers: %w", q.Name, err)
	}
	for k := range lister.Keys() {
		e, err := kv.Get(ctx, k)
		if err != nil {
			continue // deleted meanwhile
		}
		var w WorkerStatus
		if json.Unmarshal(e.Value(), &w) == nil {
			st.Workers = append(st.Workers, w)
		}
	}
	return st, nil
}

// Report saves a worker's progress for Status. Failing to report is logged,
// not fatal: progress display is no reason to stop work.
func (q *Queue) Report(ctx context.Context, w WorkerStatus) {
	w.Updated = time.Now().UTC()
	kv, err := q.js.KeyValue(ctx, q.Name+"_workers")
	if err == nil {
		var data []byte
		if data, err = json.Marshal(w); err == nil {
			_, err = kv.Put(ctx, workerKey(w.ID), data)
		}
	}
	if err != nil {
		q.opts.Log.Warn("report progress", "err", err)
	}
}

// workerKey makes a KV key of a worker id (letters, digits, - _ = . only).
func workerKey(id string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= '0' && r <= '9', r == '-', r == '_', r == '=':
			return r
		}
		return '_'
	}, id)
}

// ErrPermanent marks a task error that retrying cannot fix (a damaged
// file): the task is taken off the queue instead of redelivered.
var ErrPermanent = errors.New("permanent")

// Handler does one task. It returns nil once the task's results are
// durable; the task is then acknowledged. An error wrapping ErrPermanent
// drops the task; any other error, or ctx ending, releases it to another
// worker.
type Handler func(ctx context.Context, t Task) error

// WorkOptions shape Work.
type WorkOptions struct {
	// Drain makes Work return nil when no task is left in the queue (none
	// waiting, none in another worker's hands); otherwise it waits for
	// new tasks until ctx ends.
	Drain bool
	// OnDone is called after each task, with its outcome.
	OnDone func(t Task, err error)
}

// Work takes tasks one at a time and runs h on each until ctx ends. While h
// runs, a heartbeat tells the server the task is in progress, so a long
// file is not handed to another worker; a worker that dies stops the
// heartbeat and its task is redelivered after the ack wait.
func (q *Queue) Work(ctx context.Context, h Handler, wo WorkOptions) error {
	c, err := q.js.Consumer(ctx, q.Name, consumerName)
	if err != nil {
		return fmt.Errorf("consumer of %s: %w", q.Name, err)
	}
	for {
		if err := ctx.Err(); err != nil {
			return err
		}
		if wo.Drain {
			// Checked before waiting for a task, so that a draining worker
			// leaves as soon as the last task is acknowledged.
			if empty, err := q.empty(ctx); err != nil {
				return err
			} else if empty {
				return nil
			}
		}
		batch, err := c.Fetch(1, jetstream.FetchMaxWait(2*time.Second))
		if err != nil {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			return fmt.Errorf("take a task from %s: %w", q.Name, err)
		}
		var msg jetstream.Msg
		for m := range batch.Messages() {
			msg = m
		}
		if err := batch.Error(); err != nil && !errors.Is(err, nats.ErrTimeout) && !errors.Is(err, context.DeadlineExceeded) {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			return fmt.Errorf("take a task from %s: %w", q.Name, err)
		}
		if msg == nil {
			continue
		}
		if err := q.handle(ctx, msg, h, wo); err != nil {
			return err
		}
	}
}

// handle runs h on one message with heartbeats and settles the message.
// It returns an error only when the connection fails or ctx ended.
func (q *Queue) handle(ctx context.Context, msg jetstream.Msg, h Handler, wo WorkOptions) error {
	var t Task
	if err := json.Unmarshal(msg.Data(), &t); err != nil || t.Source == "" {
		q.opts.Log.Warn("dropping a malformed task", "data", string(msg.Data()))
		return msg.Term()
	}
	hbCtx, stopHB := context.WithCancel(context.Background())
	hbDone := make(chan struct{})
	go func() {
		defer close(hbDone)
		tick := time.NewTicker(max(q.opts.AckWait/3, 100*time.Millisecond))
		defer tick.Stop()
		for {
			select {
			case <-hbCtx.Done():
				return
			case <-tick.C:
				if err := msg.InProgress(); err != nil {
					q.opts.Log.Warn("heartbeat", "task", t.Source, "err", err)
				}
			}
		}
	}()
	err := h(ctx, t)
	stopHB()
	<-hbDone
	if wo.OnDone != nil {
		wo.OnDone(t, err)
	}
	// Settling must happen even when ctx has ended (SIGTERM): the
	// acknowledgement of work already committed, or the release of a task
	// left half done.
	settle, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	switch {
	case err == nil:
		if aerr := msg.DoubleAck(settle); aerr != nil {
			// The records are stored; the task will come again and store
			// nothing new.
			q.opts.Log.Warn("acknowledge", "task", t.Source, "err", aerr)
		}
	case errors.Is(err, ErrPermanent):
		q.opts.Log.Warn("task failed for good; dropped", "task", t.Source, "err", err)
		if terr := msg.TermWithReason(err.Error()); terr != nil {
			q.opts.Log.Warn("drop task", "task", t.Source, "err", terr)
		}
	default:
		if ctx.Err() == nil {
			q.opts.Log.Warn("task failed; released for another try", "task", t.Source, "err", err)
		}
		var nerr error
		switch md, merr := msg.Metadata(); {
		case ctx.Err() != nil:
			// Stopping: another worker may take it at once.
			nerr = msg.Nak()
		case merr == nil && md.NumDelivered >= maxDeliveries:
			q.opts.Log.Warn("task failed on every try; dropped", "task", t.Source, "tries", md.NumDelivered)
			nerr = msg.TermWithReason(err.Error())
		default:
			// A failure (a download refused, a full disk) is given time
			// to pass instead of going round the workers at once.
			nerr = msg.NakWithDelay(retryDelay)
		}
		if nerr == nil {
			// The nak is a plain publish: make sure it left before the
			// process exits.
			nerr = q.nc.FlushWithContext(settle)
		}
		if nerr != nil {
			q.opts.Log.Warn("release task", "task", t.Source, "err", nerr)
		}
	}
	return ctx.Err()
}

// empty reports whether the stream holds no task at all: none waiting and
// none in a worker's hands (a work queue drops a task when it is acked).
func (q *Queue) empty(ctx context.Context) (bool, error) {
	s, err := q.js.Stream(ctx, q.Name)
	if err != nil {
		return false, fmt.Errorf("stream %s: %w", q.Name, err)
	}
	return s.CachedInfo().State.Msgs == 0, nil
}

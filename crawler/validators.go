package crawler

import (
	"bytes"
	"errors"
	"fmt"

	bolt "go.etcd.io/bbolt"
	bolterrors "go.etcd.io/bbolt/errors"
)

// bucketValidators holds the ETag and Last-Modified of the feeds and
// sitemaps of earlier runs (key: canonical URL; value: ETag, a zero byte,
// Last-Modified), so that a cron run asks for them conditionally and a
// feed with nothing new costs one 304. Unlike the frontier it outlives a
// finished crawl.
//
// Only feeds and sitemaps are asked conditionally: an index page answered
// with 304 would leave its links unknown, since the crawler keeps no copy
// of it.
var bucketValidators = []byte("crawler/validators")

// validators reads and writes bucketValidators. Its methods may be called
// from any goroutine.
type validators struct {
	db FrontierDB
}

// openValidators prepares the bucket; fresh empties it.
func openValidators(db FrontierDB, fresh bool) (*validators, error) {
	err := db.Update(func(tx *bolt.Tx) error {
		if fresh {
			if err := tx.DeleteBucket(bucketValidators); err != nil && !errors.Is(err, bolterrors.ErrBucketNotFound) {
				return err
			}
		}
		_, err := tx.CreateBucketIfNotExists(bucketValidators)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("validators: %w", err)
	}
	return &validators{db: db}, nil
}

// get returns the validators stored for u, empty when there are none.
func (v *validators) get(u string) (etag, lastModified string, err error) {
	err = v.db.View(func(tx *bolt.Tx) error {
		val := tx.Bucket(bucketValidators).Get([]byte(u))
		if val == nil {
			return nil
		}
		e, l, _ := bytes.Cut(val, []byte{0})
		etag, lastModified = string(e), string(l)
		return nil
	})
	if err != nil {
		return "", "", fmt.Errorf("validators of %s: %w", u, err)
	}
	return etag, lastModified, nil
}

// put stores the validators of u; with both empty it forgets u.
func (v *validators) put(u, etag, lastModified string) error {
	err := v.db.Update(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketValidators)
		if etag == "" && lastModified == "" {
			return b.Delete([]byte(u))
		}
		val := append(append([]byte(etag), 0), lastModified...)
		return b.Put([]byte(u), val)
	})
	if err != nil {
		return fmt.Errorf("validators of %s: %w", u, err)
	}
	return nil
}

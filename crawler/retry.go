package crawler

import (
	"context"
	"errors"
	"math/rand/v2"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/gocolly/colly/v2"
)

// Retry policy. A failed request is retried when the failure may pass: a
// network error, a body cut short, or the statuses below. 429 and 503 say
// when to come back in Retry-After, which is obeyed up to maxRetryAfter; a
// site asking for more than that is given up on for this run instead.
const (
	DefaultRetries      = 2
	DefaultRetryBackoff = 2 * time.Second
	maxBackoff          = time.Minute
	maxRetryAfter       = 2 * time.Minute
)

// errRedirectPolicy marks redirects refused by checkRedirect; retrying
// them cannot help.
var errRedirectPolicy = errors.New("redirect refused")

// retryStatus lists the HTTP statuses worth retrying.
var retryStatus = map[int]bool{
	http.StatusTooManyRequests:     true,
	http.StatusInternalServerError: true,
	http.StatusBadGateway:          true,
	http.StatusServiceUnavailable:  true,
	http.StatusGatewayTimeout:      true,
}

// retryWait decides whether the outcome of attempt (0 for the first
// request) is retried, and after how long. retryAfterTooLong reports a
// Retry-After over the cap, so the failure can say why it was not retried.
func (r *run) retryWait(st *fetchState, err error, attempt int) (wait time.Duration, retry bool, retryAfterTooLong bool) {
	if attempt >= r.cfg.retries {
		return 0, false, false
	}
	switch {
	case st.status != 0 && retryStatus[st.status]:
	case err != nil && st.status >= 200 && st.status <= 299 && st.notHTML == "" && !st.tooLarge:
		// Headers arrived but the body broke off.
	case err != nil && st.status == 0:
		var visited *colly.AlreadyVisitedError
		if errors.As(err, &visited) || errors.Is(err, errRedirectPolicy) || errors.Is(err, ErrPrivateAddress) ||
			errors.Is(err, context.Canceled) ||
			errors.Is(err, context.DeadlineExceeded) && r.ctx.Err() != nil {
			return 0, false, false
		}
	default:
		return 0, false, false
	}
	backoff := min(r.cfg.retryBackoff<<attempt, maxBackoff)
	// Up to a quarter more, so that many pages failing together do not
	// come back together.
	if backoff > 0 {
		backoff += rand.N(backoff/4 + 1)
	}
	if st.status == http.StatusTooManyRequests || st.status == http.StatusServiceUnavailable {
		if ra, ok := retryAfter(st.header, time.Now()); ok {
			if ra > maxRetryAfter {
				return 0, false, true
			}
			backoff = max(backoff, ra)
		}
	}
	return backoff, true, false
}

// retryAfter parses a Retry-After header: delay-seconds or an HTTP date.
func retryAfter(h http.Header, now time.Time) (time.Duration, bool) {
	v := strings.TrimSpace(h.Get("Retry-After"))
	if v == "" {
		return 0, false
	}
	if s, err := strconv.Atoi(v); err == nil {
		if s < 0 {
			return 0, false
		}
		return time.Duration(s) * time.Second, true
	}
	if t, err := http.ParseTime(v); err == nil {
		return max(t.Sub(now), 0), true
	}
	return 0, false
}

// sleep waits d, and reports false when the crawl is stopping, so that a
// page waiting to be retried does not hold the stop up.
func (r *run) sleep(d time.Duration) bool {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return true
	case <-r.stop.Done():
		return false
	case <-r.ctx.Done():
		return false
	}
}

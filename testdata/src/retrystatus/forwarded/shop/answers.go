package shop

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"time"

	"retrystatus/forwarded/acq"
)

// failOn maps an answer to an error: every 3xx/4xx/5xx is one.
func failOn(resp *http.Response) error {
	defer resp.Body.Close()
	if resp.StatusCode >= 300 {
		return fmt.Errorf("acquirer answered %s", resp.Status)
	}
	return nil
}

// lenient lets a 404 or 409 through: not every 4xx is an error.
func lenient(resp *http.Response) error {
	defer resp.Body.Close()
	if resp.StatusCode == http.StatusNotFound || resp.StatusCode == http.StatusConflict {
		return nil
	}
	if resp.StatusCode >= 400 {
		return fmt.Errorf("acquirer answered %s", resp.Status)
	}
	return nil
}

// errGiveUp tells retryUnless to stop.
var errGiveUp = errors.New("give up")

// retryUnless runs op until it answers nil or an error wrapping errGiveUp.
func retryUnless(n int, op func() error) error {
	var err error
	for i := 0; i < n; i++ {
		if err = op(); err == nil || errors.Is(err, errGiveUp) {
			return err
		}
		time.Sleep(time.Duration(i+1) * time.Second)
	}
	return err
}

// --- flagged ---

// The answer is mapped by failOn: every 4xx goes round again.
func refundMapped(ctx context.Context, g *acq.Gateway, id string) error {
	return retryUnless(4, func() error {
		resp, err := g.Post(ctx, "/refunds", []byte(id))
		if err != nil {
			return err
		}
		return failOn(resp) // want `POST /refunds is retried by retryUnless \(line 53\): every non-2xx status is retried`
	})
}

// --- silent ---

// 4xx are wrapped with the helper's own stop marker first.
func refundMarked(ctx context.Context, g *acq.Gateway, id string) error {
	return retryUnless(4, func() error {
		resp, err := g.Post(ctx, "/refunds", []byte(id))
		if err != nil {
			return err
		}
		if resp.StatusCode >= 400 && resp.StatusCode < 500 {
			resp.Body.Close()
			return fmt.Errorf("refund %s: %w", id, errGiveUp)
		}
		return failOn(resp)
	})
}

// lenient does not err on every 4xx: its result is not read.
func refundLenient(ctx context.Context, g *acq.Gateway, id string) error {
	return retryUnless(4, func() error {
		resp, err := g.Post(ctx, "/refunds", []byte(id))
		if err != nil {
			return err
		}
		return lenient(resp)
	})
}

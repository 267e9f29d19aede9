// Package warehouse hands paid orders to the fulfilment centre. It does
// not import the webhook package: the shop's main binds it.
package warehouse

import (
	"bytes"
	"context"
	"database/sql"
	"fmt"
	"net/http"
	"time"

	"i16retryslow/kit"
)

// Client calls the fulfilment centre's API.
type Client struct {
	base string
	http *http.Client
}

// NewClient returns the API client.
func NewClient(base string) *Client {
	return &Client{base: base, http: &http.Client{Timeout: 10 * time.Second}}
}

// Dispatch asks the centre to pick and ship an order, retrying its
// refusals through kit.Attempt.
func (c *Client) Dispatch(ctx context.Context, orderRef string) error {
	return kit.Attempt(ctx, 4, func() error {
		req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.base+"/v1/shipments",
			bytes.NewReader([]byte(`{"order":"`+orderRef+`"}`)))
		if err != nil {
			return err
		}
		resp, err := c.http.Do(req)
		if err != nil {
			return err
		}
		defer resp.Body.Close()
		if resp.StatusCode >= 300 {
			return fmt.Errorf("warehouse: dispatch %s: %d", orderRef, resp.StatusCode)
		}
		return nil
	})
}

// Outbox records the dispatch for a relay, retrying a busy database.
type Outbox struct{ db *sql.DB }

// NewOutbox returns the outbox.
func NewOutbox(db *sql.DB) *Outbox { return &Outbox{db: db} }

// Dispatch inserts the order into the outbox the relay drains.
func (o *Outbox) Dispatch(ctx context.Context, orderRef string) error {
	return kit.Attempt(ctx, 3, func() error {
		_, err := o.db.ExecContext(ctx, `INSERT INTO dispatch_outbox (order_ref) VALUES ($1) ON CONFLICT DO NOTHING`, orderRef)
		return err
	})
}

// Queue hands dispatches to a worker in memory.
type Queue struct{ jobs chan string }

// NewQueue returns the queue.
func NewQueue(n int) *Queue { return &Queue{jobs: make(chan string, n)} }

// Dispatch enqueues the order.
func (q *Queue) Dispatch(ctx context.Context, orderRef string) error {
	select {
	case q.jobs <- orderRef:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// Background posts the dispatch from a goroutine kit.Detach starts.
type Background struct{ c *Client }

// NewBackground returns the background dispatcher.
func NewBackground(c *Client) *Background { return &Background{c: c} }

// Dispatch returns at once; the post is retried in the background.
func (b *Background) Dispatch(ctx context.Context, orderRef string) error {
	kit.Detach(func() error {
		resp, err := b.c.http.Post(b.c.base+"/v1/shipments", "application/json",
			bytes.NewReader([]byte(`{"order":"`+orderRef+`"}`)))
		if err != nil {
			return err
		}
		return resp.Body.Close()
	})
	return nil
}

// Package annotate retries POSTs that annotate a payment (a note, tags,
// a receipt e-mail, dispute evidence) without moving money.
package annotate

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"time"
)

var errGiveUp = errors.New("giving up")

type Client struct {
	HTTP *http.Client
	Base string
}

func (c *Client) post(ctx context.Context, path string, v any) error {
	b, _ := json.Marshal(v)
	for attempt := 0; attempt < 3; attempt++ {
		req, _ := http.NewRequestWithContext(ctx, http.MethodPost, c.Base+path, bytes.NewReader(b))
		resp, err := c.HTTP.Do(req)
		if err == nil && resp.StatusCode < 500 {
			resp.Body.Close()
			return nil
		}
		time.Sleep(time.Second)
	}
	return errGiveUp
}

// AddNote attaches a support note to a payment.
func (c *Client) AddNote(ctx context.Context, id, text string) error {
	return c.post(ctx, "/v1/payments/"+id+"/notes", map[string]string{"text": text})
}

// Tag labels a payment for reporting.
func (c *Client) Tag(ctx context.Context, id string, tags []string) error {
	return c.post(ctx, "/v1/payments/"+id+"/tags", tags)
}

// EmailReceipt asks the provider to e-mail the receipt again.
func (c *Client) EmailReceipt(ctx context.Context, id, to string) error {
	return c.post(ctx, "/v1/charges/"+id+"/receipts/email", map[string]string{"to": to})
}

// Evidence submits dispute evidence for a charge.
func (c *Client) Evidence(ctx context.Context, id string, doc []byte) error {
	for attempt := 0; attempt < 3; attempt++ {
		req, _ := http.NewRequestWithContext(ctx, http.MethodPost, c.Base+"/v1/charges/"+id+"/dispute/evidence", bytes.NewReader(doc))
		if resp, err := c.HTTP.Do(req); err == nil && resp.StatusCode < 500 {
			resp.Body.Close()
			return nil
		}
	}
	return errGiveUp
}

// NoteLoop posts a note in its own retry loop.
func (c *Client) NoteLoop(ctx context.Context, id string, note []byte) error {
	for attempt := 0; attempt < 3; attempt++ {
		req, _ := http.NewRequestWithContext(ctx, http.MethodPost, c.Base+"/v1/payments/"+id+"/notes", bytes.NewReader(note))
		if resp, err := c.HTTP.Do(req); err == nil && resp.StatusCode < 500 {
			resp.Body.Close()
			return nil
		}
	}
	return errGiveUp
}

// Package texts sends payers text messages.
package texts

import (
	"context"
	"net/http"
	"net/url"
	"strings"
	"sync"
)

// Gateway posts each message to the SMS provider's API.
type Gateway struct {
	hc   *http.Client
	base string
}

func NewGateway(hc *http.Client, base string) *Gateway { return &Gateway{hc: hc, base: base} }

func (g *Gateway) Text(ctx context.Context, phone, body string) error {
	form := url.Values{"to": {phone}, "body": {body}}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, g.base+"/messages", strings.NewReader(form.Encode()))
	if err != nil {
		return err
	}
	resp, err := g.hc.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// Outbox keeps messages in memory for a sender job.
type Outbox struct {
	mu      sync.Mutex
	pending []string
}

func (o *Outbox) Text(ctx context.Context, phone, body string) error {
	o.mu.Lock()
	defer o.mu.Unlock()
	o.pending = append(o.pending, phone+"\x00"+body)
	return nil
}

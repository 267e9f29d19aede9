// Package ops tells people what happened, over HTTP: the on-call
// channel, and each merchant at the notify URL it registered. Both are
// POSTs that may take seconds (the merchants' servers up to 30).
package ops

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"time"
)

// Pager posts a line to the on-call channel.
type Pager struct {
	hc  *http.Client
	url string
}

// NewPager returns a Pager posting to url.
func NewPager(url string) *Pager {
	return &Pager{hc: &http.Client{Timeout: 10 * time.Second}, url: url}
}

// Alert posts text.
func (p *Pager) Alert(ctx context.Context, text string) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, p.url, bytes.NewBufferString(text))
	if err != nil {
		return err
	}
	res, err := p.hc.Do(req)
	if err != nil {
		return err
	}
	return res.Body.Close()
}

// Merchants calls the merchants back.
type Merchants struct{ hc *http.Client }

// NewMerchants returns a Merchants that waits up to 30 seconds.
func NewMerchants() *Merchants { return &Merchants{hc: &http.Client{Timeout: 30 * time.Second}} }

// Notify POSTs an order's new state to the merchant's notify URL.
func (m *Merchants) Notify(ctx context.Context, url, orderID, state string) error {
	body, _ := json.Marshal(map[string]string{"order_id": orderID, "state": state})
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, url, bytes.NewReader(body))
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	res, err := m.hc.Do(req)
	if err != nil {
		return err
	}
	return res.Body.Close()
}

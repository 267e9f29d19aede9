// Package relay passes an aggregator's outcome on: to the merchant's own
// notify URL and to the operations chat, each a POST with a long timeout.
package relay

import (
	"bytes"
	"context"
	"net/http"
	"time"
)

// Forwarder posts a settled payment to the merchant that asked for it.
type Forwarder struct{ hc *http.Client }

// NewForwarder returns a Forwarder that waits up to 30 seconds.
func NewForwarder() *Forwarder { return &Forwarder{hc: &http.Client{Timeout: 30 * time.Second}} }

// Forward POSTs body to the merchant's notify URL.
func (f *Forwarder) Forward(ctx context.Context, url string, body []byte) (int, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, url, bytes.NewReader(body))
	if err != nil {
		return 0, err
	}
	req.Header.Set("Content-Type", "application/json")
	res, err := f.hc.Do(req)
	if err != nil {
		return 0, err
	}
	defer res.Body.Close()
	return res.StatusCode, nil
}

// Pager posts a line to the operations chat.
type Pager struct {
	hc  *http.Client
	url string
}

// NewPager returns a Pager.
func NewPager(url string) *Pager {
	return &Pager{hc: &http.Client{Timeout: 10 * time.Second}, url: url}
}

// Page sends text.
func (p *Pager) Page(text string) error {
	res, err := p.hc.Post(p.url, "text/plain", bytes.NewBufferString(text))
	if err != nil {
		return err
	}
	return res.Body.Close()
}

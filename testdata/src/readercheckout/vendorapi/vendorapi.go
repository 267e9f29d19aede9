// Package vendorapi is the shared transport of the card-reader vendor's
// REST API: one exported request function whose method, path and body
// are its caller's.
package vendorapi

import (
	"bytes"
	"context"
	"net/http"
)

// Conn is an authenticated connection to the vendor.
type Conn struct {
	HC    *http.Client
	Base  string
	Token string
}

// Do sends one request.
func (c *Conn) Do(ctx context.Context, method, path string, body []byte) (*http.Response, error) {
	req, err := http.NewRequestWithContext(ctx, method, c.Base+path, bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+c.Token)
	return c.HC.Do(req)
}

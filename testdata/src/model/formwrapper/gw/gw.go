// Package gw: a single-endpoint gateway client whose one exported
// method takes the gateway method and the business content; the form is
// built by a helper. Its callers live in another package (app).
package gw

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"net/url"
)

type Client struct {
	URL string
	HC  *http.Client
}

// form builds the signed form of one gateway method.
func form(appID, method string, biz []byte) url.Values {
	f := url.Values{}
	f.Set("app_id", appID)
	f.Set("method", method)
	f.Set("biz_content", string(biz))
	return f
}

// Execute posts one gateway method.
func (c *Client) Execute(ctx context.Context, method string, biz any) (*http.Response, error) {
	raw, err := json.Marshal(biz)
	if err != nil {
		return nil, err
	}
	f := form("2021000", method, raw)
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.URL, bytes.NewBufferString(f.Encode()))
	if err != nil {
		return nil, err
	}
	return c.HC.Do(req)
}

// Package clienttemplate: a retrying HTTP client (go-retryablehttp, its
// RetryMax set where the client is built) behind a generic request method
// whose method and path come from its callers. The wrapper itself cannot
// tell a payment write from anything else; the call that names the
// method and the payment path is where the missing key is reported.
package clienttemplate

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"

	"github.com/hashicorp/go-retryablehttp"
)

type Ledger struct {
	base string
	rc   *retryablehttp.Client
}

func Dial(base string) *Ledger {
	rc := retryablehttp.NewClient()
	rc.RetryMax = 3
	return &Ledger{base: base, rc: rc}
}

// call sends any request; key is set when not empty.
func (l *Ledger) call(ctx context.Context, verb, path string, in any, key string) error {
	b, _ := json.Marshal(in)
	req, err := retryablehttp.NewRequestWithContext(ctx, verb, l.base+path, bytes.NewReader(b))
	if err != nil {
		return err
	}
	if key != "" {
		req.Header.Set("Idempotency-Key", key)
	}
	resp, err := l.rc.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

type Refund struct {
	ID      string
	Payment string
	Amount  int64
}

// --- flagged ---

func (l *Ledger) RefundNoKey(ctx context.Context, r Refund) error {
	return l.call(ctx, "POST", "/v2/refunds", r, "") // want `POST /v2/refunds is retried by the .* without an idempotency key`
}

// --- silent ---

// The key comes from the refund row: the client's replays reuse it.
func (l *Ledger) RefundKeyed(ctx context.Context, r Refund) error {
	return l.call(ctx, http.MethodPost, "/v2/refunds", r, "refund-"+r.ID)
}

// A read through the same method.
func (l *Ledger) Balance(ctx context.Context, account string) error {
	return l.call(ctx, http.MethodGet, "/v2/balances/"+account, nil, "")
}

// A POST that is not a payment write.
func (l *Ledger) Ping(ctx context.Context) error {
	return l.call(ctx, http.MethodPost, "/v2/heartbeat", map[string]string{"ok": "1"}, "")
}

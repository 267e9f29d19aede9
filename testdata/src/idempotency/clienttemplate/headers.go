package clienttemplate

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"

	"github.com/hashicorp/go-retryablehttp"
)

// send takes its extra headers as a map the caller fills.
func (l *Ledger) send(ctx context.Context, verb, path string, in any, headers map[string]string) error {
	b, _ := json.Marshal(in)
	req, err := retryablehttp.NewRequestWithContext(ctx, verb, l.base+path, bytes.NewReader(b))
	if err != nil {
		return err
	}
	for k, v := range headers {
		req.Header.Set(k, v)
	}
	resp, err := l.rc.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

type Payout struct {
	ID     string
	Amount int64
}

// --- flagged ---

func (l *Ledger) PayoutBare(ctx context.Context, p Payout) error {
	return l.send(ctx, http.MethodPost, "/v2/payouts", p, nil) // want `POST /v2/payouts is retried by the .* without an idempotency key`
}

// --- silent: the header map may carry the key ---

func (l *Ledger) PayoutHeaderLit(ctx context.Context, p Payout) error {
	return l.send(ctx, http.MethodPost, "/v2/payouts", p, map[string]string{"Idempotency-Key": "po-" + p.ID})
}

func (l *Ledger) PayoutHeaderVar(ctx context.Context, p Payout, extra map[string]string) error {
	return l.send(ctx, http.MethodPost, "/v2/payouts", p, extra)
}

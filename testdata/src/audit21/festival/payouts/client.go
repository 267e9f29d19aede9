// Package payouts pays food-truck and bar vendors their takings every
// night through the payout provider's transfer API.
package payouts

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"time"

	"github.com/go-resty/resty/v2"

	"audit21/festival/platform"
)

// Transfer is the provider's view of one payout.
type Transfer struct {
	ID        string `json:"id"`
	Status    string `json:"status"`
	Reference string `json:"reference"`
}

type transferBody struct {
	Amount    int64  `json:"amount"`
	Currency  string `json:"currency"`
	IBAN      string `json:"beneficiary_iban"`
	Name      string `json:"beneficiary_name"`
	Reference string `json:"reference"`
}

// StatusError is a non-2xx answer of the transfer API.
type StatusError struct {
	Code int
	Body string
}

func (e *StatusError) Error() string { return fmt.Sprintf("payout api %d: %s", e.Code, e.Body) }

// Client is the transfer API client.
type Client struct {
	r *resty.Client
}

// NewClient configures the resty client once for the process.
func NewClient(base, token string) *Client {
	r := resty.New().
		SetBaseURL(base).
		SetAuthToken(token).
		SetTimeout(20 * time.Second).
		SetRetryCount(2).
		SetRetryWaitTime(2 * time.Second).
		SetRetryMaxWaitTime(10 * time.Second)
	return &Client{r: r}
}

// Send pays a vendor. key identifies the payout so that a repeat of the
// same request is answered with the first transfer.
func (c *Client) Send(ctx context.Context, key, iban, name string, cents platform.Cents, ref string) (*Transfer, error) {
	var out Transfer
	resp, err := c.r.R().
		SetContext(ctx).
		SetHeader("Idempotency-Key", key).
		SetBody(transferBody{Amount: int64(cents), Currency: "EUR", IBAN: iban, Name: name, Reference: ref}).
		SetResult(&out).
		Post("/transfers")
	if err != nil {
		return nil, err
	}
	if resp.IsError() {
		return nil, &StatusError{Code: resp.StatusCode(), Body: resp.String()}
	}
	return &out, nil
}

// Advance pays a vendor part of tonight's takings early (vendors who run
// out of float mid-festival ask the vendor desk for one).
func (c *Client) Advance(ctx context.Context, iban, name string, cents platform.Cents, note string) (*Transfer, error) {
	var out Transfer
	resp, err := c.r.R(). // want "\\[idempotency\\] POST /transfers is retried by the resty client with SetRetryCount\\(2\\) \\(line"
				SetContext(ctx).
				SetBody(transferBody{Amount: int64(cents), Currency: "EUR", IBAN: iban, Name: name, Reference: note}).
				SetResult(&out).
				Post("/transfers") // audit: reported at client.go:80 (idempotency, the chain's first line): the resty client retries on its own (SetRetryCount(2) in NewClient) and this transfer carries no Idempotency-Key, so a timed-out advance can be paid out twice
	if err != nil {
		return nil, err
	}
	if resp.IsError() {
		return nil, &StatusError{Code: resp.StatusCode(), Body: resp.String()}
	}
	return &out, nil
}

// Report is the provider's settlement export for one day.
type Report struct {
	ID    string `json:"id"`
	State string `json:"state"` // queued, running, ready
}

// ErrReportTimeout is returned when the export takes too long.
var ErrReportTimeout = errors.New("settlement report not ready")

// SettlementReport asks for the day's settlement export and waits for it.
func (c *Client) SettlementReport(ctx context.Context, day time.Time) (*Report, error) {
	var rep Report
	resp, err := c.r.R().SetContext(ctx).SetBody(map[string]string{"date": day.Format("2006-01-02")}).SetResult(&rep).Post("/reports/settlements")
	if err != nil {
		return nil, err
	}
	if resp.StatusCode() != http.StatusAccepted {
		return nil, &StatusError{Code: resp.StatusCode(), Body: resp.String()}
	}
	for i := 0; i < 120; i++ {
		time.Sleep(500 * time.Millisecond) // audit: lookalike pollinterval: polls a settlement report export, not a payment, and is capped at 120 reads
		if _, err := c.r.R().SetContext(ctx).SetResult(&rep).Get("/reports/" + rep.ID); err != nil {
			return nil, err
		}
		if rep.State == "ready" {
			return &rep, nil
		}
	}
	return nil, ErrReportTimeout
}

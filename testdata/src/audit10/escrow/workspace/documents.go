// Package workspace holds the collaboration side of the marketplace:
// invoice documents, messaging, time tracking, contracts and tax forms.
package workspace

import (
	"context"
	"fmt"
	"time"

	"github.com/go-resty/resty/v2"
	"github.com/google/uuid"
)

// InvoiceDoc is the data printed on a milestone invoice PDF.
type InvoiceDoc struct {
	Number      string `json:"number"`
	MilestoneID string `json:"milestone_id"`
	ClientName  string `json:"client_name"`
	Freelancer  string `json:"freelancer"`
	AmountCents int64  `json:"amount_cents"`
	FeeCents    int64  `json:"fee_cents"`
	Currency    string `json:"currency"`
}

// Renderer calls the internal document rendering service.
type Renderer struct {
	rc *resty.Client
}

// NewRenderer returns a renderer for baseURL; rendering is safe to repeat.
func NewRenderer(baseURL string) *Renderer {
	rc := resty.New().
		SetBaseURL(baseURL).
		SetTimeout(30 * time.Second).
		SetRetryCount(3).
		SetRetryWaitTime(200 * time.Millisecond)
	return &Renderer{rc: rc}
}

type renderResult struct {
	DocumentID string `json:"document_id"`
	URL        string `json:"url"`
}

// InvoicePDF renders the invoice and returns the stored document's URL.
func (r *Renderer) InvoicePDF(ctx context.Context, inv InvoiceDoc) (string, error) {
	var out renderResult
	resp, err := r.rc.R().
		SetContext(ctx).
		SetHeader("X-Request-Id", uuid.NewString()).
		SetBody(map[string]any{"template": "milestone-invoice", "data": inv}).
		SetResult(&out).
		Post("/v1/render/pdf")
	if err != nil {
		return "", err
	}
	if resp.IsError() {
		return "", fmt.Errorf("render invoice %s: %s", inv.Number, resp.Status())
	}
	return out.URL, nil
}

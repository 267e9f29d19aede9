package payouts

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"time"

	"github.com/hashicorp/go-retryablehttp"

	"audit24/homeservices/platform"
)

// Checks talks to the background-check vendor pros go through before their
// first job. Nothing here moves money.
type Checks struct {
	base string
	key  string
	http *retryablehttp.Client
}

func NewChecks(base, key string) *Checks {
	return &Checks{base: base, key: key,
		http: platform.NewHTTPClient(platform.WithRetries(5), platform.WithPolicy(platform.TransientOnly))}
}

// Report is the vendor's report.
type Report struct {
	ID     string `json:"id"`
	Status string `json:"status"` // pending, clear, consider
}

// Order asks for a new report.
func (c *Checks) Order(ctx context.Context, proID, email string) (Report, error) {
	body, _ := json.Marshal(map[string]string{"candidate_ref": proID, "email": email, "package": "trades_basic"})
	req, err := retryablehttp.NewRequestWithContext(ctx, http.MethodPost, c.base+"/v1/reports", body)
	if err != nil {
		return Report{}, err
	}
	req.Header.Set("Authorization", "Bearer "+c.key)
	resp, err := c.http.Do(req) // audit: lookalike idempotency: a background-check order, no payment; retried only on 5xx/429
	if err != nil {
		return Report{}, err
	}
	defer resp.Body.Close()
	var r Report
	return r, json.NewDecoder(resp.Body).Decode(&r)
}

func (c *Checks) get(ctx context.Context, id string) (Report, error) {
	req, err := retryablehttp.NewRequestWithContext(ctx, http.MethodGet, c.base+"/v1/reports/"+id, nil)
	if err != nil {
		return Report{}, err
	}
	req.Header.Set("Authorization", "Bearer "+c.key)
	resp, err := c.http.Do(req)
	if err != nil {
		return Report{}, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return Report{}, fmt.Errorf("report %s: %d", id, resp.StatusCode)
	}
	var r Report
	return r, json.NewDecoder(resp.Body).Decode(&r)
}

// Await blocks the onboarding job until the vendor finishes the report.
// Reports take anywhere from minutes to days.
func (c *Checks) Await(ctx context.Context, id string) (Report, error) {
	for {
		r, err := c.get(ctx, id) // audit: lookalike pollbound: a background-check report, not a payment status; nothing is charged or created while it waits
		if err == nil && r.Status != "pending" {
			return r, nil
		}
		time.Sleep(time.Minute)
	}
}

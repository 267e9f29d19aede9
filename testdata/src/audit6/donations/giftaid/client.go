// Package giftaid submits Gift Aid claims to the tax authority's REST API
// and keeps the donor CRM in sync. Neither moves money from a donor.
package giftaid

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"time"
)

// Client is the tax-authority client.
type Client struct {
	base   string
	token  string
	http   *http.Client
	crmURL string
}

// NewClient builds a client with a sane timeout.
func NewClient(base, token, crmURL string) *Client {
	return &Client{base: base, token: token, crmURL: crmURL, http: &http.Client{Timeout: 20 * time.Second}}
}

// ClaimStatus is the authority's view of a submitted claim.
type ClaimStatus struct {
	CorrelationID string `json:"correlation_id"`
	State         string `json:"state"` // received, processing, accepted, rejected
}

func (c *Client) getClaim(ctx context.Context, correlationID string) (*ClaimStatus, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, c.base+"/charities/claims/"+correlationID, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+c.token)
	resp, err := c.http.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var st ClaimStatus
	return &st, json.NewDecoder(resp.Body).Decode(&st)
}

// WaitForClaim polls the claim until the authority accepts or rejects it;
// the authority's docs allow polling once a second.
func (c *Client) WaitForClaim(ctx context.Context, correlationID string) (*ClaimStatus, error) {
	for {
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(time.Second):
		}
		st, err := c.getClaim(ctx, correlationID)
		if err != nil {
			continue
		}
		if st.State == "accepted" || st.State == "rejected" {
			return st, nil
		}
	}
}

// Contact is a donor record in the CRM.
type Contact struct {
	Email     string `json:"email"`
	GiftAid   bool   `json:"gift_aid"`
	Postcode  string `json:"postcode"`
	FirstName string `json:"first_name"`
}

// SyncContact upserts the donor in the CRM; the CRM is flaky, so any
// failure is retried a few times.
func (c *Client) SyncContact(ctx context.Context, ct Contact) error {
	body, _ := json.Marshal(ct)
	var last error
	for i := 0; i < 4; i++ {
		req, _ := http.NewRequestWithContext(ctx, http.MethodPost, c.crmURL+"/v2/contacts", bytes.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		resp, err := c.http.Do(req)
		if err != nil {
			last = err
			continue
		}
		resp.Body.Close()
		if resp.StatusCode != http.StatusOK {
			last = fmt.Errorf("crm: %s", resp.Status)
			time.Sleep(100 * time.Millisecond)
			continue
		}
		return nil
	}
	return last
}

package gcdebit

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"

	"github.com/jmoiron/sqlx"
)

// Mandates completes GoCardless redirect flows, which the SDK version we
// pin does not cover, over the REST API.
type Mandates struct {
	baseURL string
	token   string
	hc      *http.Client
	db      *sqlx.DB
}

// NewMandates returns a Mandates client.
func NewMandates(baseURL, token string, db *sqlx.DB) *Mandates {
	return &Mandates{baseURL: baseURL, token: token, hc: http.DefaultClient, db: db}
}

// CompleteRedirectFlow completes the flow the tenant came back from and
// returns the new mandate.
func (m *Mandates) CompleteRedirectFlow(ctx context.Context, flowID, sessionToken string) (string, error) {
	body, _ := json.Marshal(map[string]any{"data": map[string]string{"session_token": sessionToken}})
	req, err := http.NewRequestWithContext(ctx, http.MethodPost,
		m.baseURL+"/redirect_flows/"+flowID+"/actions/complete", bytes.NewReader(body))
	if err != nil {
		return "", err
	}
	req.Header.Set("Authorization", "Bearer "+m.token)
	req.Header.Set("GoCardless-Version", "2015-07-06")
	req.Header.Set("Content-Type", "application/json")
	resp, err := m.hc.Do(req)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return "", fmt.Errorf("gocardless redirect flow %s: %s", flowID, resp.Status)
	}
	var out struct {
		RedirectFlows struct {
			Links struct {
				Mandate string `json:"mandate"`
			} `json:"links"`
		} `json:"redirect_flows"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		return "", err
	}
	return out.RedirectFlows.Links.Mandate, nil
}

// EnableAutopay stores the mandate on the tenant's active lease.
func (m *Mandates) EnableAutopay(ctx context.Context, tenantID, mandateID string) error {
	_, err := m.db.ExecContext(ctx,
		`UPDATE leases SET mandate_id = $2, autopay = true WHERE tenant_id = $1 AND active`, tenantID, mandateID)
	return err
}

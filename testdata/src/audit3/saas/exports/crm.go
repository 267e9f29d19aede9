package exports

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"net/smtp"
	"time"
)

// CRM pushes plan changes to HubSpot so sales sees who upgraded.
type CRM struct {
	token string
	hc    *http.Client
}

func NewCRM(token string) *CRM { return &CRM{token: token, hc: &http.Client{Timeout: 5 * time.Second}} }

// SyncPlan updates the company's plan property; retried on anything.
func (c *CRM) SyncPlan(ctx context.Context, companyID, plan string, mrr int64) error {
	body, _ := json.Marshal(map[string]any{"properties": map[string]any{"plan": plan, "mrr": mrr}})
	var err error
	for i := 0; i < 5; i++ {
		req, _ := http.NewRequestWithContext(ctx, http.MethodPatch,
			"https://api.hubapi.com/crm/v3/objects/companies/"+companyID, bytes.NewReader(body))
		req.Header.Set("Authorization", "Bearer "+c.token)
		var resp *http.Response
		resp, err = c.hc.Do(req)
		if err == nil && resp.StatusCode == http.StatusOK {
			resp.Body.Close()
			return nil
		}
	}
	return err
}

// LogDeal creates a deal for the upgrade in the CRM pipeline.
func (c *CRM) LogDeal(ctx context.Context, companyID string, amount int64) error {
	body, _ := json.Marshal(map[string]any{"properties": map[string]any{"amount": amount, "pipeline": "upgrades"}})
	for i := 0; i < 3; i++ {
		req, _ := http.NewRequestWithContext(ctx, http.MethodPost, "https://api.hubapi.com/crm/v3/objects/deals", bytes.NewReader(body))
		req.Header.Set("Authorization", "Bearer "+c.token)
		resp, err := c.hc.Do(req)
		if err == nil && resp.StatusCode < 300 {
			resp.Body.Close()
			return nil
		}
		time.Sleep(100 * time.Millisecond)
	}
	return nil
}

// MailExportReady tells the finance contact the CSV is ready, retrying the
// SMTP relay a few times.
func MailExportReady(relay string, to, link string) error {
	var err error
	for i := 0; i < 3; i++ {
		err = smtp.SendMail(relay, nil, "billing@acme.io", []string{to}, []byte("Your export is ready: "+link))
		if err == nil {
			return nil
		}
	}
	return err
}

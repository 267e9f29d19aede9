package platform

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"time"
)

// CRM forwards customer events to the care team's CRM.
type CRM struct {
	url string
	hc  *http.Client
}

func NewCRM(url string) *CRM { return &CRM{url: url, hc: &http.Client{Timeout: 10 * time.Second}} }

func (c *CRM) Track(ctx context.Context, patientID, event string, props map[string]any) error {
	body, _ := json.Marshal(map[string]any{"patient_id": patientID, "event": event, "properties": props})
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.url, bytes.NewReader(body))
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := c.hc.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

package tenantops

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"time"

	"github.com/google/uuid"
)

// Screening orders tenant credit and background reports from the
// screening bureau.
type Screening struct {
	baseURL string
	apiKey  string
	hc      *http.Client
}

// NewScreening returns a Screening client.
func NewScreening(baseURL, apiKey string) *Screening {
	return &Screening{baseURL: baseURL, apiKey: apiKey, hc: &http.Client{Timeout: 15 * time.Second}}
}

// Report is a bureau report.
type Report struct {
	ID     string `json:"id"`
	Status string `json:"status"`
	Score  int    `json:"score"`
}

// RequestCreditCheck asks the bureau for an applicant's credit report.
func (s *Screening) RequestCreditCheck(ctx context.Context, applicantID, ssnToken string) (*Report, error) {
	body, _ := json.Marshal(map[string]string{"applicant": applicantID, "ssn_token": ssnToken, "product": "credit_plus"})
	var lastErr error
	for attempt := 0; attempt < 5; attempt++ {
		req, err := http.NewRequestWithContext(ctx, http.MethodPost, s.baseURL+"/v1/screenings", bytes.NewReader(body))
		if err != nil {
			return nil, err
		}
		req.Header.Set("Authorization", "Bearer "+s.apiKey)
		req.Header.Set("X-Request-Id", uuid.NewString())
		resp, err := s.hc.Do(req)
		if err != nil {
			lastErr = err
			time.Sleep(300 * time.Millisecond)
			continue
		}
		if resp.StatusCode != http.StatusCreated {
			resp.Body.Close()
			lastErr = fmt.Errorf("screening: %s", resp.Status)
			time.Sleep(300 * time.Millisecond)
			continue
		}
		var r Report
		err = json.NewDecoder(resp.Body).Decode(&r)
		resp.Body.Close()
		return &r, err
	}
	return nil, lastErr
}

// AwaitReport waits for a report to be ready.
func (s *Screening) AwaitReport(ctx context.Context, id string) (*Report, error) {
	for i := 0; i < 60; i++ {
		req, _ := http.NewRequestWithContext(ctx, http.MethodGet, s.baseURL+"/v1/screenings/"+id, nil)
		req.Header.Set("Authorization", "Bearer "+s.apiKey)
		resp, err := s.hc.Do(req)
		if err != nil {
			return nil, err
		}
		var r Report
		err = json.NewDecoder(resp.Body).Decode(&r)
		resp.Body.Close()
		if err != nil {
			return nil, err
		}
		if r.Status == "completed" || r.Status == "failed" {
			return &r, nil
		}
		time.Sleep(500 * time.Millisecond)
	}
	return nil, fmt.Errorf("screening %s not ready", id)
}

package claims

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"time"
)

// LossAssessor is the third-party desk that prices motor and home claims.
type LossAssessor struct {
	BaseURL string
	APIKey  string
	HTTP    *http.Client
}

type Assessment struct {
	ID       string  `json:"id"`
	Status   string  `json:"status"` // queued, in_review, completed, rejected
	Reserve  float64 `json:"reserve"`
	Currency string  `json:"currency"`
}

func (a *LossAssessor) get(ctx context.Context, id string) (*Assessment, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, a.BaseURL+"/v2/assessments/"+id, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("X-Api-Key", a.APIKey)
	resp, err := a.HTTP.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("assessor: %s", resp.Status)
	}
	var out Assessment
	return &out, json.NewDecoder(resp.Body).Decode(&out)
}

// WaitForAssessment is called by the claims desk UI while the handler waits
// on the phone; the vendor answers within seconds for simple claims.
func (a *LossAssessor) WaitForAssessment(ctx context.Context, id string) (*Assessment, error) {
	for {
		as, err := a.get(ctx, id)
		if err != nil {
			return nil, err
		}
		if as.Status == "completed" || as.Status == "rejected" {
			return as, nil
		}
		time.Sleep(500 * time.Millisecond)
	}
}

package payouts

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"time"
)

// TaxReports asks the reporting service for a clinician's 1099 summary.
type TaxReports struct {
	base string
	hc   *http.Client
}

// NewTaxReports builds the client.
func NewTaxReports(base string) *TaxReports {
	return &TaxReports{base: base, hc: &http.Client{Timeout: 10 * time.Second}}
}

type reportState struct {
	ID    string `json:"id"`
	State string `json:"state"`
	URL   string `json:"download_url"`
}

// Await waits for a report export to be ready; exports take a second or
// two.
func (t *TaxReports) Await(ctx context.Context, reportID string) (string, error) {
	for i := 0; i < 40; i++ {
		req, _ := http.NewRequestWithContext(ctx, http.MethodGet, t.base+"/exports/"+reportID, nil)
		resp, err := t.hc.Do(req)
		if err != nil {
			return "", err
		}
		var st reportState
		err = json.NewDecoder(resp.Body).Decode(&st)
		resp.Body.Close()
		if err != nil {
			return "", err
		}
		switch st.State {
		case "ready":
			return st.URL, nil
		case "error":
			return "", fmt.Errorf("export %s failed", reportID)
		}
		time.Sleep(250 * time.Millisecond) // audit: lookalike pollinterval: polls a tax report export, not a payment
	}
	return "", fmt.Errorf("export %s not ready", reportID)
}

package partners

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"time"
)

// Device scores device fingerprints for fraud.
type Device struct {
	base string
	http *http.Client
}

// NewDevice returns a device intelligence client.
func NewDevice(base string) *Device {
	return &Device{base: base, http: &http.Client{Timeout: 3 * time.Second}}
}

// Risk posts a fingerprint and returns its risk score.
func (d *Device) Risk(ctx context.Context, fingerprint, borrowerID string) (float64, error) {
	body, _ := json.Marshal(map[string]string{"fingerprint": fingerprint, "user_id": borrowerID})
	for attempt := 0; ; attempt++ {
		req, _ := http.NewRequestWithContext(ctx, http.MethodPost, d.base+"/v1/assessments", bytes.NewReader(body))
		resp, err := d.http.Do(req)
		if err == nil && resp.StatusCode == http.StatusOK {
			var out struct {
				Score float64 `json:"score"`
			}
			err = json.NewDecoder(resp.Body).Decode(&out)
			resp.Body.Close()
			return out.Score, err
		}
		if attempt == 2 {
			return 0, fmt.Errorf("device: unavailable: %v", err)
		}
	}
}

// Renderer turns templates into PDFs (loan agreements, receipts).
type Renderer struct {
	base string
	http *http.Client
}

// NewRenderer returns a PDF renderer client.
func NewRenderer(base string) *Renderer {
	return &Renderer{base: base, http: &http.Client{Timeout: 20 * time.Second}}
}

// Render renders a template and returns the stored document's URL.
func (r *Renderer) Render(ctx context.Context, template string, data any) (string, error) {
	body, _ := json.Marshal(map[string]any{"template": template, "data": data})
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, r.base+"/render", bytes.NewReader(body))
	if err != nil {
		return "", err
	}
	resp, err := r.http.Do(req)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	loc, err := io.ReadAll(resp.Body)
	return string(loc), err
}

// RenderAgreements renders the agreements of a batch of new loans.
func (r *Renderer) RenderAgreements(ctx context.Context, loanIDs []string) map[string]string {
	out := make(map[string]string, len(loanIDs))
	for _, id := range loanIDs {
		for try := 0; try < 3; try++ {
			url, err := r.Render(ctx, "loan-agreement", map[string]string{"loan_id": id})
			if err == nil {
				out[id] = url
				break
			}
		}
	}
	return out
}

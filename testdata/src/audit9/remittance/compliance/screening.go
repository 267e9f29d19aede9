// Package compliance holds sanctions and KYC screening, the FX rate feed
// and customer messaging.
package compliance

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"time"

	"github.com/google/uuid"
)

// Screener calls the sanctions/PEP screening vendor.
type Screener struct {
	baseURL string
	apiKey  string
	hc      *http.Client
}

// NewScreener returns a screening client.
func NewScreener(baseURL, apiKey string) *Screener {
	return &Screener{baseURL: baseURL, apiKey: apiKey, hc: &http.Client{Timeout: 10 * time.Second}}
}

// ScreeningResult is the vendor's verdict.
type ScreeningResult struct {
	ID      string   `json:"id"`
	Outcome string   `json:"outcome"` // clear, potential_match, match
	Lists   []string `json:"lists"`
}

// ScreenName screens a sender or recipient name against sanctions lists.
func (s *Screener) ScreenName(ctx context.Context, fullName, country string) (*ScreeningResult, error) {
	payload, _ := json.Marshal(map[string]string{"name": fullName, "country": country, "type": "individual"})
	var lastStatus int
	for attempt := 0; attempt < 5; attempt++ {
		req, err := http.NewRequestWithContext(ctx, http.MethodPost, s.baseURL+"/v2/screenings", bytes.NewReader(payload))
		if err != nil {
			return nil, err
		}
		req.Header.Set("Authorization", "Token "+s.apiKey)
		req.Header.Set("Content-Type", "application/json")
		resp, err := s.hc.Do(req)
		if err != nil {
			time.Sleep(250 * time.Millisecond)
			continue
		}
		if resp.StatusCode != http.StatusOK {
			lastStatus = resp.StatusCode
			resp.Body.Close()
			time.Sleep(250 * time.Millisecond)
			continue
		}
		var out ScreeningResult
		err = json.NewDecoder(resp.Body).Decode(&out)
		resp.Body.Close()
		return &out, err
	}
	return nil, fmt.Errorf("screening unavailable (last status %d)", lastStatus)
}

// UploadDocument sends a KYC document image to the verification vendor.
func (s *Screener) UploadDocument(ctx context.Context, customerID, kind string, image []byte) (string, error) {
	var lastErr error
	for attempt := 0; attempt < 3; attempt++ {
		req, err := http.NewRequestWithContext(ctx, http.MethodPost,
			s.baseURL+"/v2/customers/"+customerID+"/documents?kind="+kind, bytes.NewReader(image))
		if err != nil {
			return "", err
		}
		req.Header.Set("Authorization", "Token "+s.apiKey)
		req.Header.Set("X-Upload-Id", uuid.NewString())
		req.Header.Set("Content-Type", "image/jpeg")
		resp, err := s.hc.Do(req)
		if err != nil {
			lastErr = err
			time.Sleep(time.Duration(attempt+1) * time.Second)
			continue
		}
		var out struct {
			ID string `json:"id"`
		}
		err = json.NewDecoder(resp.Body).Decode(&out)
		resp.Body.Close()
		return out.ID, err
	}
	return "", lastErr
}

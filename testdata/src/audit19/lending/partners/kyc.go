package partners

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"time"
)

// KYC verifies identity documents with a vendor.
type KYC struct {
	base string
	key  string
	http *http.Client
}

// NewKYC returns a KYC client.
func NewKYC(base, key string) *KYC {
	return &KYC{base: base, key: key, http: &http.Client{Timeout: 10 * time.Second}}
}

// ErrKYCTimeout means the vendor did not decide in time.
var ErrKYCTimeout = errors.New("kyc: no decision yet")

// AwaitDecision polls a document check until the vendor decides.
func (k *KYC) AwaitDecision(ctx context.Context, checkID string) (string, error) {
	deadline := time.Now().Add(45 * time.Second)
	for time.Now().Before(deadline) {
		req, _ := http.NewRequestWithContext(ctx, http.MethodGet, fmt.Sprintf("%s/v1/document-checks/%s", k.base, checkID), nil)
		req.Header.Set("Authorization", "Token "+k.key)
		resp, err := k.http.Do(req)
		if err != nil {
			return "", err
		}
		var out struct {
			Decision string `json:"decision"`
		}
		err = json.NewDecoder(resp.Body).Decode(&out)
		resp.Body.Close()
		if err != nil {
			return "", err
		}
		if out.Decision == "approved" || out.Decision == "rejected" {
			return out.Decision, nil
		}
		time.Sleep(500 * time.Millisecond)
	}
	return "", ErrKYCTimeout
}

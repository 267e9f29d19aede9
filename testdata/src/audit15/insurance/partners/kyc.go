package partners

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"time"
)

// KYC checks identity documents before a claim is paid.
type KYC struct {
	base string
	key  string
	hc   *http.Client
}

func NewKYC(base, key string) *KYC {
	return &KYC{base: base, key: key, hc: &http.Client{Timeout: 5 * time.Second}}
}

type kycCheck struct {
	ID     string `json:"id"`
	Status string `json:"status"` // in_progress, complete
	Result string `json:"result"` // clear, consider
}

// AwaitVerdict waits for the document check; the vendor answers in a few
// seconds.
func (k *KYC) AwaitVerdict(ctx context.Context, checkID string) (bool, error) {
	for {
		req, _ := http.NewRequestWithContext(ctx, http.MethodGet, k.base+"/v3/checks/"+checkID, nil)
		req.Header.Set("Authorization", "Token token="+k.key)
		resp, err := k.hc.Do(req)
		if err != nil {
			return false, err
		}
		var c kycCheck
		err = json.NewDecoder(resp.Body).Decode(&c)
		resp.Body.Close()
		if err != nil {
			return false, fmt.Errorf("kyc decode: %w", err)
		}
		if c.Status == "complete" {
			return c.Result == "clear", nil
		}
		time.Sleep(500 * time.Millisecond)
	}
}

package codrecon

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
)

// LinkClient creates Razorpay-style payment links over REST.
type LinkClient struct {
	BaseURL, KeyID, Secret string
	HC                     *http.Client
}

type linkReq struct {
	Amount      int64             `json:"amount"`
	Currency    string            `json:"currency"`
	ReferenceID string            `json:"reference_id"`
	Description string            `json:"description"`
	Customer    map[string]string `json:"customer"`
}

func (c *LinkClient) Create(ctx context.Context, s Shortfall) (string, error) {
	raw, _ := json.Marshal(linkReq{
		Amount:      s.AmountPaise,
		Currency:    "INR",
		ReferenceID: "cod-" + s.ID,
		Description: "COD cash shortfall",
		Customer:    map[string]string{"contact": s.Phone},
	})
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.BaseURL+"/v1/payment_links", bytes.NewReader(raw))
	if err != nil {
		return "", err
	}
	req.SetBasicAuth(c.KeyID, c.Secret)
	req.Header.Set("Content-Type", "application/json")
	res, err := c.HC.Do(req)
	if err != nil {
		return "", err
	}
	defer res.Body.Close()
	if res.StatusCode != http.StatusOK { // want "\\[retrystatus\\] codrecon.LinkClient.Create \\(POST /v1/payment_links\\) is retried by a worker loop that re-selects pending rows \\(line 36\\): every non-2xx status is retried, including 400/404/409/422"
		return "", fmt.Errorf("payment link: status %d", res.StatusCode)
	}
	var out struct {
		ID string `json:"id"`
	}
	if err := json.NewDecoder(res.Body).Decode(&out); err != nil {
		return "", err
	}
	return out.ID, nil
}

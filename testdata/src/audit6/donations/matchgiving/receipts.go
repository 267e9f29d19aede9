package matchgiving

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"time"
)

// ReceiptClient asks the document service to render and e-mail a tax
// receipt PDF.
type ReceiptClient struct {
	URL string
	HC  *http.Client
}

// NewReceiptClient builds the client.
func NewReceiptClient(url string) *ReceiptClient {
	return &ReceiptClient{URL: url, HC: &http.Client{Timeout: 15 * time.Second}}
}

// Render renders the receipt and mails it to the donor.
func (c *ReceiptClient) Render(ctx context.Context, donationID string, pence int64) error {
	b, _ := json.Marshal(map[string]any{"template": "tax-receipt", "donation_id": donationID, "amount_pence": pence, "email": true})
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.URL+"/render", bytes.NewReader(b))
	if err != nil {
		return err
	}
	resp, err := c.HC.Do(req)
	if err != nil {
		return err
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusCreated {
		return fmt.Errorf("render receipt %s: %s", donationID, resp.Status)
	}
	return nil
}

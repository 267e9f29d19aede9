package tolls

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"

	"audit12/parking/domain"
)

// Accounting posts toll receipts to the city's ERP.
type Accounting struct {
	base  string
	token string
	http  *http.Client
}

// NewAccounting returns an ERP client.
func NewAccounting(base, token string, hc *http.Client) *Accounting {
	return &Accounting{base: base, token: token, http: hc}
}

// PostReceipt books a paid toll invoice in the ERP.
func (a *Accounting) PostReceipt(ctx context.Context, inv *domain.TollInvoice) error {
	body, _ := json.Marshal(map[string]any{
		"document":   "TOLL-" + inv.ID,
		"account":    inv.AccountID,
		"amount":     inv.AmountCents,
		"currency":   inv.Currency,
		"collection": inv.GoCardlessPaymentID,
	})
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, a.base+"/api/receipts", bytes.NewReader(body))
	if err != nil {
		return err
	}
	req.Header.Set("Authorization", "Bearer "+a.token)
	req.Header.Set("Content-Type", "application/json")
	resp, err := a.http.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 300 {
		return fmt.Errorf("erp: %s", resp.Status)
	}
	return nil
}

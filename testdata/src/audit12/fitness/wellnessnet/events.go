package wellnessnet

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
)

// Event is a webhook delivery of the network.
type Event struct {
	ID   string `json:"id"`
	Type string `json:"type"` // payment_order.settled, payment_order.rejected
	Data struct {
		OrderID    string `json:"order_id"`
		InvoiceRef string `json:"invoice_ref"`
		Status     string `json:"status"`
	} `json:"data"`
}

// ERP posts settlements to the finance team's accounting system.
type ERP struct {
	URL string
	HC  *http.Client
}

// PostSettlement books a settled invoice in the ERP.
func (e *ERP) PostSettlement(ctx context.Context, invoiceID, orderID string) error {
	b, _ := json.Marshal(map[string]string{"invoice": invoiceID, "payment_order": orderID, "source": "b2bpaynet"})
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, e.URL+"/journal/settlements", bytes.NewReader(b))
	if err != nil {
		return err
	}
	resp, err := e.HC.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 300 {
		return fmt.Errorf("erp: %s", resp.Status)
	}
	return nil
}

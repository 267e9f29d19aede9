// Package till pushes checkouts to a shop's card reader through the
// vendor transport of another package. A checkout_reference drawn from
// the clock on every attempt lets a retry after a lost answer push a
// second checkout; one taken from the sale does not, and a receipt mailed
// through the same transport moves no money.
package till

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"time"

	"readercheckout/vendorapi"
)

type checkout struct {
	Reference string `json:"checkout_reference"`
	Amount    int64  `json:"amount"`
	Currency  string `json:"currency"`
}

func stampedCheckout(cents int64) []byte {
	b, _ := json.Marshal(checkout{Reference: fmt.Sprintf("till-%d", time.Now().UnixNano()), Amount: cents, Currency: "GBP"})
	return b
}

func saleCheckout(saleID string, cents int64) []byte {
	b, _ := json.Marshal(checkout{Reference: "sale-" + saleID, Amount: cents, Currency: "GBP"})
	return b
}

// Till is one shop's till.
type Till struct {
	api      *vendorapi.Conn
	merchant string
}

// Charge retries the push with a new reference on every attempt.
func (t *Till) Charge(ctx context.Context, cents int64) error {
	for attempt := 1; attempt <= 3; attempt++ {
		resp, err := t.api.Do(ctx, http.MethodPost, "/v1/merchants/"+t.merchant+"/checkouts", stampedCheckout(cents)) // want `POST /v1/merchants/\{\}/checkouts is retried by a for loop \(line 42\) but stampedCheckout makes a new idempotency key on every call`
		if err == nil && resp.StatusCode < 500 {
			resp.Body.Close()
			return nil
		}
		time.Sleep(time.Duration(attempt) * time.Second)
	}
	return fmt.Errorf("reader unavailable")
}

// ChargeSale retries the push under the sale's reference.
func (t *Till) ChargeSale(ctx context.Context, saleID string, cents int64) error {
	for attempt := 1; attempt <= 3; attempt++ {
		resp, err := t.api.Do(ctx, http.MethodPost, "/v1/merchants/"+t.merchant+"/checkouts", saleCheckout(saleID, cents))
		if err == nil && resp.StatusCode < 500 {
			resp.Body.Close()
			return nil
		}
		time.Sleep(time.Duration(attempt) * time.Second)
	}
	return fmt.Errorf("reader unavailable")
}

// MailReceipt mails a receipt, retried.
func (t *Till) MailReceipt(ctx context.Context, txCode, email string) error {
	body, _ := json.Marshal(map[string]string{"transaction_code": txCode, "email": email})
	for attempt := 1; attempt <= 3; attempt++ {
		resp, err := t.api.Do(ctx, http.MethodPost, "/v1/receipts/email", body)
		if err == nil {
			resp.Body.Close()
			return nil
		}
		time.Sleep(time.Second)
	}
	return fmt.Errorf("receipt not sent")
}

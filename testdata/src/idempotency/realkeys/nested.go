package realkeys

// Reference fields one object down. A provider dedupes on its reference
// field at the top of the body (Paystack reference, Flutterwave tx_ref)
// or in a header object it names for that (PayPal sender_batch_header);
// the same word inside another object (a beneficiary, remittance or
// details block) is text for the payee or a bank statement, no key. A
// field named for idempotency stays a key wherever it sits.

import (
	"bytes"
	"encoding/json"
	"errors"
	"net/http"
	"time"

	"github.com/go-resty/resty/v2"
)

type beneficiary struct {
	IBAN      string `json:"iban"`
	Reference string `json:"reference"` // printed on the payee's statement
}

type sepaPayout struct {
	Amount      int64       `json:"amount"`
	Beneficiary beneficiary `json:"beneficiary"`
}

// --- flagged: the only reference sits in a block for the payee ---

func payoutBeneficiaryRef(c *http.Client, iban, invoiceNo string, amount int64) error {
	body, _ := json.Marshal(sepaPayout{Amount: amount, Beneficiary: beneficiary{IBAN: iban, Reference: invoiceNo}})
	for try := 0; try < 4; try++ {
		resp, err := c.Post("https://api.bankrail.example/v2/payouts", "application/json", bytes.NewReader(body)) // want `POST /v2/payouts is retried by a for loop \(line 34\) without an idempotency key`
		if err == nil && resp.StatusCode < 500 {
			return nil
		}
		time.Sleep(time.Duration(try+1) * time.Second)
	}
	return errors.New("payout: gave up")
}

func remittanceTxRef(base, account, invoiceRef string, amount int64) error {
	rc := resty.New().SetBaseURL(base).SetRetryCount(2)
	_, err := rc.R(). // want `POST \S*/v1/payouts is retried by the resty client with SetRetryCount\(2\) \(line 45\) without an idempotency key`
				SetBody(map[string]any{"account": account, "amount": amount, "remittance": map[string]any{"tx_ref": invoiceRef}}).
				Post("/v1/payouts")
	return err
}

// --- silent ---

// Paystack-style: the reference is at the top of the transfer body.
func transferTopReference(base, recipient, payoutID string, amount int64) error {
	rc := resty.New().SetBaseURL(base).SetRetryCount(2)
	_, err := rc.R().
		SetBody(map[string]any{"source": "balance", "recipient": recipient, "amount": amount, "reference": "po-" + payoutID}).
		Post("/transfer")
	return err
}

// PayPal payouts: the batch id in the header object made for it.
func payoutBatchHeaderMap(base, payoutID string, items []map[string]any) error {
	rc := resty.New().SetBaseURL(base).SetRetryCount(2)
	_, err := rc.R().
		SetBody(map[string]any{"sender_batch_header": map[string]any{"sender_batch_id": "batch-" + payoutID}, "items": items}).
		Post("/v1/payments/payouts")
	return err
}

// A field named for idempotency is a key one object down too.
func payoutNestedIdemKey(base, payoutID string, amount int64) error {
	rc := resty.New().SetBaseURL(base).SetRetryCount(2)
	_, err := rc.R().
		SetBody(map[string]any{"payout": map[string]any{"amount": amount, "idempotency_key": "po-" + payoutID}}).
		Post("/v1/payouts")
	return err
}

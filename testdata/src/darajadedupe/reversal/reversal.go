// Package reversal undoes mistaken M-Pesa payments with Daraja's
// transaction reversal over net/http, and checks STK pushes.
package reversal

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"time"

	"github.com/google/uuid"
)

var errBusy = errors.New("daraja busy")

type API struct {
	base string
	hc   *http.Client
	who  string
	cred string
	till string
}

func newReversal(a *API, txID string, amount int64) map[string]any {
	return map[string]any{
		"OriginatorConversationID": uuid.NewString(),
		"Initiator":                a.who,
		"SecurityCredential":       a.cred,
		"CommandID":                "TransactionReversal",
		"TransactionID":            txID,
		"Amount":                   amount,
		"ReceiverParty":            a.till,
		"RecieverIdentifierType":   "11",
		"ResultURL":                a.base + "/hooks/reversal",
		"Remarks":                  "refund",
	}
}

func (a *API) send(ctx context.Context, path string, body any) error {
	buf, err := json.Marshal(body)
	if err != nil {
		return err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, a.base+path, bytes.NewReader(buf))
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := a.hc.Do(req)
	if err != nil {
		return errBusy
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 500 {
		return errBusy
	}
	return nil
}

// --- reported: the reversal rebuilt with a new originator id per attempt ---

func (a *API) Reverse(ctx context.Context, txID string, amount int64) error {
	var err error
	for i := 0; i < 3; i++ {
		if err = a.send(ctx, "/mpesa/reversal/v1/request", newReversal(a, txID, amount)); !errors.Is(err, errBusy) { // want `POST /mpesa/reversal/v1/request is retried by a for loop \(line 66\) but newReversal makes a new idempotency key on every call`
			return err
		}
		time.Sleep(time.Duration(1<<i) * time.Second)
	}
	return err
}

// --- silent: an STK push's status asked again ---

func (a *API) PushStatus(ctx context.Context, checkoutID string) error {
	var err error
	for i := 0; i < 3; i++ {
		q := map[string]any{
			"BusinessShortCode": a.till,
			"CheckoutRequestID": checkoutID,
			"Timestamp":         time.Now().Format("20060102150405"),
		}
		if err = a.send(ctx, "/mpesa/stkpushquery/v1/query", q); !errors.Is(err, errBusy) {
			return err
		}
		time.Sleep(time.Duration(1<<i) * time.Second)
	}
	return err
}

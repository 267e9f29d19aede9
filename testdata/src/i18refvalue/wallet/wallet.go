// Package wallet: a hand-written client for a mobile-money API that
// dedupes a write on a body field of its own naming (op_uid, trx_ref),
// neither "idempotency" nor a known reference spelling. A field named as
// an identifier whose value is the operation's own, made once from the
// caller's id ("tp:"+orderID) or handed in as the caller's reference, is
// the retried write's key (silent). A uuid, a timestamp or the attempt
// number made per attempt, and the charge id a refund merely names, are
// retries without a key (reported).
package wallet

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"strconv"
	"time"

	"github.com/go-resty/resty/v2"
	"github.com/google/uuid"
)

type Wallet struct {
	hc   *http.Client
	rc   *resty.Client
	base string
}

func New(base string) *Wallet {
	return &Wallet{hc: &http.Client{}, rc: resty.New().SetBaseURL(base).SetRetryCount(3), base: base}
}

type topUp struct {
	OpUID  string `json:"op_uid"`
	Phone  string `json:"phone"`
	Amount int64  `json:"amount"`
	Note   string `json:"note"`
}

func (w *Wallet) post(ctx context.Context, path string, body any) bool {
	buf, err := json.Marshal(body)
	if err != nil {
		return false
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, w.base+path, bytes.NewReader(buf))
	if err != nil {
		return false
	}
	resp, err := w.hc.Do(req)
	if err != nil {
		return false
	}
	resp.Body.Close()
	return resp.StatusCode < 300
}

// Look-alike: op_uid is the order's own identifier, made once before the
// loop, the same on every attempt.
func (w *Wallet) TopUp(ctx context.Context, orderID, phone string, amount int64) error {
	body := topUp{OpUID: fmt.Sprintf("tp:%s", orderID), Phone: phone, Amount: amount, Note: "Top-up " + orderID}
	for attempt := 0; attempt < 4; attempt++ {
		if w.post(ctx, "/v3/topups", body) {
			return nil
		}
		time.Sleep(time.Duration(attempt+1) * 2 * time.Second)
	}
	return fmt.Errorf("top-up %s failed", orderID)
}

// Transfer is the caller's order of a wallet-to-bank transfer.
type Transfer struct {
	Ref    string
	IBAN   string
	Amount int64
}

// Look-alike: resty retries on its own; trx_ref is the caller's
// reference, handed in.
func (w *Wallet) Cashout(ctx context.Context, t Transfer) error {
	resp, err := w.rc.R().SetContext(ctx).
		SetBody(map[string]any{"trx_ref": t.Ref, "iban": t.IBAN, "amount": t.Amount}).
		Post("/v3/transfers")
	if err != nil {
		return err
	}
	if resp.IsError() {
		return fmt.Errorf("cashout %s: %s", t.Ref, resp.Status())
	}
	return nil
}

// Reported: a new uuid in op_uid on every attempt.
func (w *Wallet) TopUpFresh(ctx context.Context, orderID, phone string, amount int64) error {
	for attempt := 0; attempt < 4; attempt++ {
		body := topUp{OpUID: uuid.NewString(), Phone: phone, Amount: amount}
		if w.post(ctx, "/v3/topups", body) { // want `POST /v3/topups is retried by a for loop \(line 95\) without an idempotency key`
			return nil
		}
		time.Sleep(2 * time.Second)
	}
	return fmt.Errorf("top-up %s failed", orderID)
}

// Reported: the order id and a timestamp taken on every attempt.
func (w *Wallet) TopUpStamped(ctx context.Context, orderID, phone string, amount int64) error {
	for attempt := 0; attempt < 4; attempt++ {
		body := topUp{OpUID: "tp-" + orderID + "-" + strconv.FormatInt(time.Now().Unix(), 10), Phone: phone, Amount: amount}
		if w.post(ctx, "/v3/topups", body) { // want `POST /v3/topups is retried by a for loop \(line 107\) without an idempotency key`
			return nil
		}
		time.Sleep(2 * time.Second)
	}
	return fmt.Errorf("top-up %s failed", orderID)
}

// Reported: the identifier numbered by the attempt.
func (w *Wallet) TopUpNumbered(ctx context.Context, orderID, phone string, amount int64) error {
	for attempt := 0; attempt < 4; attempt++ {
		body := topUp{OpUID: fmt.Sprintf("tp-%s-%d", orderID, attempt), Phone: phone, Amount: amount}
		if w.post(ctx, "/v3/topups", body) { // want `POST /v3/topups is retried by a for loop \(line 119\) without an idempotency key`
			return nil
		}
		time.Sleep(2 * time.Second)
	}
	return fmt.Errorf("top-up %s failed", orderID)
}

type reversal struct {
	ChargeUID string `json:"charge_uid"`
	Amount    int64  `json:"amount"`
}

// Reported: charge_uid names the charge reversed, passed through as it
// is: two partial reversals of one charge send the same value.
func (w *Wallet) Reverse(ctx context.Context, chargeID string, amount int64) error {
	body := reversal{ChargeUID: chargeID, Amount: amount}
	for attempt := 0; attempt < 4; attempt++ {
		if w.post(ctx, "/v3/refunds", body) { // want `POST /v3/refunds is retried by a for loop \(line 138\) without an idempotency key`
			return nil
		}
		time.Sleep(2 * time.Second)
	}
	return fmt.Errorf("reversal of %s failed", chargeID)
}

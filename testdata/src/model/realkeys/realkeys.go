// Package realkeys exercises the fields providers dedupe on themselves
// (out_trade_no, sender_batch_id, correlationID, reference…): the model
// sees them as idempotency keys, with the value traced like any key.
package realkeys

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/google/uuid"
)

var hc = &http.Client{}

type Order struct {
	ID     string
	Amount int64
}

// Alipay-style form POST: out_trade_no from the order row.
func alipayForm(o Order) { // want `wrapper alipayForm write\|create POST /v3/alipay/trade/pay keyparam=0$`
	form := url.Values{}
	form.Set("out_trade_no", o.ID)
	form.Set("total_amount", fmt.Sprint(o.Amount))
	req, _ := http.NewRequest(http.MethodPost, "https://openapi.alipay.com/v3/alipay/trade/pay", strings.NewReader(form.Encode()))
	hc.Do(req) // want `op write\|create POST /v3/alipay/trade/pay key=out_trade_no keyparam=0$`
}

// out_trade_no made from the clock: fresh on every call.
func alipayClock() { // want `wrapper alipayClock write\|create POST /v3/alipay/trade/pay haskey freshkey$`
	form := url.Values{"out_trade_no": {fmt.Sprint(time.Now().UnixNano())}}
	http.PostForm("https://openapi.alipay.com/v3/alipay/trade/pay", form) // want `op write\|create POST /v3/alipay/trade/pay key=out_trade_no fresh=1$`
}

type payoutHeader struct {
	SenderBatchID string `json:"sender_batch_id"`
	EmailSubject  string `json:"email_subject"`
}

type payoutRequest struct {
	Header payoutHeader `json:"sender_batch_header"`
	Items  []string     `json:"items"`
}

// PayPal payouts: the key is one object down, in sender_batch_header.
func paypalPayout(batchID string) { // want `wrapper paypalPayout write\|create POST /v1/payments/payouts keyparam=0$`
	body, _ := json.Marshal(payoutRequest{Header: payoutHeader{SenderBatchID: batchID, EmailSubject: "You have a payout"}})
	hc.Post("https://api-m.paypal.com/v1/payments/payouts", "application/json", bytes.NewReader(body)) // want `op write\|create POST /v1/payments/payouts key=sender_batch_id keyparam=0$`
}

// The same as a map literal.
func paypalPayoutMap(batchID string) { // want `wrapper paypalPayoutMap write\|create POST /v1/payments/payouts keyparam=0$`
	body, _ := json.Marshal(map[string]any{
		"sender_batch_header": map[string]any{"sender_batch_id": batchID},
	})
	hc.Post("https://api-m.paypal.com/v1/payments/payouts", "application/json", bytes.NewReader(body)) // want `op write\|create POST /v1/payments/payouts key=sender_batch_id keyparam=0$`
}

type pixPayment struct {
	CorrelationID string `json:"correlationID"`
	Value         int64  `json:"value"`
}

// Woovi / OpenPix: correlationID made fresh inside the function.
func pixFresh(value int64) { // want `wrapper pixFresh write\|create POST /api/v1/payment haskey freshkey$`
	p := pixPayment{CorrelationID: uuid.NewString(), Value: value}
	body, _ := json.Marshal(p)
	hc.Post("https://api.woovi.com/api/v1/payment", "application/json", bytes.NewReader(body)) // want `op write\|create POST /api/v1/payment key=correlationID fresh=1$`
}

type bothKeys struct {
	Reference      string `json:"reference"`
	IdempotencyKey string `json:"idempotency_key"`
}

// A real key wins over a reference field in the same body, whatever the
// order of the fields.
func bothFields(key string) { // want `wrapper bothFields write\|create POST /v1/charges keyparam=0$`
	body, _ := json.Marshal(bothKeys{Reference: fmt.Sprint(time.Now().UnixNano()), IdempotencyKey: key})
	hc.Post("https://api.example.com/v1/charges", "application/json", bytes.NewReader(body)) // want `op write\|create POST /v1/charges key=idempotency_key keyparam=0$`
}

// Look-alike: a constant reference is a note, not a per-operation value.
func constantReference() { // want `wrapper constantReference write\|create POST /transaction/initialize/payments$`
	body, _ := json.Marshal(map[string]string{"reference": "monthly fee", "email": "a@b.c"})
	hc.Post("https://api.paystack.co/transaction/initialize/payments", "application/json", bytes.NewReader(body)) // want `op write\|create POST /transaction/initialize/payments$`
}

// Look-alike: a reference inside metadata is not what the provider
// dedupes on.
func metadataReference(ref string) { // want `wrapper metadataReference write\|create POST /v1/charges$`
	body, _ := json.Marshal(map[string]any{"amount": 100, "metadata": map[string]any{"reference": ref}})
	hc.Post("https://api.example.com/v1/charges", "application/json", bytes.NewReader(body)) // want `op write\|create POST /v1/charges$`
}

// Look-alike: Stripe's client_reference_id only reconciles a session.
func clientReferenceID(orderID string) { // want `wrapper clientReferenceID write\|create POST /v1/checkout/sessions$`
	form := url.Values{"client_reference_id": {orderID}}
	http.PostForm("https://api.stripe.com/v1/checkout/sessions", form) // want `op write\|create POST /v1/checkout/sessions$`
}

// Look-alike: a correlation id on a status read is not a write.
func correlatedRead(id string) { // want `wrapper correlatedRead read GET /v1/payments/{}`
	req, _ := http.NewRequest(http.MethodGet, "https://api.example.com/v1/payments/"+id, nil)
	req.Header.Set("correlationId", uuid.NewString())
	hc.Do(req) // want `op read GET /v1/payments/{} id=id$`
}

// Look-alike: a reference note in a POST that is not a payment.
func supportNote(text string) {
	body, _ := json.Marshal(map[string]string{"reference": fmt.Sprint(time.Now().UnixNano()), "text": text})
	hc.Post("https://api.example.com/v1/support/notes", "application/json", bytes.NewReader(body))
}

// Package keys exercises idempotency keys and where their values come from.
package keys

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/google/uuid"
	"github.com/oklog/ulid/v2"
	"github.com/rs/xid"
	"github.com/segmentio/ksuid"
	"github.com/stripe/stripe-go/v82"

	"model/keys/idem"
)

const api = "https://api.example.com/v1/payments"

var hc = &http.Client{}

func headerFresh() { // want `wrapper headerFresh write\|create POST /v1/payments haskey freshkey$`
	req, _ := http.NewRequest(http.MethodPost, api, nil)
	req.Header.Set("Idempotency-Key", uuid.NewString())
	hc.Do(req) // want `op write\|create POST /v1/payments key=Idempotency-Key fresh=1$`
}

func headerStableFromOrder(orderID string) { // want `wrapper headerStableFromOrder .* keyparam=0`
	key := "pay-" + orderID
	req, _ := http.NewRequest(http.MethodPost, api, nil)
	req.Header.Add("idempotency-key", key)
	hc.Do(req) // want `op write\|create POST /v1/payments key=idempotency-key keyparam=0$`
}

func headerIndex(k string) { // want `wrapper headerIndex .* keyparam=0`
	req, _ := http.NewRequest(http.MethodPost, api, nil)
	req.Header["X-Idempotency-Key"] = []string{k}
	hc.Do(req) // want `op write\|create POST /v1/payments key=X-Idempotency-Key keyparam=0$`
}

func headerLiteral() { // want `wrapper headerLiteral write\|create POST /v1/payments haskey freshkey$`
	u := ulid.Make()
	req, _ := http.NewRequest(http.MethodPost, api, nil)
	req.Header = http.Header{"Idempotence-Key": {u.String()}}
	hc.Do(req) // want `op write\|create POST /v1/payments key=Idempotence-Key fresh=1$`
}

func headerVar() { // want `wrapper headerVar write\|create POST /v1/payments haskey freshkey$`
	h := http.Header{}
	h.Set("PayPal-Request-Id", fmt.Sprintf("%s-%d", ksuid.New().String(), time.Now().Unix()))
	req := &http.Request{Method: "POST", Header: h}
	req.URL, _ = url.Parse(api)
	hc.Do(req) // want `op write\|create POST /v1/payments key=PayPal-Request-Id fresh=2$`
}

func randBytes() { // want `wrapper randBytes write\|create POST /v1/payments haskey freshkey$`
	buf := make([]byte, 16)
	rand.Read(buf)
	key := hex.EncodeToString(buf)
	req, _ := http.NewRequest(http.MethodPost, api, nil)
	req.Header.Set("Idempotency-Key", key)
	hc.Do(req) // want `op write\|create POST /v1/payments key=Idempotency-Key fresh=1$`
}

func newKey() string { return "k_" + xid.New().String() }

func helperFresh() { // want `wrapper helperFresh write\|create POST /v1/payments haskey freshkey$`
	req, _ := http.NewRequest(http.MethodPost, api, nil)
	req.Header.Set("Idempotency-Key", newKey())
	hc.Do(req) // want `op write\|create POST /v1/payments key=Idempotency-Key fresh=1$`
}

func madeOnceOutside(ctx context.Context) { // want `wrapper madeOnceOutside write\|create POST /v1/payments haskey freshkey$`
	key := uuid.New().String()
	for i := 0; i < 3; i++ {
		req, _ := http.NewRequestWithContext(ctx, http.MethodPost, api, nil)
		req.Header.Set("Idempotency-Key", key)
		hc.Do(req) // want `op write\|create POST /v1/payments key=Idempotency-Key fresh=1$`
	}
}

// X-Request-Id is a tracing id, not an idempotency key.
func requestID() { // want `wrapper requestID write\|create POST /v1/payments$`
	req, _ := http.NewRequest(http.MethodPost, api, nil)
	req.Header.Set("X-Request-Id", uuid.NewString())
	hc.Do(req) // want `op write\|create POST /v1/payments$`
}

type chargeBody struct {
	Amount int64  `json:"amount"`
	Key    string `json:"idempotency_key"`
}

func bodyStruct(orderID string) { // want `wrapper bodyStruct .* keyparam=0`
	b, _ := json.Marshal(chargeBody{Amount: 100, Key: orderID})
	hc.Post(api, "application/json", bytes.NewReader(b)) // want `op write\|create POST /v1/payments key=idempotency_key keyparam=0$`
}

func bodyStructNoKey() { // want `wrapper bodyStructNoKey write\|create POST /v1/payments$`
	b, _ := json.Marshal(&chargeBody{Amount: 100})
	hc.Post(api, "application/json", bytes.NewReader(b)) // want `op write\|create POST /v1/payments$`
}

func bodyMap() { // want `wrapper bodyMap write\|create POST /v1/payments haskey freshkey$`
	b, _ := json.Marshal(map[string]any{"amount": 100, "requestId": uuid.New()})
	req, _ := http.NewRequest(http.MethodPost, api, bytes.NewBuffer(b))
	hc.Do(req) // want `op write\|create POST /v1/payments key=requestId fresh=1$`
}

type exiromBody struct {
	RequestID string `json:"requestId"`
}

func bodyFieldAssign(id string) { // want `wrapper bodyFieldAssign .* keyparam=0`
	var body exiromBody
	body.RequestID = id
	var buf bytes.Buffer
	json.NewEncoder(&buf).Encode(body)
	hc.Post(api, "application/json", &buf) // want `op write\|create POST /v1/payments key=requestId keyparam=0$`
}

func form(k string) { // want `wrapper form .* keyparam=0`
	v := url.Values{}
	v.Set("idempotency_key", k)
	hc.PostForm(api, v) // want `op write\|create POST /v1/payments key=idempotency_key keyparam=0$`
}

func stringsBody(k string) { // want `wrapper stringsBody .* keyparam=0`
	vals := url.Values{"amount": {"100"}, "request_id": {k}}
	hc.Post(api, "application/x-www-form-urlencoded", strings.NewReader(vals.Encode())) // want `op write\|create POST /v1/payments key=request_id keyparam=0$`
}

func stripeKey() string { return stripe.NewIdempotencyKey() }

func stripeFresh() { // want `wrapper stripeFresh write\|create POST /v1/payments haskey freshkey$`
	req, _ := http.NewRequest(http.MethodPost, api, nil)
	req.Header.Set("Idempotency-Key", stripeKey())
	hc.Do(req) // want `op write\|create POST /v1/payments key=Idempotency-Key fresh=1$`
}

func mustJSON(v any) []byte {
	b, err := json.Marshal(v)
	if err != nil {
		panic(err)
	}
	return b
}

type settlement struct {
	IdempotencyKey string `json:"idempotency_key"`
	PaymentID      string `json:"payment_id"`
}

func viaHelper(paymentID string) { // want `wrapper viaHelper write\|create POST /v1/payments keyparam=0$`
	s := settlement{IdempotencyKey: "settle-" + paymentID, PaymentID: paymentID}
	hc.Post(api, "application/json", bytes.NewReader(mustJSON(s))) // want `op write\|create POST /v1/payments key=idempotency_key keyparam=0$`
}

func viaHelperNoKey(paymentID string) { // want `wrapper viaHelperNoKey write\|create POST /v1/payments$`
	hc.Post(api, "application/json", bytes.NewReader(mustJSON(settlement{PaymentID: paymentID}))) // want `op write\|create POST /v1/payments$`
}

func setKey(req *http.Request, key string) {
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Idempotency-Key", key)
}

func setFreshKey(req *http.Request) {
	req.Header.Set("Idempotency-Key", uuid.NewString())
}

func headers(key string) http.Header {
	h := http.Header{}
	h.Set("Idempotency-Key", key)
	return h
}

func viaSetter(orderID string) { // want `wrapper viaSetter write\|create POST /v1/payments keyparam=0$`
	req, _ := http.NewRequest(http.MethodPost, api, nil)
	setKey(req, "o-"+orderID)
	hc.Do(req) // want `op write\|create POST /v1/payments key=Idempotency-Key keyparam=0$`
}

func viaFreshSetter() { // want `wrapper viaFreshSetter write\|create POST /v1/payments haskey freshkey$`
	req, _ := http.NewRequest(http.MethodPost, api, nil)
	setFreshKey(req)
	hc.Do(req) // want `op write\|create POST /v1/payments key=Idempotency-Key freshcallee value=\?$`
}

func viaHeaders() { // want `wrapper viaHeaders write\|create POST /v1/payments haskey freshkey$`
	req, _ := http.NewRequest(http.MethodPost, api, nil)
	req.Header = headers(uuid.NewString())
	hc.Do(req) // want `op write\|create POST /v1/payments key=Idempotency-Key fresh=1$`
}

func urlLiteral(host, id string) { // want `wrapper urlLiteral read GET /v1/payments/\{\} idparam=1$`
	u := url.URL{Scheme: "https", Host: host, Path: "/v1/payments/" + id}
	hc.Get(u.String()) // want `op read GET /v1/payments/\{\} id=id$`
}

func otherPackageHelper(orderID string) { // want `wrapper otherPackageHelper write\|create POST /v1/payments haskey freshkey$`
	r1, _ := http.NewRequest(http.MethodPost, api, nil)
	r1.Header.Set("Idempotency-Key", idem.New())
	hc.Do(r1) // want `op write\|create POST /v1/payments key=Idempotency-Key fresh=1$`
	r2, _ := http.NewRequest(http.MethodPost, api, nil)
	r2.Header.Set("Idempotency-Key", idem.For(orderID))
	hc.Do(r2) // want `op write\|create POST /v1/payments key=Idempotency-Key keyparam=0$`
}

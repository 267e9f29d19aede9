// Package urls exercises URL evaluation.
package urls

import (
	"fmt"
	"net/http"
	"net/url"
	"path"

	"model/urls/endpoints"
)

var hc = &http.Client{}

type svc struct{ base string }

func send(req *http.Request) { hc.Do(req) }

func forms(s *svc, id, orderID string) { // want `wrapper forms write\|create\|read POST /v1/settlements`
	// constant concatenation across packages
	r1, _ := http.NewRequest(http.MethodPost, endpoints.Settle, nil)
	hc.Do(r1) // want `op write\|create POST /v1/settlements$`

	// fmt.Sprintf: verbs become holes
	r2, _ := http.NewRequest("POST", fmt.Sprintf("%s/v1/payments/%s/capture", s.base, id), nil)
	hc.Do(r2) // want `op write POST /v1/payments/\{\}/capture id=id`

	// url.JoinPath through a variable assigned once
	u, _ := url.JoinPath(s.base, "v1", "refunds")
	r3, _ := http.NewRequest("POST", u, nil)
	hc.Do(r3) // want `op write\|create POST /v1/refunds$`

	// path.Join of constants and a hole
	p := path.Join("/v1/payments", id)
	r4, _ := http.NewRequest(http.MethodGet, s.base+p, nil)
	hc.Do(r4) // want `op read GET /v1/payments/\{\} id=id`

	// (*url.URL).JoinPath and String
	bu, _ := url.Parse(endpoints.Base)
	r5, _ := http.NewRequest("POST", bu.JoinPath("v1", "checkout", "sessions").String(), nil)
	hc.Do(r5) // want `op write\|create POST /v1/checkout/sessions$`

	// nested under an order: creates a payment for it
	r6, _ := http.NewRequest("POST", fmt.Sprintf("%s/v1/orders/%s/payments", s.base, orderID), nil)
	hc.Do(r6) // want `op write\|create POST /v1/orders/\{\}/payments id=orderID`

	// a refund of an existing payment: a write, not a new payment
	r7, _ := http.NewRequest("POST", s.base+"/v1/charges/"+id+"/refunds", nil)
	hc.Do(r7) // want `op write POST /v1/charges/\{\}/refunds id=id`

	// status with the id in the query string
	hc.Get(s.base + "/v1/payments?payment_id=" + id) // want `op read GET /v1/payments id=id`

	// Exirom-style paths
	hc.Post("https://sandbox.api.exirom.com/api/v1/payments/card", "application/json", nil) // want `op write\|create POST /api/v1/payments/card`
	hc.Get(fmt.Sprintf("%s/payments/card/status/%s", s.base, id))                           // want `op read GET /payments/card/status/\{\} id=id`
}

func lookalikes(s *svc, id string, m string) {
	hc.Post(endpoints.Products, "application/json", nil)
	hc.Post(s.base+"/v1/products/"+id, "application/json", nil)
	hc.Post(s.base+"/v1/memberships/"+id+"/retry-delivery", "application/json", nil)
	hc.Get(s.base + "/v1/receipts")
	hc.Post(s.base+"/v1/payment-methods", "application/json", nil)
	// a URL assigned twice is not known
	u := s.base + "/v1/payments"
	if m != "" {
		u = m
	}
	hc.Post(u, "application/json", nil)
}

func statuses(s *svc, id string) { // want `wrapper statuses read GET /v1/payments/\{\}/status idparam=1$`
	hc.Get(s.base + "/v1/payments/" + id + "/status") // want `op read GET /v1/payments/\{\}/status id=id$`
	hc.Get(s.base + "/v1/orders/" + id + "/payments") // want `op read GET /v1/orders/\{\}/payments id=id$`
}

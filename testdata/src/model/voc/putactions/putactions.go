// Package putactions exercises PUT requests: a money-moving action on an
// existing payment (capture, refund) runs again on every request, so it
// is a write; a PUT that replaces a payment, its metadata, a refund
// object, a profile, or cancels, stays out.
package putactions

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
)

type Store struct {
	HC   *http.Client
	Base string
}

func (s *Store) do(ctx context.Context, method, path string, body any) error {
	b, _ := json.Marshal(body)
	req, err := http.NewRequestWithContext(ctx, method, s.Base+path, bytes.NewReader(b))
	if err != nil {
		return err
	}
	_, err = s.HC.Do(req)
	return err
}

func (s *Store) Capture(ctx context.Context, orderID string) error { // want `wrapper Store.Capture write PUT /v1/orders/{}/capture idparam=1$`
	return s.do(ctx, http.MethodPut, "/v1/orders/"+orderID+"/capture", nil) // want `op write PUT /v1/orders/{}/capture id=orderID via=do$`
}

func (s *Store) Refund(ctx context.Context, paymentID int64, note string) error { // want `wrapper Store.Refund write PUT /api/payments/{}/refund idparam=1$`
	return s.do(ctx, "PUT", fmt.Sprintf("/api/payments/%d/refund", paymentID), map[string]string{"note": note}) // want `op write PUT /api/payments/{}/refund id=paymentID via=do$`
}

// Look-alikes: replacing a payment or its metadata, a refund object, a
// profile; a cancel moves no money.
func (s *Store) Rename(ctx context.Context, paymentID, label string) error {
	return s.do(ctx, "PUT", "/api/payments/"+paymentID, map[string]string{"label": label})
}

func (s *Store) Tag(ctx context.Context, paymentID string) error {
	return s.do(ctx, "PUT", "/api/payments/"+paymentID+"/metadata", map[string]string{"k": "v"})
}

func (s *Store) RefundNote(ctx context.Context, refundID string) error {
	return s.do(ctx, "PUT", "/api/refunds/"+refundID, map[string]string{"note": "x"})
}

func (s *Store) Profile(ctx context.Context, customerID string) error {
	return s.do(ctx, "PUT", "/api/customers/"+customerID+"/profile", map[string]string{"name": "x"})
}

func (s *Store) Cancel(ctx context.Context, orderID string) error {
	return s.do(ctx, "PUT", "/v1/orders/"+orderID+"/cancel", nil)
}

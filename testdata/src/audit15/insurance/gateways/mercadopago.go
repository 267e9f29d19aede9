package gateways

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"strconv"
	"time"

	"github.com/mercadopago/sdk-go/pkg/payment"
)

// MercadoPago wraps the Mercado Pago checkout used in Latin America.
type MercadoPago struct {
	payments payment.Client
	hc       *http.Client
	token    string
	apiBase  string
}

func NewMercadoPago(pc payment.Client, token string) *MercadoPago {
	return &MercadoPago{payments: pc, hc: &http.Client{Timeout: 15 * time.Second}, token: token, apiBase: "https://api.mercadopago.com"}
}

// Payment reads a payment as Mercado Pago sees it.
func (m *MercadoPago) Payment(ctx context.Context, id int) (*payment.Response, error) {
	return m.payments.Get(ctx, id)
}

// RefundPartial refunds amount of a payment. The SDK's refund client has
// no idempotency header, so it is called over REST.
func (m *MercadoPago) RefundPartial(ctx context.Context, paymentID int, amount float64, key string) error {
	body, _ := json.Marshal(map[string]float64{"amount": amount})
	url := m.apiBase + "/v1/payments/" + strconv.Itoa(paymentID) + "/refunds"
	var lastStatus string
	for attempt := 1; attempt <= 4; attempt++ {
		req, err := http.NewRequestWithContext(ctx, http.MethodPost, url, bytes.NewReader(body))
		if err != nil {
			return err
		}
		req.Header.Set("Authorization", "Bearer "+m.token)
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("X-Idempotency-Key", key)
		resp, err := m.hc.Do(req)
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusCreated { // want "\\[retrystatus\\] POST /v1/payments/{}/refunds is retried by a for loop"
				return nil
			}
			lastStatus = resp.Status
		}
		time.Sleep(time.Duration(attempt) * 2 * time.Second)
	}
	return fmt.Errorf("mercadopago refund %d: gave up (%s)", paymentID, lastStatus)
}

// Package gateway refunds Razorpay payments; razorpay-go takes no
// idempotency key, so a refund is safe to run again only when it reads
// the payment first and refunds what is not refunded yet.
package gateway

import (
	"log"

	razorpay "github.com/razorpay/razorpay-go"
)

// Gateway wraps the Razorpay client.
type Gateway struct{ rp *razorpay.Client }

func New(keyID, secret string) *Gateway { return &Gateway{rp: razorpay.NewClient(keyID, secret)} }

// --- reported where a queue runs them again ---

// Refund refunds with no look at the payment.
func (g *Gateway) Refund(paymentID string, paise int) (string, error) {
	r, err := g.rp.Payment.Refund(paymentID, paise, nil, nil)
	if err != nil {
		return "", err
	}
	id, _ := r["id"].(string)
	return id, nil
}

// RefundLogged fetches the payment only to log it: nothing it read
// decides whether to refund.
func (g *Gateway) RefundLogged(paymentID string, paise int) (string, error) {
	p, err := g.rp.Payment.Fetch(paymentID, nil, nil)
	if err != nil {
		return "", err
	}
	log.Printf("refunding %v of %s", p["amount"], paymentID)
	r, err := g.rp.Payment.Refund(paymentID, paise, nil, nil)
	if err != nil {
		return "", err
	}
	id, _ := r["id"].(string)
	return id, nil
}

// RefundForOrder tests the order it read, not the payment it refunds:
// a paid order stays paid after the first refund.
func (g *Gateway) RefundForOrder(orderID, paymentID string, paise int) (string, error) {
	o, err := g.rp.Order.Fetch(orderID, nil, nil)
	if err != nil {
		return "", err
	}
	if o["status"] != "paid" {
		return "", nil
	}
	r, err := g.rp.Payment.Refund(paymentID, paise, nil, nil)
	if err != nil {
		return "", err
	}
	id, _ := r["id"].(string)
	return id, nil
}

// --- silent where a queue runs them again ---

// RefundOnce refunds only what amount_refunded does not cover yet.
func (g *Gateway) RefundOnce(paymentID string, paise int) (string, error) {
	p, err := g.rp.Payment.Fetch(paymentID, nil, nil)
	if err != nil {
		return "", err
	}
	refunded, _ := p["amount_refunded"].(float64)
	if int(refunded) >= paise {
		return "", nil
	}
	r, err := g.rp.Payment.Refund(paymentID, paise-int(refunded), nil, nil)
	if err != nil {
		return "", err
	}
	id, _ := r["id"].(string)
	return id, nil
}

// RefundCaptured refunds only a payment still captured and not refunded.
func (g *Gateway) RefundCaptured(paymentID string, paise int) (string, error) {
	p, err := g.rp.Payment.Fetch(paymentID, nil, nil)
	if err != nil {
		return "", err
	}
	switch p["status"] {
	case "refunded":
		return "", nil
	case "captured":
	default:
		return "", nil
	}
	r, err := g.rp.Payment.Refund(paymentID, paise, nil, nil)
	if err != nil {
		return "", err
	}
	id, _ := r["id"].(string)
	return id, nil
}

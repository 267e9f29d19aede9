package webhooks

import (
	"context"
	"crypto/sha512"
	"encoding/hex"
	"encoding/json"
	"log"
	"net/http"

	"audit13/clinic/domain"
)

// NotificationApplier applies a Midtrans transaction status to a visit and
// reports whether it changed anything.
type NotificationApplier interface {
	ApplyNotification(ctx context.Context, orderID, status string) (bool, error)
}

// MidtransHook handles Midtrans HTTP notifications.
type MidtransHook struct {
	serverKey string
	apply     NotificationApplier
	notify    domain.Notifier
	visits    domain.VisitStore
}

// NewMidtransHook returns the Midtrans handler.
func NewMidtransHook(serverKey string, apply NotificationApplier, notify domain.Notifier, visits domain.VisitStore) *MidtransHook {
	return &MidtransHook{serverKey: serverKey, apply: apply, notify: notify, visits: visits}
}

type midtransNotification struct {
	OrderID           string `json:"order_id"`
	StatusCode        string `json:"status_code"`
	GrossAmount       string `json:"gross_amount"`
	SignatureKey      string `json:"signature_key"`
	TransactionStatus string `json:"transaction_status"`
	FraudStatus       string `json:"fraud_status"`
	Email             string `json:"customer_email"`
}

func (h *MidtransHook) signatureOK(n midtransNotification) bool {
	sum := sha512.Sum512([]byte(n.OrderID + n.StatusCode + n.GrossAmount + h.serverKey))
	return hex.EncodeToString(sum[:]) == n.SignatureKey
}

// ServeHTTP is mounted on POST /webhooks/midtrans.
func (h *MidtransHook) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	var n midtransNotification
	if err := json.NewDecoder(r.Body).Decode(&n); err != nil {
		http.Error(w, "bad payload", http.StatusBadRequest)
		return
	}
	if h.serverKey != "" && !h.signatureOK(n) {
		http.Error(w, "bad signature", http.StatusForbidden)
		return
	}
	ctx := r.Context()
	changed, err := h.apply.ApplyNotification(ctx, n.OrderID, n.TransactionStatus) // audit: reported at cmd/clinicd/main.go:100 (webhookverify, where main binds idpay.Service; hashverifier.go, actingverdict.go): the SHA512 signature is checked only when serverKey != "" (constructor accepts an empty key from the env): fails open, then the body's transaction_status marks the visit paid (through NotificationApplier wired in main to idpay.Service)
	if err != nil {
		log.Printf("midtrans: %s: %v", n.OrderID, err)
		http.Error(w, "retry", http.StatusInternalServerError)
		return
	}
	if changed && n.Email != "" {
		if err := h.notify.SendReceipt(ctx, n.Email, "Payment received", "We received your copay for order "+n.OrderID+"."); err != nil { // want "\\[webhookack\\] webhook handler sends a message \\(domain.Notifier.SendReceipt\\) before answering"
			log.Printf("midtrans: receipt %s: %v", n.OrderID, err)
		}
	}
	w.WriteHeader(http.StatusOK)
}

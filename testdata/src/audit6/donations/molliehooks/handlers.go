package molliehooks

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log"
	"net/http"
	"net/smtp"

	client "github.com/mollie/mollie-api-golang"
	"github.com/mollie/mollie-api-golang/models/components"
	"github.com/mollie/mollie-api-golang/models/operations"
	"github.com/mollie/mollie-api-golang/utils/webhooks"
)

// Donations is the donation store.
type Donations interface {
	ByMolliePayment(ctx context.Context, paymentID string) (id, email, status string, err error)
	MarkPaid(ctx context.Context, id string) error
}

// Mailer sends the thank-you mail with the tax receipt.
type Mailer struct {
	Addr, From string
}

// SendThankYou mails the donor.
func (m Mailer) SendThankYou(to, donationID string) error {
	body := fmt.Sprintf("Subject: Bedankt!\r\n\r\nUw gift %s is ontvangen.", donationID)
	return smtp.SendMail(m.Addr, nil, m.From, []string{to}, []byte(body))
}

// Handlers holds the webhook dependencies.
type Handlers struct {
	mollie    *client.Client
	donations Donations
	mail      Mailer
	secrets   []string
}

// NewHandlers wires the handlers.
func NewHandlers(m *client.Client, d Donations, mail Mailer, secrets []string) *Handlers {
	return &Handlers{mollie: m, donations: d, mail: mail, secrets: secrets}
}

// PaymentUpdated is Mollie's classic webhook: only the payment id is
// posted, the state is fetched back from Mollie.
func (h *Handlers) PaymentUpdated(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	paymentID := r.FormValue("id")
	res, err := h.mollie.Payments.Get(ctx, operations.GetPaymentRequest{PaymentID: paymentID})
	if err != nil || res.PaymentResponse == nil {
		w.WriteHeader(http.StatusInternalServerError)
		return
	}
	if res.PaymentResponse.Status != components.PaymentResponseStatusPaid {
		w.WriteHeader(http.StatusOK)
		return
	}
	id, email, status, err := h.donations.ByMolliePayment(ctx, paymentID)
	if err != nil {
		w.WriteHeader(http.StatusInternalServerError)
		return
	}
	if status == "paid" {
		w.WriteHeader(http.StatusOK) // a repeat delivery
		return
	}
	if err := h.donations.MarkPaid(ctx, id); err != nil {
		w.WriteHeader(http.StatusInternalServerError)
		return
	}
	if err := h.mail.SendThankYou(email, id); err != nil { // want "\\[webhookack\\] webhook handler calls molliehooks.Mailer.SendThankYou"
		log.Printf("thank-you for %s: %v", id, err)
	}
	w.WriteHeader(http.StatusOK)
}

type signedEvent struct {
	Resource string `json:"resource"`
	ID       string `json:"id"`
	Status   string `json:"status"`
}

// SignedEvent is the next-gen signed webhook (the payload carries the
// payment's state).
func (h *Handlers) SignedEvent(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	if _, err := webhooks.Validate(string(body), h.secrets, r.Header.Get("X-Mollie-Signature")); err != nil {
		w.WriteHeader(http.StatusUnauthorized)
		return
	}
	var ev signedEvent
	if err := json.Unmarshal(body, &ev); err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	if ev.Resource == "payment" && ev.Status == "paid" {
		id, _, _, err := h.donations.ByMolliePayment(r.Context(), ev.ID)
		if err == nil {
			_ = h.donations.MarkPaid(r.Context(), id) // want "\\[webhookverify\\] payment webhook /hooks/mollie/signed checks only the error of mollie webhooks.Validate"
		}
	}
	w.WriteHeader(http.StatusOK)
}

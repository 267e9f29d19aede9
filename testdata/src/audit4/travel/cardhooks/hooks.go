// Package cardhooks handles Adyen standard notifications for card bookings.
package cardhooks

import (
	"context"
	"encoding/json"
	"net/http"
	"net/smtp"

	"github.com/adyen/adyen-go-api-library/v21/src/hmacvalidator"
	"github.com/adyen/adyen-go-api-library/v21/src/webhook"
)

type notification struct {
	Items []struct {
		Item webhook.NotificationRequestItem `json:"NotificationRequestItem"`
	} `json:"notificationItems"`
}

// Repo is the bookings / loyalty store.
type Repo interface {
	MarkPaid(ctx context.Context, bookingRef, psp string) error
	AddLoyaltyPoints(ctx context.Context, bookingRef string, points int64) error
	SeenEvent(ctx context.Context, psp, code string) (bool, error)
	Enqueue(ctx context.Context, job string, bookingRef string) error
}

// Supplier confirms the reservation at the hotel (bed bank REST API).
type Supplier interface {
	ConfirmReservation(ctx context.Context, bookingRef string) error
}

type Hooks struct {
	hmacKey  string
	repo     Repo
	supplier *SupplierClient
	smtpAddr string
}

func NewHooks(key string, repo Repo, sup *SupplierClient, smtpAddr string) *Hooks {
	return &Hooks{hmacKey: key, repo: repo, supplier: sup, smtpAddr: smtpAddr}
}

func (h *Hooks) Mount(mux *http.ServeMux) {
	mux.HandleFunc("/webhooks/adyen/hotels", h.hotelPayments)
	mux.HandleFunc("/webhooks/adyen/flights", h.flightPayments)
}

func (h *Hooks) decode(r *http.Request) ([]webhook.NotificationRequestItem, bool) {
	var n notification
	if err := json.NewDecoder(r.Body).Decode(&n); err != nil {
		return nil, false
	}
	items := make([]webhook.NotificationRequestItem, 0, len(n.Items))
	for _, it := range n.Items {
		if !hmacvalidator.ValidateHmac(it.Item, h.hmacKey) {
			return nil, false
		}
		items = append(items, it.Item)
	}
	return items, true
}

func (h *Hooks) mailConfirmation(ref string) error {
	msg := []byte("Subject: Your booking " + ref + " is confirmed\r\n\r\nSee you soon!")
	return smtp.SendMail(h.smtpAddr, nil, "bookings@example.travel", []string{"traveller@example.com"}, msg)
}

// hotelPayments confirms the stay at the hotel and mails the traveller,
// then answers Adyen.
func (h *Hooks) hotelPayments(w http.ResponseWriter, r *http.Request) {
	items, ok := h.decode(r)
	if !ok {
		http.Error(w, "unauthorized", http.StatusUnauthorized)
		return
	}
	for _, it := range items {
		if it.EventCode != "AUTHORISATION" || it.Success != "true" {
			continue
		}
		if err := h.repo.MarkPaid(r.Context(), it.MerchantReference, it.PspReference); err != nil {
			http.Error(w, "retry", http.StatusInternalServerError)
			return
		}
		_ = h.supplier.ConfirmReservation(r.Context(), it.MerchantReference)                // want "\\[webhookack\\] webhook handler calls cardhooks.SupplierClient.ConfirmReservation, which calls an external API"
		_ = h.mailConfirmation(it.MerchantReference)                                        // want "\\[webhookdedupe\\] webhook handler sends a message \\(cardhooks.Hooks.mailConfirmation: smtp.SendMail\\)"
		_ = h.repo.AddLoyaltyPoints(r.Context(), it.MerchantReference, it.Amount.Value/100) // want "\\[webhookdedupe\\] webhook handler credits the balance \\(cardhooks.Repo.AddLoyaltyPoints, handed the event's amount\\) on every delivery"
	}
	w.Write([]byte("[accepted]"))
}

// flightPayments records the payment, dedupes by pspReference and hands
// the ticketing and mail to the worker.
func (h *Hooks) flightPayments(w http.ResponseWriter, r *http.Request) {
	items, ok := h.decode(r)
	if !ok {
		http.Error(w, "unauthorized", http.StatusUnauthorized)
		return
	}
	for _, it := range items {
		if it.EventCode != "AUTHORISATION" || it.Success != "true" {
			continue
		}
		seen, err := h.repo.SeenEvent(r.Context(), it.PspReference, it.EventCode)
		if err != nil {
			http.Error(w, "retry", http.StatusInternalServerError)
			return
		}
		if seen {
			continue
		}
		if err := h.repo.MarkPaid(r.Context(), it.MerchantReference, it.PspReference); err != nil {
			http.Error(w, "retry", http.StatusInternalServerError)
			return
		}
		_ = h.repo.AddLoyaltyPoints(r.Context(), it.MerchantReference, it.Amount.Value/100)
		_ = h.repo.Enqueue(r.Context(), "issue-ticket-and-mail", it.MerchantReference)
	}
	w.Write([]byte("[accepted]"))
}

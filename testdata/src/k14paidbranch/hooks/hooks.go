// Package hooks serves the card terminal provider's, the mail relay's
// and the CI system's callbacks on net/http.
package hooks

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"io"
	"log"
	"net/http"
	"strconv"

	"github.com/mercadopago/sdk-go/pkg/payment"

	"k14paidbranch/ticketing"
)

// TerminalEvent is the card terminal provider's transaction event.
type TerminalEvent struct {
	Type    string `json:"event_type"`
	Payload struct {
		Reference string `json:"client_transaction_id"`
		Status    string `json:"status"`
	} `json:"payload"`
}

// Transaction is the provider's transaction as its API returns it.
type Transaction struct {
	Status string `json:"status"`
}

// Hooks holds the box office.
type Hooks struct {
	Seats    ticketing.Seats
	Office   *ticketing.Office
	Payments payment.Client
	Secret   []byte
}

// Mount registers the callbacks.
func Mount(mux *http.ServeMux, h *Hooks) {
	mux.HandleFunc("/webhooks/terminal", h.Terminal)
	mux.HandleFunc("/webhooks/terminal-signed", h.SignedTerminal)
	mux.HandleFunc("/webhooks/terminal-fetched", h.FetchedTerminal)
	mux.HandleFunc("/webhooks/terminal-held", h.HeldTerminal)
	mux.HandleFunc("/webhooks/terminal-guard", h.GuardTerminal)
	mux.HandleFunc("/webhooks/terminal-checked", h.CheckedTerminal)
	mux.HandleFunc("/webhooks/terminal-either", h.EitherTerminal)
	mux.HandleFunc("/webhooks/mail", h.MailRelay)
	mux.HandleFunc("/webhooks/ci", h.Pipeline)
	mux.HandleFunc("/webhooks/courier", h.Courier)
}

// Terminal books the seat on a SUCCESSFUL event and releases it on a
// FAILED one, trusting the posted status: "booked" is the paid state.
func (h *Hooks) Terminal(w http.ResponseWriter, r *http.Request) {
	var ev TerminalEvent
	if err := json.NewDecoder(r.Body).Decode(&ev); err != nil {
		http.Error(w, "bad body", http.StatusBadRequest)
		return
	}
	var err error
	switch ev.Payload.Status {
	case "SUCCESSFUL":
		err = h.Seats.Book(r.Context(), ev.Payload.Reference) // want `payment webhook /webhooks/terminal acts on the payment \(ticketing.Seats.Book \(ticketing.Office.Book\), which stores booking.state "booked" only where the event's status is "SUCCESSFUL"\) without verifying`
	case "FAILED":
		err = h.Seats.Release(r.Context(), ev.Payload.Reference)
	default:
		w.WriteHeader(http.StatusAccepted)
		return
	}
	if err != nil {
		http.Error(w, "store", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusOK)
}

// SignedTerminal checks the provider's HMAC of the body first.
func (h *Hooks) SignedTerminal(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		http.Error(w, "bad body", http.StatusBadRequest)
		return
	}
	mac := hmac.New(sha256.New, h.Secret)
	mac.Write(body)
	sig, _ := hex.DecodeString(r.Header.Get("X-Terminal-Signature"))
	if !hmac.Equal(sig, mac.Sum(nil)) {
		http.Error(w, "bad signature", http.StatusUnauthorized)
		return
	}
	var ev TerminalEvent
	if err := json.Unmarshal(body, &ev); err != nil {
		http.Error(w, "bad body", http.StatusBadRequest)
		return
	}
	if ev.Payload.Status != "SUCCESSFUL" {
		w.WriteHeader(http.StatusOK)
		return
	}
	if err := h.Seats.Book(r.Context(), ev.Payload.Reference); err != nil {
		http.Error(w, "store", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusOK)
}

// FetchedTerminal reads the transaction back from the provider's API and
// books on the status it answers, not the posted one.
func (h *Hooks) FetchedTerminal(w http.ResponseWriter, r *http.Request) {
	var ev TerminalEvent
	if err := json.NewDecoder(r.Body).Decode(&ev); err != nil {
		http.Error(w, "bad body", http.StatusBadRequest)
		return
	}
	resp, err := http.Get("https://api.terminal.example/v1/payments/" + ev.Payload.Reference)
	if err != nil {
		http.Error(w, "provider", http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()
	var tx Transaction
	if err := json.NewDecoder(resp.Body).Decode(&tx); err != nil {
		http.Error(w, "provider", http.StatusBadGateway)
		return
	}
	if tx.Status == "SUCCESSFUL" {
		_ = h.Seats.Book(r.Context(), ev.Payload.Reference)
	}
	w.WriteHeader(http.StatusOK)
}

// GuardTerminal leaves early unless the posted status is SUCCESSFUL,
// then books through the concrete box office: reported.
func (h *Hooks) GuardTerminal(w http.ResponseWriter, r *http.Request) {
	var ev TerminalEvent
	if err := json.NewDecoder(r.Body).Decode(&ev); err != nil {
		http.Error(w, "bad body", http.StatusBadRequest)
		return
	}
	if ev.Payload.Status != "SUCCESSFUL" {
		w.WriteHeader(http.StatusOK)
		return
	}
	if err := h.Office.Book(r.Context(), ev.Payload.Reference); err != nil { // want `payment webhook /webhooks/terminal-guard acts on the payment \(ticketing.Office.Book, which stores booking.state "booked" only where the event's status is "SUCCESSFUL"\)`
		http.Error(w, "store", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusOK)
}

// CheckedTerminal reads the payment back from the provider's API and
// requires it approved before trusting the posted status.
func (h *Hooks) CheckedTerminal(w http.ResponseWriter, r *http.Request) {
	var ev TerminalEvent
	if err := json.NewDecoder(r.Body).Decode(&ev); err != nil {
		http.Error(w, "bad body", http.StatusBadRequest)
		return
	}
	id, err := strconv.Atoi(ev.Payload.Reference)
	if err != nil {
		http.Error(w, "bad reference", http.StatusBadRequest)
		return
	}
	p, err := h.Payments.Get(r.Context(), id)
	if err != nil || p.Status != "approved" {
		w.WriteHeader(http.StatusOK)
		return
	}
	if ev.Payload.Status == "SUCCESSFUL" {
		_ = h.Seats.Book(r.Context(), ev.Payload.Reference)
	}
	w.WriteHeader(http.StatusOK)
}

// HeldTerminal only parks the booking as processing, and logs.
func (h *Hooks) HeldTerminal(w http.ResponseWriter, r *http.Request) {
	var ev TerminalEvent
	if err := json.NewDecoder(r.Body).Decode(&ev); err != nil {
		http.Error(w, "bad body", http.StatusBadRequest)
		return
	}
	if ev.Payload.Status == "SUCCESSFUL" {
		log.Printf("terminal: %s successful", ev.Payload.Reference)
		_ = h.Seats.Hold(r.Context(), ev.Payload.Reference)
	}
	w.WriteHeader(http.StatusOK)
}

// EitherTerminal books whatever the status: "booked" is not told apart
// by the provider's verdict here.
func (h *Hooks) EitherTerminal(w http.ResponseWriter, r *http.Request) {
	var ev TerminalEvent
	if err := json.NewDecoder(r.Body).Decode(&ev); err != nil {
		http.Error(w, "bad body", http.StatusBadRequest)
		return
	}
	if ev.Payload.Status == "SUCCESSFUL" {
		_ = h.Seats.Book(r.Context(), ev.Payload.Reference)
	} else {
		_ = h.Seats.Book(r.Context(), ev.Payload.Reference)
	}
	w.WriteHeader(http.StatusOK)
}

// MailEvent is the mail relay's delivery notification.
type MailEvent struct {
	MessageID string `json:"message_id"`
	Status    string `json:"status"`
}

// MailRelay records that the ticket e-mail was delivered.
func (h *Hooks) MailRelay(w http.ResponseWriter, r *http.Request) {
	var ev MailEvent
	if err := json.NewDecoder(r.Body).Decode(&ev); err != nil {
		http.Error(w, "bad body", http.StatusBadRequest)
		return
	}
	if ev.Status == "delivered" {
		_ = h.Seats.Notify(r.Context(), ev.MessageID)
	}
	w.WriteHeader(http.StatusOK)
}

// PipelineEvent is the CI system's build notification.
type PipelineEvent struct {
	Build struct {
		ID     string `json:"id"`
		Status string `json:"status"`
	} `json:"build"`
}

// Pipeline promotes a release when its build succeeded.
func (h *Hooks) Pipeline(w http.ResponseWriter, r *http.Request) {
	var ev PipelineEvent
	if err := json.NewDecoder(r.Body).Decode(&ev); err != nil {
		http.Error(w, "bad body", http.StatusBadRequest)
		return
	}
	if ev.Build.Status == "success" {
		_ = h.Seats.Promote(r.Context(), ev.Build.ID)
	}
	w.WriteHeader(http.StatusOK)
}

// CourierEvent is the courier's tracking notification.
type CourierEvent struct {
	Parcel struct {
		ID     string `json:"id"`
		Status string `json:"status"`
	} `json:"parcel"`
}

// Courier confirms the delivery when the parcel is delivered.
func (h *Hooks) Courier(w http.ResponseWriter, r *http.Request) {
	var ev CourierEvent
	if err := json.NewDecoder(r.Body).Decode(&ev); err != nil {
		http.Error(w, "bad body", http.StatusBadRequest)
		return
	}
	if ev.Parcel.Status == "delivered" {
		_ = h.Seats.Receive(r.Context(), ev.Parcel.ID)
	}
	w.WriteHeader(http.StatusOK)
}

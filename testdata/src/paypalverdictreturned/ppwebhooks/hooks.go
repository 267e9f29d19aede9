// Package ppwebhooks marks orders paid from PayPal's capture events,
// verified through ppclient.Client.VerifyWebhook, which returns PayPal's
// verdict for the handler to compare.
package ppwebhooks

import (
	"database/sql"
	"encoding/json"
	"io"
	"log"
	"log/slog"
	"net/http"

	"paypalverdictreturned/ppclient"
)

// Event is the part of a PayPal event the hooks read.
type Event struct {
	Type     string `json:"event_type"`
	Resource struct {
		CustomID string `json:"custom_id"`
	} `json:"resource"`
}

// Hooks receives PayPal's webhooks.
type Hooks struct {
	PP  *ppclient.Client
	DB  *sql.DB
	Log *slog.Logger
}

func (h *Hooks) Routes(mux *http.ServeMux) {
	mux.HandleFunc("POST /hooks/paypal/logged", h.logged)
	mux.HandleFunc("POST /hooks/paypal/dropped", h.dropped)
	mux.HandleFunc("POST /hooks/paypal/printed", h.printed)
	mux.HandleFunc("POST /hooks/paypal", h.compared)
	mux.HandleFunc("POST /hooks/paypal/failure", h.failureRefused)
	mux.HandleFunc("POST /hooks/paypal/judged", h.judged)
	mux.HandleFunc("POST /hooks/paypal/checked", h.checked)
	mux.HandleFunc("POST /hooks/paypal/asked", h.asked)
}

func (h *Hooks) paid(w http.ResponseWriter, r *http.Request, body []byte) {
	var ev Event
	if err := json.Unmarshal(body, &ev); err != nil {
		http.Error(w, "bad event", http.StatusBadRequest)
		return
	}
	if ev.Type != "PAYMENT.CAPTURE.COMPLETED" {
		w.WriteHeader(http.StatusOK)
		return
	}
	if _, err := h.DB.ExecContext(r.Context(), "UPDATE orders SET status = 'paid' WHERE public_id = $1", ev.Resource.CustomID); err != nil {
		http.Error(w, "retry", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusOK)
}

// --- flagged ---

// logged: the verdict is only logged; a FAILURE marks the order paid.
func (h *Hooks) logged(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		http.Error(w, "bad body", http.StatusBadRequest)
		return
	}
	verdict, err := h.PP.VerifyWebhook(r.Context(), r.Header, body)
	if err != nil {
		http.Error(w, "verify", http.StatusBadGateway)
		return
	}
	h.Log.Info("paypal delivery", "verification", verdict)
	var ev Event
	if err := json.Unmarshal(body, &ev); err != nil {
		http.Error(w, "bad event", http.StatusBadRequest)
		return
	}
	if ev.Type == "PAYMENT.CAPTURE.COMPLETED" {
		h.DB.ExecContext(r.Context(), "UPDATE orders SET status = 'paid' WHERE public_id = $1", ev.Resource.CustomID) // want `payment webhook /hooks/paypal/logged checks only the error of ppclient.Client.VerifyWebhook \(PayPal POST /v1/notifications/verify-webhook-signature\)`
	}
	w.WriteHeader(http.StatusOK)
}

// dropped: the verdict is not even kept.
func (h *Hooks) dropped(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		http.Error(w, "bad body", http.StatusBadRequest)
		return
	}
	if _, err := h.PP.VerifyWebhook(r.Context(), r.Header, body); err != nil {
		http.Error(w, "verify", http.StatusBadGateway)
		return
	}
	var ev Event
	if err := json.Unmarshal(body, &ev); err != nil {
		http.Error(w, "bad event", http.StatusBadRequest)
		return
	}
	if ev.Type == "PAYMENT.CAPTURE.COMPLETED" {
		h.DB.ExecContext(r.Context(), "UPDATE orders SET status = 'paid' WHERE public_id = $1", ev.Resource.CustomID) // want `payment webhook /hooks/paypal/dropped checks only the error of ppclient.Client.VerifyWebhook`
	}
	w.WriteHeader(http.StatusOK)
}

// printed: the verdict goes to the standard logger only.
func (h *Hooks) printed(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		http.Error(w, "bad body", http.StatusBadRequest)
		return
	}
	status, err := h.PP.VerifyWebhook(r.Context(), r.Header, body)
	if err != nil {
		http.Error(w, "verify", http.StatusBadGateway)
		return
	}
	log.Printf("paypal verification: %s", status)
	var ev Event
	if err := json.Unmarshal(body, &ev); err != nil {
		http.Error(w, "bad event", http.StatusBadRequest)
		return
	}
	if ev.Type == "PAYMENT.CAPTURE.COMPLETED" {
		h.DB.ExecContext(r.Context(), "UPDATE orders SET status = 'paid' WHERE public_id = $1", ev.Resource.CustomID) // want `payment webhook /hooks/paypal/printed checks only the error of ppclient.Client.VerifyWebhook`
	}
	w.WriteHeader(http.StatusOK)
}

// asked: a helper that hands back only the error of VerifyWebhook.
func (h *Hooks) asked(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		http.Error(w, "bad body", http.StatusBadRequest)
		return
	}
	if err := h.PP.AskWebhook(r.Context(), r.Header, body); err != nil {
		http.Error(w, "verify", http.StatusBadGateway)
		return
	}
	var ev Event
	if err := json.Unmarshal(body, &ev); err != nil {
		http.Error(w, "bad event", http.StatusBadRequest)
		return
	}
	if ev.Type == "PAYMENT.CAPTURE.COMPLETED" {
		h.DB.ExecContext(r.Context(), "UPDATE orders SET status = 'paid' WHERE public_id = $1", ev.Resource.CustomID) // want `payment webhook /hooks/paypal/asked checks only the error of`
	}
	w.WriteHeader(http.StatusOK)
}

// --- silent ---

// checked: a helper that errs unless the verdict is SUCCESS.
func (h *Hooks) checked(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		http.Error(w, "bad body", http.StatusBadRequest)
		return
	}
	if err := h.PP.CheckWebhook(r.Context(), r.Header, body); err != nil {
		http.Error(w, "unverified", http.StatusUnauthorized)
		return
	}
	h.paid(w, r, body)
}

// compared: the verdict must be SUCCESS.
func (h *Hooks) compared(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		http.Error(w, "bad body", http.StatusBadRequest)
		return
	}
	verdict, err := h.PP.VerifyWebhook(r.Context(), r.Header, body)
	if err != nil {
		http.Error(w, "verify", http.StatusBadGateway)
		return
	}
	h.Log.Info("paypal delivery", "verification", verdict)
	if verdict != "SUCCESS" {
		http.Error(w, "forged", http.StatusUnauthorized)
		return
	}
	h.paid(w, r, body)
}

// failureRefused: a FAILURE verdict is refused with the transport error.
func (h *Hooks) failureRefused(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		http.Error(w, "bad body", http.StatusBadRequest)
		return
	}
	verdict, err := h.PP.VerifyWebhook(r.Context(), r.Header, body)
	if err != nil || verdict == "FAILURE" {
		http.Error(w, "unverified", http.StatusUnauthorized)
		return
	}
	h.paid(w, r, body)
}

// judged: the verdict is handed to a function paylint does not read as
// a verdict compare: taken to check it.
func (h *Hooks) judged(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		http.Error(w, "bad body", http.StatusBadRequest)
		return
	}
	verdict, err := h.PP.VerifyWebhook(r.Context(), r.Header, body)
	if err != nil {
		http.Error(w, "verify", http.StatusBadGateway)
		return
	}
	if !accepted(verdict) {
		http.Error(w, "forged", http.StatusUnauthorized)
		return
	}
	h.paid(w, r, body)
}

func accepted(verdict string) bool {
	switch verdict {
	case "SUCCESS":
		return true
	}
	return false
}
